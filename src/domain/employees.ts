import type { RuleVerdict } from '../platform/errors';
import type { EMPLOYEE_STATUSES } from '../shared/pipeline';

type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

const OK: RuleVerdict = { ok: true };

/** People-facing employee number. */
export const employeeReference = (number: number): string => `E-${number}`;

type OnboardInput = {
  /** The candidate's employee record, when they already have one. */
  existing: { number: number; status: EmployeeStatus } | null;
  /** How many pending or active placements the candidate has. */
  livePlacements: number;
};

/**
 * Onboarding from hiring management is for a candidate placed for the first time: a pending or active placement,
 * and never an employee record (a second record is a conflict that names the first).
 */
export function checkOnboard({ existing, livePlacements }: OnboardInput): RuleVerdict {
  if (existing) {
    return { ok: false, rule: 'employee.exists', message: `The candidate is already employee ${employeeReference(existing.number)} (${existing.status})`, field: 'candidateId', conflict: true };
  }
  if (livePlacements === 0) {
    return { ok: false, rule: 'employee.not_placed', message: 'Only a candidate with a pending or active placement is onboarded', field: 'candidateId' };
  }
  return OK;
}

/** Only an active employee is terminated, on or after the hire date. */
export function checkTerminate({ status, hiredOn, terminatedOn }: { status: EmployeeStatus; hiredOn: string; terminatedOn: string }): RuleVerdict {
  if (status !== 'active') {
    return { ok: false, rule: 'employee.not_active', message: `Only an active employee is terminated (this one is ${status})` };
  }
  if (terminatedOn < hiredOn) {
    return { ok: false, rule: 'employee.termination_before_hire', message: `must be on or after the hire date (${hiredOn})`, field: 'terminatedOn' };
  }
  return OK;
}

/** Only a terminated employee is reactivated, on or after the termination date. */
export function checkReactivate({ status, terminatedOn, on }: { status: EmployeeStatus; terminatedOn: string | null; on: string }): RuleVerdict {
  if (status !== 'terminated') {
    return { ok: false, rule: 'employee.not_terminated', message: `Only a terminated employee is reactivated (this one is ${status})` };
  }
  if (terminatedOn && on < terminatedOn) {
    return { ok: false, rule: 'employee.reactivation_before_termination', message: `must be on or after the termination date (${terminatedOn})`, field: 'on' };
  }
  return OK;
}
