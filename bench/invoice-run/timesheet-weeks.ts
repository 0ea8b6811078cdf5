// The invoice run's time, derived from indices only (no randomness), so every run of the benchmark bills the same.
import { addDays } from '../../src/domain/placements';
import { weekDates } from '../../src/domain/timesheets';

export type DayRow = { workDate: string; regularMinutes: number; overtimeMinutes: number; doubleMinutes: number };

/**
 * A worked week of assignment `assignment`, week `week`: five days of 7.5–8 h, overtime on some Wednesdays and a
 * double-time Saturday now and then, so the run prices every kind of time.
 */
export function workedWeek(weekStart: string, assignment: number, week: number): DayRow[] {
  const days = weekDates(weekStart);
  const weekdays = days.slice(0, 5).map((workDate, day) => ({
    workDate,
    regularMinutes: (assignment + week + day) % 3 === 0 ? 450 : 480,
    overtimeMinutes: day === 2 && (assignment + week) % 4 === 0 ? 90 : 0,
    doubleMinutes: 0,
  }));
  const saturday = days[5];
  const workedSaturday = saturday !== undefined && (assignment + week) % 10 === 0;
  return workedSaturday ? [...weekdays, { workDate: saturday, regularMinutes: 0, overtimeMinutes: 0, doubleMinutes: 240 }] : weekdays;
}

/** Pay and bill rates (minor units an hour) of an assignment, raised by `step` from a later date; bill is pay × 1.4. */
export function ratesOf(assignment: number, step: number) {
  const payRegularMinor = 1_200 + (assignment % 20) * 25 + step * 50;
  const billRegularMinor = Math.round(payRegularMinor * 1.4);
  return {
    payRegularMinor,
    payOvertimeMinor: Math.round(payRegularMinor * 1.5),
    payDoubleMinor: payRegularMinor * 2,
    billRegularMinor,
    billOvertimeMinor: Math.round(billRegularMinor * 1.5),
    billDoubleMinor: billRegularMinor * 2,
  };
}

/** An instant `days` after a date's midnight UTC, at `hour`. */
export const instantAfter = (date: string, days: number, hour = 9): Date => new Date(`${addDays(date, days)}T${String(hour).padStart(2, '0')}:00:00Z`);
