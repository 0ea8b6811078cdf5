import { ACTION_FROM, type AssignmentAction } from '../shared/back-office';
import type { EmploymentType } from '../shared/jobs';
import { type AssignmentStatus, isDirectPath } from '../shared/pipeline';

/**
 * The Update status dialog's rules (PRODUCT.md §6, B5–B12) as pure functions: each assignment of a batch is checked
 * against what the database says about it, and answers either a refusal naming the rule (and the record that blocks
 * it) or the assignment's new status and dates. The service applies the plans, or none when one is refused.
 */
export type RecordLabel = { type: string; id: string; label: string };

export type AssignmentFacts = {
  id: string;
  label: string;
  status: AssignmentStatus;
  employmentType: EmploymentType;
  startOn: string | null;
  endOn: string | null;
  everApproved: boolean;
  candidate: RecordLabel;
  /** The candidate's employee record, when they have one. */
  employee: { id: string; status: 'active' | 'terminated'; hiredOn: string } | null;
  /** Non-void invoices holding its time, expenses or fee (B12). */
  invoices: RecordLabel[];
  /** For reactivating a cancelled assignment: its job when it has no opening left to take again. */
  filledJob: RecordLabel | null;
};

export type Refusal = { rule: string; reason: string; blockedBy?: RecordLabel };
export type Plan = { status: AssignmentStatus; startOn: string | null; endOn: string | null; everApproved: boolean };
export type Outcome = { ok: true; plan: Plan } | ({ ok: false } & Refusal);

export type ApproveOptions = { today: string; startOn?: string | undefined; directEndOn?: string | undefined; terminationOn?: string | undefined; otherCloseOn?: string | undefined };
export type EndOptions = { endOn: string; overrideEndDate?: boolean | undefined };
export type ReactivateOptions = { changeEndDate?: boolean | undefined; endOn?: string | null | undefined };

const refuse = (rule: string, reason: string, blockedBy?: RecordLabel): Outcome => ({ ok: false, rule, reason, ...(blockedBy ? { blockedBy } : {}) });
const plan = (facts: AssignmentFacts, changes: Partial<Plan>): Outcome => ({
  ok: true,
  plan: { status: facts.status, startOn: facts.startOn, endOn: facts.endOn, everApproved: facts.everApproved, ...changes },
});

/** B5: the transition table; anything else is refused naming it. */
export function checkTransition(action: AssignmentAction, status: AssignmentStatus): Outcome | null {
  const from = ACTION_FROM[action];
  return from.includes(status) ? null : refuse('B5', `a ${status.replace('_', ' ')} assignment cannot be ${PAST[action]} (only from ${from.map((s) => s.replace('_', ' ')).join(' or ')})`);
}
const PAST: Record<AssignmentAction, string> = { approve: 'approved', close: 'closed', cancel: 'cancelled', reactivate: 'reactivated' };

/** B5: one dialog acts on assignments that share a status. */
export function checkSharedStatus(statuses: readonly AssignmentStatus[]): { ok: true } | { ok: false; rule: string; message: string } {
  const distinct = [...new Set(statuses)];
  return distinct.length <= 1 ? { ok: true } : { ok: false, rule: 'B5', message: `The selected assignments do not share a status (${distinct.join(', ')}); update them one status at a time` };
}

/**
 * B6, B8 — approval. Temp/contract path: `active`, the dialog's start date only where none is set. Direct path:
 * `closed` at once, its end date (when none) the dialog's direct end date or else its start date. Dates already on
 * the assignment are kept. A temp/contract assignment needs its candidate to be an active employee first.
 */
export function planApprove(facts: AssignmentFacts, options: ApproveOptions): Outcome {
  const transition = checkTransition('approve', facts.status);
  if (transition) {
    return transition;
  }
  if (isDirectPath(facts.employmentType)) {
    const startOn = facts.startOn ?? options.startOn ?? options.today;
    const endOn = facts.endOn ?? options.directEndOn ?? startOn;
    if (endOn < startOn) {
      return refuse('B8', `the end date ${endOn} is before the start date ${startOn}`);
    }
    return plan(facts, { status: 'closed', startOn, endOn, everApproved: true });
  }
  if (!facts.employee) {
    return refuse('employee.required', `${facts.candidate.label} is not an employee yet: onboard them in hiring management first`, facts.candidate);
  }
  if (facts.employee.status !== 'active') {
    return refuse('employee.required', `${facts.candidate.label}'s employee record is terminated: reactivate it first`, facts.candidate);
  }
  const startOn = facts.startOn ?? options.startOn ?? options.today;
  if (facts.endOn && facts.endOn < startOn) {
    return refuse('B6', `the start date ${startOn} would be after its end date ${facts.endOn}`);
  }
  return plan(facts, { status: 'active', startOn, everApproved: true });
}

/**
 * B10 — close (from active) and cancel (from needs approval or active): the assignment's own end date where it has
 * one, else the dialog's; the dialog's date replaces an existing one only with the override. Future dates allowed.
 */
export function planEnd(action: 'close' | 'cancel', facts: AssignmentFacts, options: EndOptions): Outcome {
  const transition = checkTransition(action, facts.status);
  if (transition) {
    return transition;
  }
  const endOn = options.overrideEndDate || !facts.endOn ? options.endOn : facts.endOn;
  if (facts.startOn && endOn < facts.startOn) {
    return refuse('B10', `the end date ${endOn} is before its start date ${facts.startOn}`);
  }
  return plan(facts, { status: action === 'close' ? 'closed' : 'cancelled', endOn });
}

/**
 * B12 — reactivation: `active` when it was ever approved (a direct approval included), else `needs_approval`; the end
 * date changes only with "change end date". Refused while a non-void invoice holds its time, expenses or fee, naming
 * the invoice, and (for a cancelled one) while its job has no opening left.
 */
export function planReactivate(facts: AssignmentFacts, options: ReactivateOptions): Outcome {
  const transition = checkTransition('reactivate', facts.status);
  if (transition) {
    return transition;
  }
  const [invoice] = facts.invoices;
  if (invoice) {
    return refuse('B12', `${invoice.label} holds its time, expenses or fee: void it or remove those lines first`, invoice);
  }
  if (facts.filledJob) {
    return refuse('B12', `${facts.filledJob.label} has no opening left to reactivate it into`, facts.filledJob);
  }
  const endOn = options.changeEndDate ? (options.endOn ?? null) : facts.endOn;
  if (endOn && facts.startOn && endOn < facts.startOn) {
    return refuse('B12', `the end date ${endOn} is before its start date ${facts.startOn}`);
  }
  return plan(facts, { status: facts.everApproved ? 'active' : 'needs_approval', endOn });
}

/**
 * B8's other effect: the employee's other `active` assignments close with the dialog's close date, each keeping an
 * end date it already has unless the override is chosen (B10).
 */
export const otherCloseEndOn = (endOn: string | null, closeOn: string, overrideEndDate: boolean): string => (overrideEndDate || !endOn ? closeOn : endOn);

/**
 * B7, B8, B9, B12 — the candidate's main status after a batch, from what their assignments are afterwards: any
 * `active` → `on_assignment`; none active or awaiting approval after one was closed, cancelled or directly approved →
 * `actively_searching`; otherwise unchanged (null). Nothing else changes it automatically.
 */
export function candidateStatusAfter(statusesAfter: readonly AssignmentStatus[]): 'on_assignment' | 'actively_searching' | null {
  if (statusesAfter.includes('active')) {
    return 'on_assignment';
  }
  return statusesAfter.includes('needs_approval') ? null : 'actively_searching';
}
