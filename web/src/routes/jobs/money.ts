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

/** Money with Intl in the browser's locale: 450000 GBP → £4,500.00. */
export function formatMoney(minor: number | null, currency: string): string {
  if (minor === null) {
    return '—';
  }
  const digits = minorDigits(currency);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: digits }).format(minor / 10 ** digits);
  } catch {
    return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
  }
}

/** Basis points as a percentage: 2000 → "20%". */
export const formatPercent = (bp: number | null): string => (bp === null ? '—' : new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000));
