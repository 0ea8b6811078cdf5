/**
 * PRODUCT.md §6's money arithmetic: hours are whole minutes; a line's amount is minutes × hourly rate ÷ 60 rounded
 * half-up to the minor unit, per line; tax is computed once on the invoice's taxable total, rounded half-up.
 * Integers all the way (minor units), so no float ever touches an amount.
 */

/** a ÷ b rounded half-up (away from zero at .5), for integers with b > 0. */
export function divideHalfUp(a: number, b: number): number {
  const sign = a < 0 ? -1 : 1;
  const magnitude = Math.abs(a);
  const quotient = Math.floor(magnitude / b);
  const remainder = magnitude - quotient * b;
  return sign * (remainder * 2 >= b ? quotient + 1 : quotient);
}

/** The amount of `minutes` of time at an hourly rate. */
export const minutesAmount = (minutes: number, hourlyRateMinor: number): number => divideHalfUp(minutes * hourlyRateMinor, 60);

/** Tax on a taxable total at a rate in basis points (2000 = 20 %). */
export const taxOn = (taxableMinor: number, rateBp: number): number => divideHalfUp(taxableMinor * rateBp, 10_000);

/** A rate scaled by a multiplier in basis points (15000 = time and a half), for overtime rates derived from the regular one. */
export const scaledRate = (rateMinor: number, multiplierBp: number): number => divideHalfUp(rateMinor * multiplierBp, 10_000);

/** Markup of a bill rate over a pay rate, in basis points of the pay rate; null when the pay rate is zero. */
export const markupBp = (payMinor: number, billMinor: number): number | null => (payMinor > 0 ? divideHalfUp((billMinor - payMinor) * 10_000, payMinor) : null);

/** Whole minutes as hours for display and CSV ("7.50"). */
export const minutesAsHours = (minutes: number): string => (minutes / 60).toFixed(2);

/** How many minor digits a currency has (2 for GBP, 0 for JPY). */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Minor units as a plain decimal for CSV and PDF ("1234.50"), exact for any amount. */
export function minorAsDecimal(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) {
    return String(minor);
  }
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
