import { type JobStatus, QUALIFICATION_CHECKS, type QualificationCheck } from '../shared/jobs';

/**
 * The job order state machine (PRODUCT.md §2): intake → qualified → open ⇄ on_hold → filled | closed | cancelled.
 * `filled` belongs to the system (the last opening placed, and back to open when a placement is cancelled);
 * reopening a filled or closed job by hand needs a reason.
 */
export const JOB_TRANSITIONS: Record<JobStatus, readonly JobStatus[]> = {
  intake: ['qualified', 'cancelled'],
  qualified: ['open', 'cancelled'],
  open: ['on_hold', 'filled', 'closed', 'cancelled'],
  on_hold: ['open', 'closed', 'cancelled'],
  filled: ['open'],
  closed: ['open'],
  cancelled: [],
};

export type JobTransitionRule =
  | 'job.transition'
  | 'job.qualification_required'
  | 'job.owner_required'
  | 'job.filled_by_system'
  | 'job.reopen_reason_required';

export type QualificationAnswers = Partial<Record<QualificationCheck, { answer: boolean }>> | null | undefined;

export type JobTransitionRequest = {
  from: JobStatus;
  to: JobStatus;
  by: 'user' | 'system';
  reason?: string | null;
  hasOwner: boolean;
  qualification: QualificationAnswers;
};

export type TransitionVerdict = { ok: true } | { ok: false; rule: JobTransitionRule; message: string; field?: string };

const refuse = (rule: JobTransitionRule, message: string, field?: string): TransitionVerdict => ({ ok: false, rule, message, ...(field ? { field } : {}) });

/** The four checks all answered yes. */
export function isQualified(qualification: QualificationAnswers): boolean {
  return QUALIFICATION_CHECKS.every((check) => qualification?.[check]?.answer === true);
}

export function checkJobTransition({ from, to, by, reason, hasOwner, qualification }: JobTransitionRequest): TransitionVerdict {
  if (!JOB_TRANSITIONS[from].includes(to)) {
    return refuse('job.transition', `A job cannot go from ${label(from)} to ${label(to)}`, 'to');
  }
  if (to === 'filled' && by === 'user') {
    return refuse('job.filled_by_system', 'A job becomes filled when its last opening is placed, not by hand', 'to');
  }
  if (to === 'qualified' && !isQualified(qualification)) {
    return refuse('job.qualification_required', 'A job is qualified only when all four checks (real, fundable, actionable, specific) are answered yes');
  }
  if (to === 'open' && !hasOwner) {
    return refuse('job.owner_required', 'A job needs an owner before it opens', 'ownerId');
  }
  if (to === 'open' && (from === 'filled' || from === 'closed') && by === 'user' && !reason?.trim()) {
    return refuse('job.reopen_reason_required', `Reopening a ${label(from)} job needs a reason`, 'reason');
  }
  return { ok: true };
}

/** Where a person may take a job from its status by hand (the status actions on the job page). */
export function manualTransitions(from: JobStatus): JobStatus[] {
  return JOB_TRANSITIONS[from].filter((to) => to !== 'filled');
}

/** Only qualified and open orders take candidates into their pipeline (enforced by the Pipeline issue). */
export function takesCandidates(status: JobStatus): boolean {
  return status === 'qualified' || status === 'open';
}

function label(status: JobStatus): string {
  return status.replace('_', ' ');
}
