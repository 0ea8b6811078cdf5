import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLISTS, DEFAULT_FOLLOW_UPS, checklistFor, checklistProgress, followUpsFor } from '../../../src/domain/handoff';
import {
  PLACEMENT_STATUS_FOR,
  addDays,
  afterPlacing,
  backOfficePlace,
  checkFrontOfficeCancel,
  checkHiringCancel,
  checkPlace,
  checkReactivate,
  checkStartConfirmation,
  placementFee,
} from '../../../src/domain/placements';

const place = (overrides: Partial<Parameters<typeof checkPlace>[0]> = {}) =>
  checkPlace({ jobStatus: 'open', openings: 2, filledCount: 0, replacing: null, employmentType: 'temporary', startOn: null, feeType: null, firstYearSalaryMinor: null, ...overrides });

describe('placing', () => {
  it('needs an open job with an opening; over-filling is a conflict (409), checked before the status', () => {
    expect(place()).toEqual({ ok: true });
    expect(place({ jobStatus: 'on_hold' })).toMatchObject({ ok: false, rule: 'placement.job_not_open' });
    expect(place({ filledCount: 2 })).toMatchObject({ ok: false, rule: 'placement.no_opening', conflict: true });
    expect(place({ jobStatus: 'filled', filledCount: 2 })).toMatchObject({ rule: 'placement.no_opening', conflict: true });
  });

  it('a replacement may place on a filled job, on the same job only, for a placement that fell off', () => {
    expect(place({ jobStatus: 'filled', filledCount: 1, replacing: { status: 'closed', sameJob: true } })).toEqual({ ok: true });
    expect(place({ replacing: { status: 'closed', sameJob: false } })).toMatchObject({ rule: 'placement.replacement_job' });
    expect(place({ replacing: { status: 'pending', sameJob: true } })).toMatchObject({ rule: 'placement.replacement_live' });
  });

  it('permanent and retained need a start date; a percentage fee on a permanent placement needs the first-year salary', () => {
    expect(place({ employmentType: 'permanent' })).toMatchObject({ rule: 'placement.start_required', field: 'startOn' });
    expect(place({ employmentType: 'retained' })).toMatchObject({ rule: 'placement.start_required' });
    expect(place({ employmentType: 'temporary' })).toEqual({ ok: true });
    expect(place({ employmentType: 'permanent', startOn: '2027-01-04', feeType: 'percent' })).toMatchObject({ field: 'firstYearSalaryMinor' });
    expect(place({ employmentType: 'permanent', startOn: '2027-01-04', feeType: 'percent', firstYearSalaryMinor: 4_000_000 })).toEqual({ ok: true });
  });

  it('the last opening fills the job', () => {
    expect(afterPlacing(2, 0)).toEqual({ filledCount: 1, filled: false });
    expect(afterPlacing(2, 1)).toEqual({ filledCount: 2, filled: true });
  });

  it('the fee is a percentage of the first-year salary rounded half-up once, or the flat fee', () => {
    expect(placementFee({ feeType: 'percent', feeBp: 2000, feeFlatMinor: null, firstYearSalaryMinor: 5_500_000 })).toBe(1_100_000);
    expect(placementFee({ feeType: 'percent', feeBp: 1750, feeFlatMinor: null, firstYearSalaryMinor: 3 })).toBe(1);
    expect(placementFee({ feeType: 'percent', feeBp: 1250, feeFlatMinor: null, firstYearSalaryMinor: 4 })).toBe(1);
    expect(placementFee({ feeType: 'flat', feeBp: null, feeFlatMinor: 900_000, firstYearSalaryMinor: null })).toBe(900_000);
    expect(placementFee({ feeType: null, feeBp: null, feeFlatMinor: null, firstYearSalaryMinor: null })).toBeNull();
  });

  it("a placement's status mirrors its assignment's", () => {
    expect(PLACEMENT_STATUS_FOR).toEqual({ needs_approval: 'pending', active: 'active', closed: 'closed', cancelled: 'cancelled' });
  });
});

describe('B1: where a placement sits in the back office', () => {
  it('B1: pending for a first-time candidate → hiring management; an employee → assignments; closed of an employee → employees', () => {
    expect(backOfficePlace({ status: 'pending', isEmployee: false })).toBe('hiring_management');
    expect(backOfficePlace({ status: 'pending', isEmployee: true })).toBe('assignments');
    expect(backOfficePlace({ status: 'active', isEmployee: true })).toBe('assignments');
    expect(backOfficePlace({ status: 'cancelled', isEmployee: false })).toBe('assignments');
    expect(backOfficePlace({ status: 'closed', isEmployee: true })).toBe('employees');
  });
});

describe('cancelling', () => {
  it('B2: the front office cancels only a pending placement of a candidate placed for the first time; otherwise it is sent to the back office', () => {
    expect(checkFrontOfficeCancel({ status: 'pending', firstTime: true })).toEqual({ ok: true });
    expect(checkFrontOfficeCancel({ status: 'pending', firstTime: false })).toMatchObject({ ok: false, rule: 'B2', message: expect.stringContaining('back office') });
    expect(checkFrontOfficeCancel({ status: 'active', firstTime: true })).toMatchObject({ ok: false, rule: 'B2', message: expect.stringContaining('back office') });
  });

  it('B3: hiring management cancels pending placements of first-time candidates only', () => {
    expect(checkHiringCancel({ status: 'pending', firstTime: true })).toEqual({ ok: true });
    expect(checkHiringCancel({ status: 'pending', firstTime: false })).toMatchObject({ rule: 'B3' });
    expect(checkHiringCancel({ status: 'cancelled', firstTime: true })).toMatchObject({ rule: 'B3' });
  });
});

describe('B4: reactivation', () => {
  it('B4: a cancelled placement is placed again while the job has an opening; a job filled meanwhile is a conflict', () => {
    expect(checkReactivate({ status: 'cancelled', jobStatus: 'open', openings: 1, filledCount: 0 })).toEqual({ ok: true });
    expect(checkReactivate({ status: 'cancelled', jobStatus: 'filled', openings: 1, filledCount: 1 })).toMatchObject({ rule: 'B4', conflict: true });
    expect(checkReactivate({ status: 'pending', jobStatus: 'open', openings: 1, filledCount: 0 })).toMatchObject({ rule: 'B4' });
    expect(checkReactivate({ status: 'cancelled', jobStatus: 'on_hold', openings: 2, filledCount: 0 })).toEqual({ ok: false, rule: 'B4', message: expect.stringContaining('open job') });
  });
});

describe('start confirmation', () => {
  it('is recorded on or after the start; late needs a later date; withdrew needs a reason and may come before the start', () => {
    const base = { startOn: '2026-12-14', today: '2026-12-14' };
    expect(checkStartConfirmation({ ...base, outcome: 'on_time' })).toEqual({ ok: true });
    expect(checkStartConfirmation({ ...base, today: '2026-12-13', outcome: 'on_time' })).toMatchObject({ rule: 'placement.start_not_reached' });
    expect(checkStartConfirmation({ ...base, outcome: 'late', newStartOn: '2026-12-14' })).toMatchObject({ field: 'newStartOn' });
    expect(checkStartConfirmation({ ...base, outcome: 'late', newStartOn: '2026-12-16' })).toEqual({ ok: true });
    expect(checkStartConfirmation({ ...base, today: '2026-12-10', outcome: 'withdrew', note: ' ' })).toMatchObject({ field: 'note' });
    expect(checkStartConfirmation({ ...base, today: '2026-12-10', outcome: 'withdrew', note: 'Took a counter-offer' })).toEqual({ ok: true });
    expect(checkStartConfirmation({ ...base, startOn: null, outcome: 'no_show' })).toMatchObject({ rule: 'placement.start_unknown' });
  });
});

describe('handoff checklist and follow-ups', () => {
  const people = { recruiterId: 'r', accountManagerId: 'a', backOfficeId: 'b' };

  it('copies the template of the employment type with owners by role and due dates from the start', () => {
    const items = checklistFor(DEFAULT_CHECKLISTS.temporary, '2026-12-14', people);
    expect(items.map((item) => [item.kind, item.ownerId, item.dueOn])).toEqual([
      ['start_details_sent', 'r', '2026-12-11'],
      ['documents_received', 'b', '2026-12-13'],
      ['shifts_set', 'r', '2026-12-12'],
      ['billing_set_up', 'b', '2026-12-14'],
    ]);
    expect(DEFAULT_CHECKLISTS.retained.map((item) => item.kind)).toContain('retained_milestones');
    expect(DEFAULT_CHECKLISTS.permanent.map((item) => item.kind)).not.toContain('shifts_set');
    expect(checklistFor(DEFAULT_CHECKLISTS.permanent, null, people).every((item) => item.dueOn === null)).toBe(true);
  });

  it('schedules first day, first week, day 30 and day 90 with both parties once the start is known', () => {
    expect(followUpsFor(DEFAULT_FOLLOW_UPS, null, people)).toEqual([]);
    const plan = followUpsFor(DEFAULT_FOLLOW_UPS, '2026-12-14', people);
    expect(plan).toHaveLength(8);
    expect(plan.filter((item) => item.party === 'client').map((item) => item.dueOn)).toEqual(['2026-12-14', '2026-12-18', '2027-01-13', '2027-03-14']);
    expect(plan.find((item) => item.party === 'client')?.ownerId).toBe('a');
  });

  it('progress is the share of items done', () => {
    expect(checklistProgress([{ doneAt: new Date() }, { doneAt: null }, { doneAt: null }, { doneAt: null }])).toBe(25);
    expect(checklistProgress([])).toBe(100);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
