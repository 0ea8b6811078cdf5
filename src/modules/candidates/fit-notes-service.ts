import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidateFitNotes } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { type RecordRef, requireRecords } from '../activities/record-links';
import { FIT_NOTE_REFUSAL, candidatePolicy } from './policy';
import { getCandidateRow, getFitNoteRow } from './queries';
import type { TCreateFitNoteBody, TUpdateFitNoteBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

/** The client and job a note is about must be the agency's (422 naming the field). */
async function assertTargets(tx: Executor, agencyId: string, input: { organizationId?: string | null; jobId?: string | null }) {
  const refs: { ref: RecordRef; path: string }[] = [];
  if (input.organizationId) {
    refs.push({ ref: { type: 'organization', id: input.organizationId }, path: 'organizationId' });
  }
  if (input.jobId) {
    refs.push({ ref: { type: 'job', id: input.jobId }, path: 'jobId' });
  }
  if (refs.length > 0) {
    await requireRecords(tx, agencyId, refs);
  }
}

/** Writes a fit or future-fit note about the candidate, optionally tied to a client, a job or a role title. */
export async function createFitNote({ actor, tx, candidateId, ...input }: CommandBase & TCreateFitNoteBody & { candidateId: string }) {
  await getCandidateRow(tx, actor.agencyId, candidateId);
  await assertTargets(tx, actor.agencyId, input);
  const [note] = await tx
    .insert(candidateFitNotes)
    .values({ ...input, agencyId: actor.agencyId, candidateId, authorId: actor.userId })
    .returning();
  if (!note) {
    throw new Error('fit note insert returned no row');
  }
  await recordAudit(tx, actor, { entity: 'candidate_fit_note', entityId: note.id, action: 'create', after: note });
  return note;
}

/** Rewords or re-ties a fit note: its author, a manager or an admin, on the current version. */
export async function updateFitNote({ actor, tx, fitNoteId, version, ...changes }: CommandBase & TUpdateFitNoteBody & { fitNoteId: string }) {
  const before = await getFitNoteRow(tx, actor.agencyId, fitNoteId, { forUpdate: true });
  if (!candidatePolicy.canUpdateFitNote(actor, before)) {
    throw new AppError('forbidden', FIT_NOTE_REFUSAL);
  }
  await assertCurrentVersion(tx, actor.agencyId, 'candidate_fit_note', before, version);
  await assertTargets(tx, actor.agencyId, changes);
  const [after] = await tx
    .update(candidateFitNotes)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(candidateFitNotes.agencyId, actor.agencyId), eq(candidateFitNotes.id, fitNoteId)))
    .returning();
  if (!after) {
    throw new Error('fit note update returned no row');
  }
  await recordAudit(tx, actor, { entity: 'candidate_fit_note', entityId: fitNoteId, action: 'update', before, after });
  return after;
}
