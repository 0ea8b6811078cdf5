import { describe, expect, it } from 'vitest';
import { looksLikePhone, normalizePhone } from '../../../src/shared/phones';

describe('phone numbers', () => {
  it('normalizes to E.164, reading national numbers in the default country', () => {
    expect(normalizePhone('020 7946 0123', 'GB')).toBe('+442079460123');
    expect(normalizePhone('+44 (20) 7946-0123', 'US')).toBe('+442079460123');
    expect(normalizePhone('(201) 555-0123', 'US')).toBe('+12015550123');
    expect(normalizePhone('call me', 'GB')).toBeNull();
    expect(normalizePhone('12', 'GB')).toBeNull();
  });

  it('tells a phone from a name or an address in a search box', () => {
    expect(looksLikePhone('+44 7911 123456')).toBe(true);
    expect(looksLikePhone('(020) 7946-0123')).toBe(true);
    expect(looksLikePhone('ann')).toBe(false);
    expect(looksLikePhone('ann@mail.example')).toBe(false);
    expect(looksLikePhone('12')).toBe(false);
  });
});
