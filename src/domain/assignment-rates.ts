import type { AssignmentRateUnit, TimeKind } from '../shared/back-office';
import { minutesAmount } from './money';

/** An assignment's rates from a date on (effective-dated; PRODUCT.md §6). */
export type EffectiveRates = {
  effectiveFrom: string;
  currency: string;
  unit: AssignmentRateUnit;
  payRegularMinor: number;
  payOvertimeMinor: number;
  payDoubleMinor: number;
  billRegularMinor: number;
  billOvertimeMinor: number;
  billDoubleMinor: number;
};

/** The rates that apply on a day: the latest set effective on or before it; null when none had started. */
export function ratesOn<R extends Pick<EffectiveRates, 'effectiveFrom'>>(rates: readonly R[], day: string): R | null {
  let found: R | null = null;
  for (const rate of rates) {
    if (rate.effectiveFrom <= day && (!found || rate.effectiveFrom > found.effectiveFrom)) {
      found = rate;
    }
  }
  return found;
}

export type DayTime = { workDate: string; regularMinutes: number; overtimeMinutes: number; doubleMinutes: number };
export type Side = 'pay' | 'bill';
/** One priced part of a week: a kind of time at one rate (a rate change mid-week splits a kind in two). */
export type PricedTime = { kind: TimeKind; quantity: number; quantityUnit: 'minute' | 'day'; rateMinor: number; amountMinor: number; effectiveFrom: string };

const RATE_FIELD: Record<Side, Record<TimeKind, keyof EffectiveRates>> = {
  pay: { regular: 'payRegularMinor', overtime: 'payOvertimeMinor', double: 'payDoubleMinor' },
  bill: { regular: 'billRegularMinor', overtime: 'billOvertimeMinor', double: 'billDoubleMinor' },
};
const MINUTES_FIELD: Record<TimeKind, keyof DayTime> = { regular: 'regularMinutes', overtime: 'overtimeMinutes', double: 'doubleMinutes' };

/**
 * Prices a week of days on one side (pay or bill): minutes are summed per kind and rate set, then each sum is priced
 * once (rounding per line). A day rate bills regular time as days worked; overtime and double time stay hourly.
 * Days without rates in force are reported, not priced.
 */
export function priceDays(days: readonly DayTime[], rates: readonly EffectiveRates[], side: Side): { lines: PricedTime[]; unpricedDates: string[] } {
  const groups = new Map<string, { kind: TimeKind; rate: EffectiveRates; quantity: number }>();
  const unpricedDates: string[] = [];
  for (const day of days) {
    const rate = ratesOn(rates, day.workDate);
    for (const kind of ['regular', 'overtime', 'double'] as const) {
      const minutes = day[MINUTES_FIELD[kind]] as number;
      if (minutes <= 0) {
        continue;
      }
      if (!rate) {
        unpricedDates.push(day.workDate);
        continue;
      }
      const key = `${kind}|${rate.effectiveFrom}`;
      const group = groups.get(key) ?? { kind, rate, quantity: 0 };
      group.quantity += kind === 'regular' && rate.unit === 'day' ? 1 : minutes;
      groups.set(key, group);
    }
  }
  const lines = [...groups.values()].map(({ kind, rate, quantity }) => {
    const rateMinor = rate[RATE_FIELD[side][kind]] as number;
    const byDay = kind === 'regular' && rate.unit === 'day';
    return { kind, quantity, quantityUnit: byDay ? ('day' as const) : ('minute' as const), rateMinor, amountMinor: byDay ? quantity * rateMinor : minutesAmount(quantity, rateMinor), effectiveFrom: rate.effectiveFrom };
  });
  return { lines, unpricedDates: [...new Set(unpricedDates)] };
}
