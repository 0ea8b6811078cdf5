import type { ApprovalStatus } from '../shared/back-office';
import { BACK_OFFICE_LIMITS } from '../shared/back-office';
import type { AssignmentStatus, ShiftPattern, WEEKDAYS } from '../shared/pipeline';
import { addDays } from './placements';

/**
 * Timesheets and expenses (PRODUCT.md §6) as pure rules: the agency's weeks, the approval states both share, B11's
 * entry window, a day's minutes, scheduled hours and the escalation of sheets left waiting.
 */
export type Verdict = { ok: true } | { ok: false; rule: string; message: string; field?: string };
const OK: Verdict = { ok: true };
const refuse = (rule: string, message: string, field?: string): Verdict => ({ ok: false, rule, message, ...(field ? { field } : {}) });

export type WeekStartDay = 'monday' | 'sunday' | 'saturday';
export type Weekday = (typeof WEEKDAYS)[number];

/** JavaScript's day numbers (0 = Sunday) of the agency's possible week starts. */
const DAY_NUMBER: Record<Weekday, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

/** The weekday of an ISO date (the date itself, no time zone involved). */
export function weekdayOf(isoDate: string): Weekday {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  const name = (Object.keys(DAY_NUMBER) as Weekday[]).find((key) => DAY_NUMBER[key] === day);
  if (!name) {
    throw new Error(`no weekday for ${isoDate}`);
  }
  return name;
}

/** The first day of the agency week holding `date`. */
export function weekStartOf(date: string, weekStart: WeekStartDay): string {
  const offset = (new Date(`${date}T00:00:00Z`).getUTCDay() - DAY_NUMBER[weekStart] + 7) % 7;
  return addDays(date, -offset);
}

export const isWeekStart = (date: string, weekStart: WeekStartDay): boolean => weekStartOf(date, weekStart) === date;

/** The seven dates of the week starting on `weekStart`. */
export const weekDates = (weekStart: string): string[] => Array.from({ length: 7 }, (_, index) => addDays(weekStart, index));

/** A weekStart parameter must be the agency's first day of a week. */
export function checkWeekStart(date: string, weekStart: WeekStartDay): Verdict {
  return isWeekStart(date, weekStart) ? OK : refuse('timesheet.week_start', `weekStart: ${date} is not a ${weekStart}; weeks start on ${weekStart} (the week of ${date} starts on ${weekStartOf(date, weekStart)})`, 'weekStart');
}

// ——— approval states ———

export type ApprovalAction = 'edit' | 'submit' | 'approve' | 'reject';
const ACTION_FROM: Record<ApprovalAction, readonly ApprovalStatus[]> = {
  edit: ['draft', 'rejected'],
  submit: ['draft', 'rejected'],
  approve: ['submitted'],
  reject: ['submitted'],
};
const ACTION_TO: Record<ApprovalAction, ApprovalStatus> = { edit: 'draft', submit: 'submitted', approve: 'approved', reject: 'rejected' };
const ACTION_PAST: Record<ApprovalAction, string> = { edit: 'edited', submit: 'submitted', approve: 'approved', reject: 'rejected' };

/**
 * `draft → submitted → approved | rejected`; a rejected one is corrected (back to draft) and submitted again; an
 * approved one is final. Rejecting needs a reason. `noun` names the record in the message (timesheet, expense).
 */
export function checkApproval(action: ApprovalAction, status: ApprovalStatus, noun: string, reason?: string | null): Verdict {
  if (!ACTION_FROM[action].includes(status)) {
    const hint = status === 'approved' ? `; an approved ${noun} is final` : status === 'submitted' && action !== 'approve' ? '; approve or reject it first' : '';
    return refuse(`${noun}.status`, `a ${status} ${noun} cannot be ${ACTION_PAST[action]} (only a ${ACTION_FROM[action].join(' or ')} one)${hint}`);
  }
  if (action === 'reject' && !reason?.trim()) {
    return refuse(`${noun}.rejection_reason`, 'give the reason for the rejection', 'options.reason');
  }
  return OK;
}

/** The state an allowed action leads to. */
export const approvalStatusAfter = (action: ApprovalAction): ApprovalStatus => ACTION_TO[action];

// ——— B11: when time and expenses may be entered ———

export type EntryAssignment = { status: AssignmentStatus; startOn: string | null; endOn: string | null };

/**
 * B11: time and expenses only on dates between the assignment's start and end. One waiting for approval takes none;
 * an active one takes them from its start (to its end when it has one); a closed or cancelled one still takes them up
 * to its end date, never after.
 */
export function checkEntryDate(assignment: EntryAssignment, date: string, field: string, noun = 'time'): Verdict {
  const { status, startOn, endOn } = assignment;
  if (status === 'needs_approval') {
    return refuse('B11', `${field}: an assignment waiting for approval takes no ${noun}; approve it first`, field);
  }
  if (!startOn) {
    return refuse('B11', `${field}: the assignment has no start date, so it takes no ${noun}`, field);
  }
  if (date < startOn) {
    return refuse('B11', `${field}: ${date} is before the assignment's start date ${startOn}`, field);
  }
  if (status !== 'active' && !endOn) {
    return refuse('B11', `${field}: the ${status} assignment has no end date, so it takes no more ${noun}`, field);
  }
  if (endOn && date > endOn) {
    const state = status === 'active' ? '' : `${status} `;
    return refuse('B11', `${field}: ${date} is after the ${state}assignment's end date ${endOn}`, field);
  }
  return OK;
}

/** The dates of a week the assignment takes time on (B11), for the editor to open only those. */
export const enterableDates = (assignment: EntryAssignment, dates: readonly string[]): string[] => dates.filter((date) => checkEntryDate(assignment, date, 'workDate').ok);

// ——— a day's time ———

export type DayMinutes = { regularMinutes: number; overtimeMinutes: number; doubleMinutes: number };

export const dayTotal = (day: DayMinutes): number => day.regularMinutes + day.overtimeMinutes + day.doubleMinutes;

/** Whole minutes, none negative, at most 24 hours in a day across the three kinds. */
export function checkDayMinutes(day: DayMinutes, field: string): Verdict {
  for (const key of ['regularMinutes', 'overtimeMinutes', 'doubleMinutes'] as const) {
    if (!Number.isInteger(day[key]) || day[key] < 0) {
      return refuse('timesheet.day_minutes', `${field}.${key}: whole minutes, not negative`, `${field}.${key}`);
    }
  }
  if (dayTotal(day) > BACK_OFFICE_LIMITS.dayMinutes) {
    return refuse('timesheet.day_minutes', `${field}: ${dayTotal(day)} minutes is more than a day (at most ${BACK_OFFICE_LIMITS.dayMinutes})`, field);
  }
  return OK;
}

/** The sheet's totals per kind, kept on the sheet's row from its days. */
export function sumDays(days: readonly DayMinutes[]): DayMinutes {
  return days.reduce<DayMinutes>(
    (sum, day) => ({ regularMinutes: sum.regularMinutes + day.regularMinutes, overtimeMinutes: sum.overtimeMinutes + day.overtimeMinutes, doubleMinutes: sum.doubleMinutes + day.doubleMinutes }),
    { regularMinutes: 0, overtimeMinutes: 0, doubleMinutes: 0 },
  );
}

// ——— scheduled hours (actual against scheduled) ———

const minutesOf = (time: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

/** A shift's length; one ending at or before its start runs past midnight. */
export function shiftMinutes(shift: Pick<ShiftPattern, 'startTime' | 'endTime'>): number {
  const length = minutesOf(shift.endTime) - minutesOf(shift.startTime);
  return length > 0 ? length : length + 24 * 60;
}

export type Schedule = { shifts: readonly ShiftPattern[]; expectedHoursPerWeek: number | null };

/**
 * What the schedule expects of a week: minutes per date from the shifts, and the week's total — the expected hours
 * per week where set, else the shifts' sum. Null when the assignment has no schedule.
 */
export function scheduledWeek(schedule: Schedule | null, dates: readonly string[]): { perDay: Record<string, number>; weekMinutes: number } | null {
  if (!schedule || (schedule.shifts.length === 0 && schedule.expectedHoursPerWeek === null)) {
    return null;
  }
  const perDay: Record<string, number> = {};
  for (const date of dates) {
    const weekday = weekdayOf(date);
    perDay[date] = schedule.shifts.filter((shift) => shift.days.includes(weekday)).reduce((sum, shift) => sum + shiftMinutes(shift), 0);
  }
  const fromShifts = Object.values(perDay).reduce((sum, minutes) => sum + minutes, 0);
  return { perDay, weekMinutes: schedule.expectedHoursPerWeek === null ? fromShifts : Math.round(schedule.expectedHoursPerWeek * 60) };
}

// ——— escalation ———

export type Holiday = { date: string };

export function isWorkingDay(date: string, workingDays: readonly Weekday[], holidays: readonly Holiday[]): boolean {
  return workingDays.includes(weekdayOf(date)) && !holidays.some((holiday) => holiday.date === date);
}

/** Working days strictly between two dates (neither end counted). */
export function workingDaysBetween(from: string, to: string, workingDays: readonly Weekday[], holidays: readonly Holiday[]): number {
  let count = 0;
  for (let date = addDays(from, 1); date < to; date = addDays(date, 1)) {
    if (isWorkingDay(date, workingDays, holidays)) {
      count += 1;
    }
  }
  return count;
}

/**
 * A sheet submitted on `submittedOn` (the agency's date) and still waiting is escalated once `limit` whole working
 * days have passed after that day without an approval: submitted on a Friday with a limit of 2, it waits through
 * Monday and Tuesday and is escalated on Wednesday.
 */
export function escalationDue(submittedOn: string, today: string, workingDays: readonly Weekday[], holidays: readonly Holiday[], limit: number): boolean {
  return workingDaysBetween(submittedOn, today, workingDays, holidays) >= limit;
}
