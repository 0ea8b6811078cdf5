import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { submissionFeedback, submissions } from '../../db/schema';
import { type StaffActor, actorLabel } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import type { JobQueue } from '../../platform/jobs/queue';
import { queueMail } from '../../platform/mail';
import { jobReference } from '../jobs/presenter';
import { getJobRow } from '../jobs/queries';
import { advanceEntry, getEntryRow } from '../pipeline/entry-moves';
import { candidateSummary } from './candidate-summary';
import { candidateName, cvAttachment, jobRefusal, packageCandidates, refusalError, senderValues, submissionContact } from './packaging';
import { submissionPolicy } from './policy';
import { getSubmissionRow } from './queries';
import type { TCreateSubmissionBody, TFeedbackBody, TWithdrawSubmissionBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

const FRONT_OFFICE_ONLY = 'Only the front office submits candidates and records client feedback';

/**
 * Submits one candidate to the client: records what was shared, with which CV, by whom and when; moves the entry
 * forward to the job's submitted stage; and, when `send`, queues the email to the hiring contact with the CV
 * attached — all in the caller's transaction, so the mail exists exactly when the submission does.
 */
export async function createSubmission({ actor, tx, jobs: queue, ...input }: CommandBase & { jobs: JobQueue } & TCreateSubmissionBody) {
  if (!submissionPolicy.canCreate(actor)) {
    throw new AppError('forbidden', FRONT_OFFICE_ONLY);
  }
  // Locked first: two submissions of one entry at once queue here, and the second sees the first.
  const entry = await getEntryRow(tx, actor.agencyId, input.entryId, { forUpdate: true });
  const job = await getJobRow(tx, actor.agencyId, entry.jobId);
  const jobRefused = jobRefusal(job, 'entryId');
  if (jobRefused) {
    throw refusalError([jobRefused]);
  }
  const { packaged, refusals } = await packageCandidates(tx, actor.agencyId, [{ entry, documentId: input.documentId }], { requireCv: input.send, pathOf: (_index, field) => field });
  const [item] = packaged;
  if (refusals.length > 0 || !item) {
    throw refusalError(refusals);
  }
  const contact = await submissionContact(tx, job, input.contactId, input.send);
  let mailId: string | null = null;
  if (input.send && contact && item.document) {
    mailId = await queueMail({
      tx,
      jobs: queue,
      agencyId: actor.agencyId,
      to: contact.emails[0] ?? '',
      template: 'submission.single',
      values: {
        ...(await senderValues(tx, actor)),
        contactName: candidateName(contact),
        jobTitle: job.title,
        jobReference: jobReference(job.number),
        candidateName: candidateName(item.candidate),
        candidateSummary: candidateSummary(item.candidate, input.sharedFields),
        note: input.note,
      },
      attachments: [cvAttachment(item.candidate, item.document)],
    });
  }
  const [submission] = await tx
    .insert(submissions)
    .values({
      agencyId: actor.agencyId,
      entryId: entry.id,
      jobId: job.id,
      candidateId: entry.candidateId,
      contactId: contact?.id ?? null,
      documentId: item.document?.id ?? null,
      note: input.note,
      sharedFields: input.sharedFields,
      sentAt: now(),
      submittedBy: actor.userId,
      mailId,
    })
    .returning();
  if (!submission) {
    throw new Error('submission insert returned no row');
  }
  await advanceEntry(tx, actor, entry.id, 'submitted');
  await recordAudit(tx, actor, { entity: 'submission', entityId: submission.id, action: 'create', after: submission });
  return submission;
}

/** Withdraws a submission (current version only); the entry stays where it is for the recruiter to move. */
export async function withdrawSubmission({ actor, tx, id, version, reason }: CommandBase & TWithdrawSubmissionBody & { id: string }) {
  if (!submissionPolicy.canCreate(actor)) {
    throw new AppError('forbidden', FRONT_OFFICE_ONLY);
  }
  const before = await getSubmissionRow(tx, actor.agencyId, id, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'submission', before, version);
  if (!submissionPolicy.canWithdraw(actor, before)) {
    throw new AppError('rule_violation', 'The submission is already withdrawn', { rule: 'submission.withdrawn' });
  }
  const [after] = await tx
    .update(submissions)
    .set({ status: 'withdrawn', withdrawnAt: now(), withdrawnReason: reason, version: before.version + 1 })
    .where(and(eq(submissions.agencyId, actor.agencyId), eq(submissions.id, id)))
    .returning();
  if (!after) {
    throw new Error('submission update returned no row');
  }
  await recordAudit(tx, actor, { entity: 'submission', entityId: id, action: 'withdraw', before, after });
  return after;
}

/**
 * Appends the client's answer to a submission. Its time is when the client answered (now unless told; never in the
 * future, never before the submission went); the earliest answer is kept on the submission for the metrics.
 */
export async function recordFeedback({ actor, tx, id, kind, remark, receivedAt }: CommandBase & TFeedbackBody & { id: string }) {
  if (!submissionPolicy.canCreate(actor)) {
    throw new AppError('forbidden', FRONT_OFFICE_ONLY);
  }
  const before = await getSubmissionRow(tx, actor.agencyId, id, { forUpdate: true });
  if (!submissionPolicy.canRecordFeedback(actor, before)) {
    throw new AppError('rule_violation', 'The submission was withdrawn: there is no feedback to record on it', { rule: 'submission.withdrawn' });
  }
  const at = now();
  const received = receivedAt ? new Date(receivedAt) : at;
  if (received.getTime() > at.getTime()) {
    throw new AppError('validation', 'receivedAt: not in the future', { fields: [{ path: 'receivedAt', message: 'not in the future' }] });
  }
  if (received.getTime() < before.sentAt.getTime()) {
    throw new AppError('validation', 'receivedAt: before the submission was sent', { fields: [{ path: 'receivedAt', message: `before the submission was sent (${before.sentAt.toISOString()})` }] });
  }
  const [feedback] = await tx
    .insert(submissionFeedback)
    .values({ agencyId: actor.agencyId, submissionId: id, kind, remark, receivedAt: received, source: 'staff', recordedBy: actor.userId, recordedByLabel: actorLabel(actor) })
    .returning();
  if (!feedback) {
    throw new Error('feedback insert returned no row');
  }
  if (!before.firstFeedbackAt || received.getTime() < before.firstFeedbackAt.getTime()) {
    await tx
      .update(submissions)
      .set({ firstFeedbackAt: received, version: before.version + 1 })
      .where(and(eq(submissions.agencyId, actor.agencyId), eq(submissions.id, id)));
  }
  await recordAudit(tx, actor, { entity: 'submission', entityId: id, action: 'feedback', after: feedback });
  return feedback;
}
