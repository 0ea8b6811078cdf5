import { describe, expect, it } from 'vitest';
import {
  approvalStatusAfter,
  checkApproval,
  checkDayMinutes,
  checkEntryDate,
  checkWeekStart,
  enterableDates,
  escalationDue,
  scheduledWeek,
  shiftMinutes,
  sumDays,
  weekDates,
  weekStartOf,
  workingDaysBetween,
} from '../../../src/domain/timesheets';

const WEEKDAYS_MON_FRI = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

describe('agency weeks', () => {
  it('a date belongs to the week starting on the agency\'s week start (Monday, Sunday or Saturday)', () => {
    // 2027-03-10 is a Wednesday.
    expect(weekStartOf('2027-03-10', 'monday')).toBe('2027-03-08');
    expect(weekStartOf('2027-03-10', 'sunday')).toBe('2027-03-07');
    expect(weekStartOf('2027-03-10', 'saturday')).toBe('2027-03-06');
    expect(weekStartOf('2027-03-08', 'monday')).toBe('2027-03-08');
    expect(weekStartOf('2027-03-07', 'monday')).toBe('2027-03-01');
    expect(weekStartOf('2027-01-01', 'monday')).toBe('2026-12-28');
  });

  it('a week is seven dates from its start, across month ends', () => {
    expect(weekDates('2027-02-26')).toEqual(['2027-02-26', '2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04']);
  });

  it('a week start that is not the agency\'s first day of the week is refused naming weekStart', () => {
    expect(checkWeekStart('2027-03-08', 'monday')).toEqual({ ok: true });
    expect(checkWeekStart('2027-03-09', 'monday')).toMatchObject({ ok: false, field: 'weekStart', rule: 'timesheet.week_start' });
    expect(checkWeekStart('2027-03-07', 'sunday')).toEqual({ ok: true });
  });
});

describe('approval states', () => {
  it('draft → submitted → approved | rejected; a rejected sheet is corrected and submitted again', () => {
    expect(checkApproval('submit', 'draft', 'timesheet')).toEqual({ ok: true });
    expect(approvalStatusAfter('submit')).toBe('submitted');
    expect(checkApproval('approve', 'submitted', 'timesheet')).toEqual({ ok: true });
    expect(checkApproval('reject', 'submitted', 'timesheet', 'Wrong week')).toEqual({ ok: true });
    expect(checkApproval('edit', 'rejected', 'timesheet')).toEqual({ ok: true });
    expect(approvalStatusAfter('edit')).toBe('draft');
    expect(checkApproval('submit', 'rejected', 'timesheet')).toEqual({ ok: true });
  });

  it('an approved sheet is final; a draft cannot be approved; a submitted one is not edited', () => {
    for (const action of ['edit', 'submit', 'approve', 'reject'] as const) {
      expect(checkApproval(action, 'approved', 'timesheet', 'x')).toMatchObject({ ok: false, rule: 'timesheet.status' });
    }
    expect(checkApproval('approve', 'draft', 'expense')).toMatchObject({ ok: false, rule: 'expense.status' });
    expect(checkApproval('edit', 'submitted', 'timesheet')).toMatchObject({ ok: false });
    expect(checkApproval('submit', 'submitted', 'timesheet')).toMatchObject({ ok: false });
  });

  it('rejecting needs a reason', () => {
    expect(checkApproval('reject', 'submitted', 'timesheet')).toMatchObject({ ok: false, rule: 'timesheet.rejection_reason', field: 'options.reason' });
    expect(checkApproval('reject', 'submitted', 'timesheet', '   ')).toMatchObject({ ok: false, rule: 'timesheet.rejection_reason' });
  });
});

describe('B11: entry only between the assignment\'s start and end dates', () => {
  const active = { status: 'active' as const, startOn: '2027-03-01', endOn: null };

  it('B11: an assignment waiting for approval takes no time', () => {
    expect(checkEntryDate({ status: 'needs_approval', startOn: '2027-03-01', endOn: null }, '2027-03-02', 'days[0].workDate')).toMatchObject({ ok: false, rule: 'B11', field: 'days[0].workDate' });
  });

  it('B11: an active assignment takes time from its start, up to its end when it has one', () => {
    expect(checkEntryDate(active, '2027-02-28', 'days[0].workDate')).toMatchObject({ ok: false, rule: 'B11' });
    expect(checkEntryDate(active, '2027-03-01', 'days[0].workDate')).toEqual({ ok: true });
    expect(checkEntryDate(active, '2028-01-01', 'days[0].workDate')).toEqual({ ok: true });
    const ending = { ...active, endOn: '2027-03-10' };
    expect(checkEntryDate(ending, '2027-03-10', 'x')).toEqual({ ok: true });
    expect(checkEntryDate(ending, '2027-03-11', 'x')).toMatchObject({ ok: false, rule: 'B11' });
  });

  it('B11: a closed or cancelled assignment still takes time up to its end date, never after', () => {
    for (const status of ['closed', 'cancelled'] as const) {
      const ended = { status, startOn: '2027-03-01', endOn: '2027-03-10' };
      expect(checkEntryDate(ended, '2027-03-10', 'days[2].workDate')).toEqual({ ok: true });
      expect(checkEntryDate(ended, '2027-03-01', 'days[2].workDate')).toEqual({ ok: true });
      expect(checkEntryDate(ended, '2027-03-11', 'days[2].workDate')).toMatchObject({ ok: false, rule: 'B11', field: 'days[2].workDate' });
      expect(checkEntryDate(ended, '2027-02-28', 'spentOn', 'expenses')).toMatchObject({ ok: false, rule: 'B11', field: 'spentOn' });
    }
  });

  it('B11: a week straddling the end date opens only the days up to it', () => {
    const closed = { status: 'closed' as const, startOn: '2027-03-03', endOn: '2027-03-05' };
    expect(enterableDates(closed, weekDates('2027-03-01'))).toEqual(['2027-03-03', '2027-03-04', '2027-03-05']);
  });
});

describe('a day\'s minutes', () => {
  it('whole minutes per kind, none negative, at most 1440 in a day', () => {
    expect(checkDayMinutes({ regularMinutes: 480, overtimeMinutes: 120, doubleMinutes: 0 }, 'days[0]')).toEqual({ ok: true });
    expect(checkDayMinutes({ regularMinutes: 1000, overtimeMinutes: 400, doubleMinutes: 40 }, 'days[0]')).toEqual({ ok: true });
    expect(checkDayMinutes({ regularMinutes: 1000, overtimeMinutes: 400, doubleMinutes: 41 }, 'days[0]')).toMatchObject({ ok: false, field: 'days[0]' });
    expect(checkDayMinutes({ regularMinutes: -1, overtimeMinutes: 0, doubleMinutes: 0 }, 'days[1]')).toMatchObject({ ok: false, field: 'days[1].regularMinutes' });
    expect(checkDayMinutes({ regularMinutes: 1.5, overtimeMinutes: 0, doubleMinutes: 0 }, 'days[1]')).toMatchObject({ ok: false });
  });

  it('the sheet totals are the sums of its days per kind', () => {
    expect(sumDays([{ regularMinutes: 480, overtimeMinutes: 60, doubleMinutes: 0 }, { regularMinutes: 450, overtimeMinutes: 0, doubleMinutes: 30 }])).toEqual({ regularMinutes: 930, overtimeMinutes: 60, doubleMinutes: 30 });
  });
});

describe('scheduled hours', () => {
  it('shifts give minutes per date; expected hours per week, when set, give the week\'s total', () => {
    const dates = weekDates('2027-03-08');
    const schedule = { shifts: [{ days: ['monday', 'tuesday'] as ('monday' | 'tuesday')[], startTime: '09:00', endTime: '17:30' }, { days: ['saturday'] as 'saturday'[], startTime: '22:00', endTime: '06:00' }], expectedHoursPerWeek: null };
    const week = scheduledWeek(schedule, dates);
    expect(week?.perDay['2027-03-08']).toBe(510);
    expect(week?.perDay['2027-03-10']).toBe(0);
    expect(week?.perDay['2027-03-13']).toBe(480);
    expect(week?.weekMinutes).toBe(510 * 2 + 480);
    expect(scheduledWeek({ ...schedule, expectedHoursPerWeek: 37.5 }, dates)?.weekMinutes).toBe(2250);
    expect(scheduledWeek(null, dates)).toBeNull();
    expect(shiftMinutes({ startTime: '08:00', endTime: '08:00' })).toBe(1440);
  });
});

describe('escalation', () => {
  it('counts working days between two dates, skipping weekends and holidays', () => {
    // Friday 2027-03-12 → Wednesday 2027-03-17: Monday and Tuesday in between.
    expect(workingDaysBetween('2027-03-12', '2027-03-17', WEEKDAYS_MON_FRI, [])).toBe(2);
    expect(workingDaysBetween('2027-03-12', '2027-03-17', WEEKDAYS_MON_FRI, [{ date: '2027-03-15' }])).toBe(1);
  });

  it('a sheet submitted on a Friday with a limit of 2 working days is due on Wednesday, not before', () => {
    expect(escalationDue('2027-03-12', '2027-03-13', WEEKDAYS_MON_FRI, [], 2)).toBe(false);
    expect(escalationDue('2027-03-12', '2027-03-15', WEEKDAYS_MON_FRI, [], 2)).toBe(false);
    expect(escalationDue('2027-03-12', '2027-03-16', WEEKDAYS_MON_FRI, [], 2)).toBe(false);
    expect(escalationDue('2027-03-12', '2027-03-17', WEEKDAYS_MON_FRI, [], 2)).toBe(true);
  });

  it('a holiday pushes the escalation back a working day; the agency\'s own working days count', () => {
    expect(escalationDue('2027-03-12', '2027-03-17', WEEKDAYS_MON_FRI, [{ date: '2027-03-16' }], 2)).toBe(false);
    expect(escalationDue('2027-03-12', '2027-03-18', WEEKDAYS_MON_FRI, [{ date: '2027-03-16' }], 2)).toBe(true);
    expect(escalationDue('2027-03-12', '2027-03-15', ['saturday', 'sunday'], [], 2)).toBe(true);
    expect(escalationDue('2027-03-10', '2027-03-12', WEEKDAYS_MON_FRI, [], 1)).toBe(true);
  });
});
