import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/platform/errors';
import { assertKnownVariables, renderText, unknownVariables } from '../../../src/platform/templates';

describe('template engine', () => {
  it('replaces {{name}} with its value, spaces inside the braces allowed', () => {
    expect(renderText('Hi {{ name }}, join {{agency}}', { name: 'Ada', agency: 'Northwind' })).toBe('Hi Ada, join Northwind');
  });

  it('finds names the template does not offer, once each', () => {
    expect(unknownVariables('{{a}} {{b}} {{b}} {{c}}', ['a'])).toEqual(['b', 'c']);
  });

  it('refuses unknown variables naming the field and listing what is available', () => {
    try {
      assertKnownVariables('user.invitation', 'Hello {{first}}', 'Go to {{link}}');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      expect(appError.code).toBe('validation');
      expect(appError.extra.fields).toEqual([{ path: 'subject', message: expect.stringMatching(/^unknown variable \{\{first\}\}; available: agencyName/) }]);
    }
  });

  it('every default template uses only its own variables', async () => {
    const { TEMPLATES } = await import('../../../src/platform/templates');
    for (const [key, definition] of Object.entries(TEMPLATES)) {
      expect(unknownVariables(definition.subject + definition.body, Object.keys(definition.variables)), key).toEqual([]);
    }
  });
});
