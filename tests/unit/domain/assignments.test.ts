import { describe, expect, it } from 'vitest';
import { type AssignmentFacts, candidateStatusAfter, checkSharedStatus, checkTransition, otherCloseEndOn, planApprove, planEnd, planReactivate } from '../../../src/domain/assignments';

const facts = (overrides: Partial<AssignmentFacts> = {}): AssignmentFacts => ({
  id: 'a1',
  label: 'Ada Lovelace — P-1 Operative',
  status: 'needs_approval',
  employmentType: 'temporary',
  startOn: null,
  endOn: null,
  everApproved: false,
  candidate: { type: 'candidate', id: 'c1', label: 'Ada Lovelace' },
  employee: { id: 'e1', status: 'active', hiredOn: '2026-11-01' },
  invoices: [],
  filledJob: null,
  ...overrides,
});
const today = '2026-12-03';

describe('B5: transitions', () => {
  it('B5: only the transition table is allowed; anything else names B5', () => {
    expect(checkTransition('approve', 'needs_approval')).toBeNull();
    expect(checkTransition('close', 'active')).toBeNull();
    expect(checkTransition('cancel', 'needs_approval')).toBeNull();
    expect(checkTransition('cancel', 'active')).toBeNull();
    expect(checkTransition('reactivate', 'closed')).toBeNull();
    expect(checkTransition('reactivate', 'cancelled')).toBeNull();
    for (const [action, status] of [
      ['approve', 'active'],
      ['close', 'needs_approval'],
      ['close', 'cancelled'],
      ['cancel', 'closed'],
      ['reactivate', 'active'],
      ['reactivate', 'needs_approval'],
    ] as const) {
      expect(checkTransition(action, status)).toMatchObject({ ok: false, rule: 'B5' });
    }
  });

  it('B5: one dialog acts only on assignments that share a status', () => {
    expect(checkSharedStatus(['active', 'active'])).toEqual({ ok: true });
    expect(checkSharedStatus(['active', 'needs_approval'])).toMatchObject({ ok: false, rule: 'B5' });
  });
});

describe('B6: approving temp/contract assignments', () => {
  it('B6: an assignment without a start date takes the dialog date; it becomes active and ever approved', () => {
    expect(planApprove(facts(), { today, startOn: '2026-12-07' })).toEqual({ ok: true, plan: { status: 'active', startOn: '2026-12-07', endOn: null, everApproved: true } });
  });

  it('B6: the dialog date defaults to today', () => {
    expect(planApprove(facts(), { today })).toMatchObject({ ok: true, plan: { startOn: today } });
  });

  it('B6: a start or end date already on the assignment is never overwritten', () => {
    expect(planApprove(facts({ startOn: '2026-11-20', endOn: '2027-01-31' }), { today, startOn: '2026-12-07' })).toMatchObject({ ok: true, plan: { startOn: '2026-11-20', endOn: '2027-01-31' } });
  });

  it('a temp/contract assignment needs its candidate to be an active employee first', () => {
    expect(planApprove(facts({ employee: null }), { today })).toMatchObject({ ok: false, rule: 'employee.required', blockedBy: { type: 'candidate', id: 'c1' } });
    expect(planApprove(facts({ employee: { id: 'e1', status: 'terminated', hiredOn: '2026-01-01' } }), { today })).toMatchObject({ ok: false, rule: 'employee.required' });
  });
});

describe('B8: approving direct assignments', () => {
  const direct = (overrides: Partial<AssignmentFacts> = {}) => facts({ employmentType: 'permanent', startOn: '2026-12-14', employee: null, ...overrides });

  it('B8: closes at once; without an end date it ends on its start date; no employee record is needed', () => {
    expect(planApprove(direct(), { today })).toEqual({ ok: true, plan: { status: 'closed', startOn: '2026-12-14', endOn: '2026-12-14', everApproved: true } });
  });

  it('B8: the dialog may give the end date; an existing end date is kept', () => {
    expect(planApprove(direct(), { today, directEndOn: '2026-12-31' })).toMatchObject({ plan: { endOn: '2026-12-31' } });
    expect(planApprove(direct({ endOn: '2026-12-20' }), { today, directEndOn: '2026-12-31' })).toMatchObject({ plan: { endOn: '2026-12-20' } });
  });

  it('B8: retained placements take the direct path too', () => {
    expect(planApprove(direct({ employmentType: 'retained' }), { today })).toMatchObject({ plan: { status: 'closed' } });
  });

  it('B8: the other active assignments keep their end date unless the override is chosen (B10)', () => {
    expect(otherCloseEndOn(null, today, false)).toBe(today);
    expect(otherCloseEndOn('2027-02-01', today, false)).toBe('2027-02-01');
    expect(otherCloseEndOn('2027-02-01', today, true)).toBe(today);
  });
});

describe('B10: closing and cancelling', () => {
  it('B10: without an end date the dialog date is used', () => {
    expect(planEnd('close', facts({ status: 'active', startOn: '2026-11-02' }), { endOn: today })).toMatchObject({ ok: true, plan: { status: 'closed', endOn: today } });
  });

  it('B10: an existing end date is kept unless the override is chosen', () => {
    const active = facts({ status: 'active', startOn: '2026-11-02', endOn: '2026-12-24' });
    expect(planEnd('close', active, { endOn: today })).toMatchObject({ plan: { endOn: '2026-12-24' } });
    expect(planEnd('close', active, { endOn: today, overrideEndDate: true })).toMatchObject({ plan: { endOn: today } });
  });

  it('B10: cancel and close may carry a future end date', () => {
    expect(planEnd('cancel', facts({ status: 'active', startOn: '2026-11-02' }), { endOn: '2027-03-31' })).toMatchObject({ ok: true, plan: { status: 'cancelled', endOn: '2027-03-31' } });
    expect(planEnd('close', facts({ status: 'active', startOn: '2026-11-02' }), { endOn: '2027-03-31' })).toMatchObject({ ok: true, plan: { status: 'closed' } });
  });

  it('B10: cancel works from needs approval; close does not (B5)', () => {
    expect(planEnd('cancel', facts(), { endOn: today })).toMatchObject({ ok: true, plan: { status: 'cancelled' } });
    expect(planEnd('close', facts(), { endOn: today })).toMatchObject({ ok: false, rule: 'B5' });
  });

  it('B10: an end date before the start is refused', () => {
    expect(planEnd('close', facts({ status: 'active', startOn: '2026-12-14' }), { endOn: '2026-12-01' })).toMatchObject({ ok: false, rule: 'B10' });
  });
});

describe('B12: reactivation', () => {
  it('B12: an assignment ever approved returns to active; one never approved to needs approval', () => {
    expect(planReactivate(facts({ status: 'closed', everApproved: true, endOn: '2026-11-30' }), {})).toEqual({ ok: true, plan: { status: 'active', startOn: null, endOn: '2026-11-30', everApproved: true } });
    expect(planReactivate(facts({ status: 'cancelled', everApproved: false }), {})).toMatchObject({ ok: true, plan: { status: 'needs_approval' } });
  });

  it('B12: the end date changes only with "change end date"', () => {
    const closed = facts({ status: 'closed', everApproved: true, startOn: '2026-11-02', endOn: '2026-11-30' });
    expect(planReactivate(closed, { endOn: '2027-01-31' })).toMatchObject({ plan: { endOn: '2026-11-30' } });
    expect(planReactivate(closed, { changeEndDate: true, endOn: '2027-01-31' })).toMatchObject({ plan: { endOn: '2027-01-31' } });
    expect(planReactivate(closed, { changeEndDate: true, endOn: null })).toMatchObject({ plan: { endOn: null } });
  });

  it('B12: a non-void invoice holding its time, expenses or fee refuses, naming the invoice', () => {
    const invoice = { type: 'invoice', id: 'i1', label: 'invoice INV-1007' };
    expect(planReactivate(facts({ status: 'closed', invoices: [invoice] }), {})).toMatchObject({ ok: false, rule: 'B12', blockedBy: invoice, reason: expect.stringContaining('INV-1007') });
  });

  it('B12: a cancelled assignment whose job has no opening left is refused naming the job', () => {
    const job = { type: 'job', id: 'j1', label: 'job J-1001' };
    expect(planReactivate(facts({ status: 'cancelled', filledJob: job }), {})).toMatchObject({ ok: false, rule: 'B12', blockedBy: job });
  });
});

describe('candidate status (B7, B8, B9, B12)', () => {
  it('B7/B12: an active assignment makes the candidate on_assignment', () => {
    expect(candidateStatusAfter(['active', 'closed'])).toBe('on_assignment');
  });

  it('B9: every active and needs-approval assignment closed or cancelled → actively_searching', () => {
    expect(candidateStatusAfter(['closed', 'cancelled'])).toBe('actively_searching');
  });

  it('B9: while one stays active the candidate stays on_assignment; an assignment awaiting approval leaves the status alone', () => {
    expect(candidateStatusAfter(['closed', 'active'])).toBe('on_assignment');
    expect(candidateStatusAfter(['closed', 'needs_approval'])).toBeNull();
  });
});
