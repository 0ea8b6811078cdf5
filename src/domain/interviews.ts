import type { JobStatus } from '../shared/jobs';
import type { INTERVIEW_STATUSES } from '../shared/pipeline';
import type { Verdict } from './pipeline';

type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

const refuse = (rule: string, message: string, field?: string): Verdict => ({ ok: false, rule, message, ...(field ? { field } : {}) });
const OK: Verdict = { ok: true };

/** The longest interview we schedule: an assessment day. Anything longer is a typo in the end time. */
export const MAX_INTERVIEW_MS = 12 * 3600 * 1000;

/** The end comes after the start, within a day's assessment. */
export function checkInterviewTimes(startsAt: Date, endsAt: Date): Verdict {
  if (endsAt.getTime() <= startsAt.getTime()) {
    return refuse('interview.times', 'must be after the start', 'endsAt');
  }
  if (endsAt.getTime() - startsAt.getTime() > MAX_INTERVIEW_MS) {
    return refuse('interview.times', 'an interview lasts at most 12 hours', 'endsAt');
  }
  return OK;
}

/** Jobs still being worked take interviews; intake, closed and cancelled ones do not (filled ones do, for a replacement). */
export function checkJobTakesInterview(jobStatus: JobStatus): Verdict {
  const active: readonly JobStatus[] = ['qualified', 'open', 'on_hold', 'filled'];
  return active.includes(jobStatus) ? OK : refuse('interview.job_not_active', `The job is ${jobStatus.replace('_', ' ')}: interviews are scheduled on qualified, open, on-hold or filled jobs`);
}

/** Only a scheduled interview is rescheduled, changed or cancelled. */
export function checkInterviewChange(status: InterviewStatus): Verdict {
  return status === 'scheduled' ? OK : refuse('interview.not_scheduled', `The interview is ${status}: only a scheduled interview can be changed or cancelled`);
}

/** An outcome is recorded once the interview has started, and never for a cancelled one (it can be corrected later). */
export function checkOutcome(status: InterviewStatus, startsAt: Date, at: Date): Verdict {
  if (status === 'cancelled') {
    return refuse('interview.cancelled', 'The interview was cancelled: it has no outcome');
  }
  if (startsAt.getTime() > at.getTime()) {
    return refuse('interview.not_started', 'The outcome is recorded once the interview has started');
  }
  return OK;
}

/** The candidate is invited only when they may be contacted. */
export function checkCandidateInvite(inviteCandidate: boolean, doNotContact: boolean): Verdict {
  return inviteCandidate && doNotContact ? refuse('interview.do_not_contact', 'The candidate is marked do not contact: schedule without inviting them', 'inviteCandidate') : OK;
}

export type InviteMails<T> = { invite: T[]; update: T[]; cancel: T[] };

/**
 * Who hears what when an interview changes: newcomers get the invitation, those still on it the update, and those
 * taken off it a cancellation (keyed by email address, so one person on two lists hears once).
 */
export function splitRecipients<T extends { email: string }>(before: readonly T[], after: readonly T[]): InviteMails<T> {
  const key = (recipient: T) => recipient.email.toLowerCase();
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  return {
    invite: after.filter((recipient) => !had.has(key(recipient))),
    update: after.filter((recipient) => had.has(key(recipient))),
    cancel: before.filter((recipient) => !has.has(key(recipient))),
  };
}
