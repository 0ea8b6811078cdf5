import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';

/** True for an ISO 3166 country code the phone metadata knows (GB, US, DE…). */
export const isPhoneCountry = (code: string): code is CountryCode => isSupportedCountry(code);

/**
 * A phone number as typed ("020 7946 0000", "+44 (20) 7946-0000") in E.164 ("+442079460000"), reading numbers
 * without a country prefix as numbers of `defaultCountry`; null when it is not a valid number.
 */
export function normalizePhone(raw: string, defaultCountry: string): string | null {
  const country = isPhoneCountry(defaultCountry) ? defaultCountry : undefined;
  const parsed = parsePhoneNumberFromString(raw.trim(), country);
  return parsed?.isValid() ? parsed.number : null;
}

/** Looks like a phone number rather than a name or an address: digits with the usual separators. */
export const looksLikePhone = (text: string): boolean => /^\+?[\d\s().-]{3,}$/.test(text.trim()) && /\d{3,}/.test(text.replace(/\D/g, ''));
