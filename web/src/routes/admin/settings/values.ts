import { fieldErrors } from '../../../api/errors';

/** Narrowing of setting values (the API types them `unknown`): each control reads the shape it edits, without casts. */

export type Holiday = { date: string; name: string };

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

export const asString = (value: unknown): string => (typeof value === 'string' ? value : '');
export const asNumber = (value: unknown): number | '' => (typeof value === 'number' ? value : '');
export const asStringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);

export function asHolidays(value: unknown): Holiday[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) {
      return [];
    }
    const date: unknown = Reflect.get(item, 'date');
    const name: unknown = Reflect.get(item, 'name');
    return typeof date === 'string' && typeof name === 'string' ? [{ date, name }] : [];
  });
}

/** The server's complaint about a value: about it as a whole (`value`), and by field inside it (`temporary.2.label`). */
export type SettingErrors = { value: string | null; fields: Record<string, string> };
export const NO_SETTING_ERRORS: SettingErrors = { value: null, fields: {} };

/** A save's field errors as a setting shows them, or null when the failure names no field (then it is notified). */
export function settingErrors(failure: unknown): SettingErrors | null {
  const all = fieldErrors(failure);
  const fields = Object.fromEntries(Object.entries(all).flatMap(([path, message]) => (path.startsWith('value.') ? [[path.slice('value.'.length), message]] : [])));
  const value = all.value ?? null;
  return value === null && Object.keys(fields).length === 0 ? null : { value, fields };
}

/** One line for a control that cannot point at the field: "temporary.2.label: give the item a label". */
export const summarizeErrors = (errors: SettingErrors): string | null =>
  errors.value ??
  (Object.entries(errors.fields)
    .map(([path, message]) => `${path}: ${message}`)
    .join('; ') ||
    null);

export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

let timeZones: string[] | null = null;
/** Every IANA time zone the browser knows, for the time zone picker. */
export function timeZoneOptions(current: string): string[] {
  timeZones ??= Intl.supportedValuesOf('timeZone');
  return timeZones.includes(current) || current === '' ? timeZones : [current, ...timeZones];
}

let currencies: { value: string; label: string }[] | null = null;
/** ISO 4217 codes with their names in the browser's language. */
export function currencyOptions(): { value: string; label: string }[] {
  if (!currencies) {
    const names = new Intl.DisplayNames(undefined, { type: 'currency' });
    currencies = Intl.supportedValuesOf('currency').map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
  }
  return currencies;
}

const wordsFor = (item: unknown): string => {
  if (typeof item !== 'string') {
    return JSON.stringify(item);
  }
  const day = WEEKDAYS.find((candidate) => candidate === item);
  return day ? WEEKDAY_LABELS[day] : item;
};

/** A default value in words, for the hint under a control. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) {
    return value.length === 0 ? 'none' : value.map(wordsFor).join(', ');
  }
  return wordsFor(value);
}
