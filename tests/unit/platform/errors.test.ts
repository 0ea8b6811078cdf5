import { describe, expect, it } from 'vitest';
import { appErrorFromDatabase } from '../../../src/platform/db-errors';
import { AppError, STATUS } from '../../../src/platform/errors';

describe('errors', () => {
  it('every code maps to its documented status', () => {
    expect(STATUS).toEqual({
      validation: 400,
      unauthenticated: 401,
      forbidden: 403,
      not_found: 404,
      conflict: 409,
      payload_too_large: 413,
      unsupported_media_type: 415,
      rule_violation: 422,
      rate_limited: 429,
      internal: 500,
    });
  });

  it('a rule refusal carries its rule and the records that block it', () => {
    const error = new AppError('rule_violation', 'An issued invoice holds this fee', { rule: 'B12', related: [{ type: 'invoice', id: 'i1', label: 'INV-2026-0007' }] });
    expect(error.status).toBe(422);
    expect(error.toBody()).toEqual({ error: { code: 'rule_violation', message: 'An issued invoice holds this fee', rule: 'B12', related: [{ type: 'invoice', id: 'i1', label: 'INV-2026-0007' }] } });
  });

  it('unwraps database errors from their cause: unique → 409 naming the field, foreign key → 422', () => {
    const unique = appErrorFromDatabase({ message: 'Failed query', cause: { code: '23505', constraint: 'users_email_unique' } });
    expect(unique?.status).toBe(409);
    expect(unique?.extra.fields).toEqual([{ path: 'email', message: 'already exists' }]);
    const foreignKey = appErrorFromDatabase({ cause: { code: '23503', constraint: 'sessions_user_fk' } });
    expect(foreignKey?.status).toBe(422);
    expect(foreignKey?.extra.fields?.[0]?.path).toBe('user');
    expect(appErrorFromDatabase(new Error('boom'))).toBeUndefined();
  });
});
