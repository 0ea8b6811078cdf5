import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { pipelineEntries, shortlists, submissions } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import type { JobQueue } from '../../platform/jobs/queue';
import { queueMail } from '../../platform/mail';
import { jobReference } from '../jobs/presenter';
import { getJobRow } from '../jobs/queries';
import { advanceEntry } from '../pipeline/entry-moves';
import { candidateSummary } from './candidate-summary';
import { type Packaged, type Refusal, candidateName, cvAttachment, jobRefusal, packageCandidates, refusalError, senderValues, submissionContact } from './packaging';
import { submissionPolicy } from './policy';
import type { TCreateShortlistBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor; jobs: JobQueue };

const indent = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => `   ${line}`)
    .join('\n');

/** Each candidate of the shortlist mail: a numbered name, then only the fields shared for them and their note. */
function candidateList(packaged: Packaged[], items: TCreateShortlistBody['items']): string {
  return packaged
    .map((item, index) => {
      const details = [candidateSummary(item.candidate, items[index]?.sharedFields ?? []), items[index]?.note ?? ''].filter(Boolean).join('\n');
      return [`${index + 1}. ${candidateName(item.candidate)}`, indent(details)].filter(Boolean).join('\n');
    })
    .join('\n\n');
}

/**
 * Sends several candidates of one job to the hiring contact in one email, each CV attached, and records one
 * submission per candidate linked to the shortlist. All or nothing: any candidate refused (not on the job, already
 * submitted, no CV) refuses the shortlist, naming each problem by its item.
 */
export async function createShortlist({ actor, tx, jobs: queue, jobId, contactId, note, items }: CommandBase & TCreateShortlistBody) {
  if (!submissionPolicy.canCreate(actor)) {
    throw new AppError('forbidden', 'Only the front office submits candidates');
  }
  const job = await getJobRow(tx, actor.agencyId, jobId);
  const jobRefused = jobRefusal(job, 'jobId');
  if (jobRefused) {
    throw refusalError([jobRefused]);
  }
  // Locked in id order, so two shortlists sharing candidates queue instead of deadlocking.
  const entries = await tx
    .select()
    .from(pipelineEntries)
    .where(and(eq(pipelineEntries.agencyId, actor.agencyId), inArray(pipelineEntries.id, items.map((item) => item.entryId))))
    .orderBy(asc(pipelineEntries.id))
    .for('update');
  const refusals: Refusal[] = [];
  const found = items.flatMap((item, index) => {
    const entry = entries.find((row) => row.id === item.entryId && row.jobId === job.id);
    if (!entry) {
      refusals.push({ rule: 'submission.entry_not_on_job', path: `items.${index}.entryId`, message: `Item ${index + 1} is not a candidate in this job's pipeline` });
      return [];
    }
    return [{ entry, documentId: item.documentId }];
  });
  if (refusals.length > 0) {
    throw refusalError(refusals);
  }
  const packagedResult = await packageCandidates(tx, actor.agencyId, found, { requireCv: true, pathOf: (index, field) => `items.${index}.${field}` });
  if (packagedResult.refusals.length > 0) {
    throw refusalError(packagedResult.refusals);
  }
  const { packaged } = packagedResult;
  const contact = await submissionContact(tx, job, contactId, true);
  if (!contact) {
    throw new Error('a sent shortlist always has a contact');
  }
  const mailId = await queueMail({
    tx,
    jobs: queue,
    agencyId: actor.agencyId,
    to: contact.emails[0] ?? '',
    template: 'submission.shortlist',
    values: {
      ...(await senderValues(tx, actor)),
      contactName: candidateName(contact),
      jobTitle: job.title,
      jobReference: jobReference(job.number),
      candidateCount: String(packaged.length),
      candidateList: candidateList(packaged, items),
      note,
    },
    attachments: packaged.flatMap((item) => (item.document ? [cvAttachment(item.candidate, item.document)] : [])),
  });
  const [shortlist] = await tx.insert(shortlists).values({ agencyId: actor.agencyId, jobId: job.id, contactId: contact.id, note, sentBy: actor.userId, mailId }).returning();
  if (!shortlist) {
    throw new Error('shortlist insert returned no row');
  }
  const sentAt = now();
  const created = await tx
    .insert(submissions)
    .values(
      packaged.map((item, index) => ({
        agencyId: actor.agencyId,
        entryId: item.entry.id,
        jobId: job.id,
        candidateId: item.entry.candidateId,
        contactId: contact.id,
        documentId: item.document?.id ?? null,
        shortlistId: shortlist.id,
        note: items[index]?.note ?? '',
        sharedFields: items[index]?.sharedFields ?? [],
        sentAt,
        submittedBy: actor.userId,
        mailId,
      })),
    )
    .returning();
  for (const item of packaged) {
    await advanceEntry(tx, actor, item.entry.id, 'submitted');
  }
  await recordAudit(
    tx,
    actor,
    { entity: 'shortlist', entityId: shortlist.id, action: 'create', after: shortlist },
    ...created.map((submission) => ({ entity: 'submission', entityId: submission.id, action: 'create', after: submission })),
  );
  // In the order the recruiter listed them (a multi-row insert returns rows in no promised order).
  const byEntry = new Map(created.map((submission) => [submission.entryId, submission]));
  return { shortlist, contact, mailId, submissions: items.flatMap((item) => byEntry.get(item.entryId) ?? []) };
}
