import { describe, expect, it } from 'vitest';
import { checkOnboard, checkReactivate, checkTerminate, employeeReference } from '../../../src/domain/employees';

describe('onboarding', () => {
  it('onboards a candidate placed for the first time (a pending or active placement, no employee record)', () => {
    expect(checkOnboard({ existing: null, livePlacements: 1 })).toEqual({ ok: true });
  });

  it('refuses a candidate who already has an employee record as a conflict naming it', () => {
    expect(checkOnboard({ existing: { number: 1042, status: 'terminated' }, livePlacements: 1 })).toMatchObject({
      ok: false,
      rule: 'employee.exists',
      conflict: true,
      field: 'candidateId',
      message: expect.stringContaining('E-1042 (terminated)'),
    });
  });

  it('refuses a candidate without a pending or active placement', () => {
    expect(checkOnboard({ existing: null, livePlacements: 0 })).toMatchObject({ ok: false, rule: 'employee.not_placed', field: 'candidateId' });
  });
});

describe('termination', () => {
  it.each([
    ['2026-12-01', true],
    ['2026-12-20', true],
    ['2026-11-30', false],
  ])('an active employee hired 2026-12-01 terminated on %s → allowed %s (never before the hire date)', (terminatedOn, allowed) => {
    expect(checkTerminate({ status: 'active', hiredOn: '2026-12-01', terminatedOn }).ok).toBe(allowed);
  });

  it('names terminatedOn when the date is before the hire date', () => {
    expect(checkTerminate({ status: 'active', hiredOn: '2026-12-01', terminatedOn: '2026-11-30' })).toMatchObject({ rule: 'employee.termination_before_hire', field: 'terminatedOn' });
  });

  it('refuses to terminate a terminated employee', () => {
    expect(checkTerminate({ status: 'terminated', hiredOn: '2026-12-01', terminatedOn: '2026-12-20' })).toMatchObject({ ok: false, rule: 'employee.not_active' });
  });
});

describe('reactivation', () => {
  it.each([
    ['terminated', '2026-12-20', '2026-12-20', true],
    ['terminated', '2026-12-20', '2027-01-04', true],
    ['terminated', '2026-12-20', '2026-12-19', false],
    ['active', null, '2027-01-04', false],
  ] as const)('a %s employee (terminated on %s) reactivated on %s → allowed %s', (status, terminatedOn, on, allowed) => {
    expect(checkReactivate({ status, terminatedOn, on }).ok).toBe(allowed);
  });

  it('names the rule and the field', () => {
    expect(checkReactivate({ status: 'active', terminatedOn: null, on: '2027-01-04' })).toMatchObject({ rule: 'employee.not_terminated' });
    expect(checkReactivate({ status: 'terminated', terminatedOn: '2026-12-20', on: '2026-12-19' })).toMatchObject({ rule: 'employee.reactivation_before_termination', field: 'on' });
  });
});

it('writes employee numbers as E-<number>', () => {
  expect(employeeReference(1001)).toBe('E-1001');
});
