/** How many minor units a currency has (GBP 2, JPY 0), from Intl. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** A form's amount in major units ('' when empty) as integer minor units, or null. */
export function toMinor(value: number | string, currency: string): number | null {
  if (value === '' || value === null) {
    return null;
  }
  const amount = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(amount) ? Math.round(amount * 10 ** minorDigits(currency)) : null;
}

/** Minor units back to the major-unit number a form shows ('' when there is none). */
export function fromMinor(value: number | null, currency: string): number | '' {
  return value === null ? '' : value / 10 ** minorDigits(currency);
}

/** Money with Intl in the browser's locale: whole amounts without decimals (£45,000), others with all of them (£18.50, never £18.5). */
export function formatMoney(minor: number | null | undefined, currency: string, fallback = '—'): string {
  if (minor === null || minor === undefined) {
    return fallback;
  }
  const digits = minorDigits(currency);
  const scale = 10 ** digits;
  const fractionDigits = minor % scale === 0 ? 0 : digits;
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(minor / scale);
  } catch {
    return `${(minor / scale).toFixed(digits)} ${currency}`;
  }
}

/** Basis points as a percentage: 2000 → "20%". */
export const formatPercent = (bp: number | null): string => (bp === null ? '—' : new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000));
