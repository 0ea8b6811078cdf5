import { and, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type MailAttachment, agencies, candidateDocuments, candidates, contacts, type jobs, submissions } from '../../db/schema';
import type { EntryRow } from '../pipeline/entry-moves';
import type { StaffActor } from '../../platform/auth/actor';
import { AppError, type RelatedRecord, verdictError } from '../../platform/errors';
import { jobReference } from '../jobs/presenter';
import { SUBMITTABLE_JOB_STATUSES } from './policy';

type JobRow = typeof jobs.$inferSelect;
type CandidateRow = typeof candidates.$inferSelect;
type DocumentRow = typeof candidateDocuments.$inferSelect;
type ContactRow = typeof contacts.$inferSelect;

/** Why one candidate (or the whole request) cannot be submitted; `conflict` refusals answer 409 when alone. */
export type Refusal = { rule: string; path: string; message: string; conflict?: boolean; related?: RelatedRecord };

/** A candidate ready to go: the entry, the person and the CV chosen (null when nothing is sent). */
export type Packaged = { entry: EntryRow; candidate: CandidateRow; document: DocumentRow | null };

export const candidateName = (candidate: { firstName: string; lastName: string }) => `${candidate.firstName} ${candidate.lastName}`.trim();

/** One refusal answers with its own rule (409 for a duplicate); several answer 422 naming each field. */
export function refusalError(refusals: Refusal[]): AppError {
  const [first] = refusals;
  if (first && refusals.length === 1) {
    return verdictError({ rule: first.rule, message: first.message, field: first.path, conflict: first.conflict }, first.related ? { related: [first.related] } : {});
  }
  return new AppError('rule_violation', `${refusals.length} problems stop the submission: ${refusals.map((refusal) => refusal.message).join('; ')}`, {
    rule: 'submission.refused',
    fields: refusals.map((refusal) => ({ path: refusal.path, message: refusal.message })),
    related: refusals.flatMap((refusal) => (refusal.related ? [refusal.related] : [])),
  });
}

/** Candidates are submitted while the job is being worked: qualified, open or on hold. */
export function jobRefusal(job: JobRow, path: string): Refusal | null {
  if (SUBMITTABLE_JOB_STATUSES.includes(job.status)) {
    return null;
  }
  return {
    rule: 'submission.job_not_active',
    path,
    message: `The job is ${job.status.replace('_', ' ')}: candidates are submitted on qualified, open or on-hold jobs`,
    related: { type: 'job', id: job.id, label: `${jobReference(job.number)} ${job.title}` },
  };
}

type Item = { entry: EntryRow; documentId?: string | undefined };

/**
 * Checks and loads what a set of entries of one job needs to be submitted, in a fixed number of queries: the
 * candidates, their live submissions to this job (a second one is refused until the first is withdrawn), and the
 * CV of each (the one chosen, which must be a CV of that candidate, or the current CV; `requireCv` when it is sent).
 */
export async function packageCandidates(tx: Executor, agencyId: string, items: Item[], options: { requireCv: boolean; pathOf: (index: number, field: string) => string }) {
  const entryIds = items.map((item) => item.entry.id);
  const candidateIds = items.map((item) => item.entry.candidateId);
  const chosenIds = items.flatMap((item) => (item.documentId ? [item.documentId] : []));
  const [candidateRows, liveRows, documentRows] = await Promise.all([
    tx.select().from(candidates).where(and(eq(candidates.agencyId, agencyId), inArray(candidates.id, candidateIds))),
    tx
      .select({ id: submissions.id, entryId: submissions.entryId, sentAt: submissions.sentAt })
      .from(submissions)
      .where(and(eq(submissions.agencyId, agencyId), inArray(submissions.entryId, entryIds), eq(submissions.status, 'submitted'))),
    tx
      .select()
      .from(candidateDocuments)
      .where(
        and(
          eq(candidateDocuments.agencyId, agencyId),
          or(chosenIds.length > 0 ? inArray(candidateDocuments.id, chosenIds) : undefined, and(inArray(candidateDocuments.candidateId, candidateIds), eq(candidateDocuments.isCurrentCv, true))),
        ),
      ),
  ]);
  const candidatesById = new Map(candidateRows.map((row) => [row.id, row]));
  const liveByEntry = new Map(liveRows.map((row) => [row.entryId, row]));
  const refusals: Refusal[] = [];
  const packaged: Packaged[] = [];
  for (const [index, { entry, documentId }] of items.entries()) {
    const candidate = candidatesById.get(entry.candidateId);
    if (!candidate) {
      throw new Error(`pipeline entry ${entry.id} lost its candidate`);
    }
    const name = candidateName(candidate);
    const live = liveByEntry.get(entry.id);
    if (live) {
      refusals.push({
        rule: 'submission.duplicate',
        path: options.pathOf(index, 'entryId'),
        message: `${name} was already submitted to this job on ${live.sentAt.toISOString().slice(0, 10)}: withdraw that submission to submit again`,
        conflict: true,
        related: { type: 'submission', id: live.id, label: `Submission of ${name}` },
      });
    }
    const document = documentId
      ? documentRows.find((row) => row.id === documentId && row.candidateId === candidate.id && row.kind === 'cv')
      : documentRows.find((row) => row.candidateId === candidate.id && row.isCurrentCv);
    if (documentId && !document) {
      refusals.push({ rule: 'submission.document', path: options.pathOf(index, 'documentId'), message: `The document is not a CV of ${name}` });
    } else if (!document && options.requireCv) {
      refusals.push({ rule: 'submission.cv_required', path: options.pathOf(index, 'documentId'), message: `${name} has no CV: upload one, or record the submission without sending it` });
    }
    packaged.push({ entry, candidate, document: document ?? null });
  }
  return { packaged, refusals };
}

/**
 * The contact the submission goes to: the one chosen or the job's hiring contact. It must work at the job's client;
 * sending needs one with an email.
 */
export async function submissionContact(tx: Executor, job: JobRow, contactId: string | undefined, send: boolean): Promise<ContactRow | null> {
  const id = contactId ?? job.contactId;
  if (!id) {
    if (!send) {
      return null;
    }
    throw new AppError('rule_violation', 'The job has no hiring contact: choose the contact to send the submission to', {
      rule: 'submission.contact_required',
      fields: [{ path: 'contactId', message: 'required: the job has no hiring contact' }],
    });
  }
  const [contact] = await tx.select().from(contacts).where(and(eq(contacts.agencyId, job.agencyId), eq(contacts.id, id)));
  if (!contact || contact.organizationId !== job.organizationId) {
    throw new AppError('rule_violation', 'The contact is not a contact of the job\'s client', {
      rule: 'submission.contact_not_client',
      fields: [{ path: 'contactId', message: 'not a contact of the job\'s client' }],
    });
  }
  if (send && contact.emails.length === 0) {
    throw new AppError('rule_violation', `${candidateName(contact)} has no email address to send the submission to`, {
      rule: 'submission.contact_no_email',
      fields: [{ path: 'contactId', message: 'the contact has no email address' }],
      related: [{ type: 'contact', id: contact.id, label: candidateName(contact) }],
    });
  }
  return contact;
}

/** The CV as the client receives it: named after the candidate, so several CVs in one mail stay apart. */
export function cvAttachment(candidate: CandidateRow, document: DocumentRow): MailAttachment {
  return { fileName: `${candidateName(candidate)} - ${document.fileName}`, mediaType: document.mediaType, storageKey: document.storageKey };
}

/** The sender's part of every submission mail: the agency and the recruiter sending it. */
export async function senderValues(tx: Executor, actor: StaffActor) {
  const [agency] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, actor.agencyId));
  return { agencyName: agency?.name ?? '', recruiterName: actor.name, recruiterEmail: actor.email };
}
