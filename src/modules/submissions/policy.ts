import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';
import type { JobStatus } from '../../shared/jobs';

type SubmissionLike = { status: 'submitted' | 'withdrawn' };

const isFrontOffice = (actor: StaffActor): boolean => ROLE_SETS.frontOffice.some((role) => role === actor.role);

/** Jobs a candidate may be submitted on: still being worked (on hold keeps the client talking). */
export const SUBMITTABLE_JOB_STATUSES: readonly JobStatus[] = ['qualified', 'open', 'on_hold'];

/** Everyone reads submissions; the front office submits, withdraws and records the client's feedback. */
export const submissionPolicy = {
  canCreate: (actor: StaffActor) => isFrontOffice(actor),
  canWithdraw: (actor: StaffActor, submission: SubmissionLike) => isFrontOffice(actor) && submission.status === 'submitted',
  canRecordFeedback: (actor: StaffActor, submission: SubmissionLike) => isFrontOffice(actor) && submission.status === 'submitted',
};
