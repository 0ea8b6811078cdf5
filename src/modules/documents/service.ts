import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidateDocuments } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { JobQueue } from '../../platform/jobs/queue';
import type { DocumentKind } from '../../shared/documents';
import { getCandidateRow } from '../candidates/queries';
import { documentPolicy } from './policy';
import { type DocumentRow, getDocumentRow } from './queries';

type CommandBase = { actor: StaffActor; tx: Executor };

export type StoredUpload = { kind: DocumentKind; fileName: string; mediaType: string; sizeBytes: number; sha256: string; storageKey: string };

export function assertMayUpload(actor: StaffActor): void {
  if (!documentPolicy.canUpload(actor)) {
    throw new AppError('forbidden', 'Only the front office uploads candidate documents');
  }
}

/** Clears the candidate's current CV (kept as a version), so another can become current. */
async function clearCurrentCv(tx: Executor, agencyId: string, candidateId: string): Promise<void> {
  await tx
    .update(candidateDocuments)
    .set({ isCurrentCv: false })
    .where(and(eq(candidateDocuments.agencyId, agencyId), eq(candidateDocuments.candidateId, candidateId), eq(candidateDocuments.isCurrentCv, true)));
}

/** Records an uploaded (already stored) file for a candidate; a new CV becomes current; queues its text extraction. */
export async function addCandidateDocument({ actor, tx, jobs, candidateId, upload }: CommandBase & { jobs: JobQueue; candidateId: string; upload: StoredUpload }): Promise<DocumentRow> {
  assertMayUpload(actor);
  // Locking the candidate serializes two CV uploads, so exactly one ends up current.
  await getCandidateRow(tx, actor.agencyId, candidateId, { forUpdate: true });
  const isCv = upload.kind === 'cv';
  if (isCv) {
    await clearCurrentCv(tx, actor.agencyId, candidateId);
  }
  const [document] = await tx
    .insert(candidateDocuments)
    .values({ agencyId: actor.agencyId, candidateId, ...upload, isCurrentCv: isCv, uploadedBy: actor.type === 'user' ? actor.userId : null })
    .returning();
  if (!document) {
    throw new Error('document insert returned no row');
  }
  await recordAudit(tx, actor, { entity: 'candidate_document', entityId: document.id, action: 'create', after: { ...document, text: undefined } });
  await jobs.send(tx, 'documents.extract', { agencyId: actor.agencyId, documentId: document.id });
  return document;
}

/** Makes an older CV version the candidate's current CV. */
export async function makeCurrentCv({ actor, tx, id }: CommandBase & { id: string }): Promise<void> {
  const before = await getDocumentRow(tx, actor.agencyId, id, { forUpdate: true });
  await getCandidateRow(tx, actor.agencyId, before.candidateId, { forUpdate: true });
  if (before.kind !== 'cv') {
    throw new AppError('rule_violation', 'Only a CV can be the current CV');
  }
  if (before.isCurrentCv) {
    return;
  }
  if (!documentPolicy.canMakeCurrent(actor, before)) {
    throw new AppError('forbidden', 'Only the front office chooses the current CV');
  }
  await clearCurrentCv(tx, actor.agencyId, before.candidateId);
  await tx
    .update(candidateDocuments)
    .set({ isCurrentCv: true, version: before.version + 1 })
    .where(and(eq(candidateDocuments.agencyId, actor.agencyId), eq(candidateDocuments.id, id)));
  await recordAudit(tx, actor, { entity: 'candidate_document', entityId: id, action: 'make_current', before: { isCurrentCv: false }, after: { isCurrentCv: true } });
}

/** Deletes a document's row; the stored bytes stay (another row may share them, and backups expect them). */
export async function deleteCandidateDocument({ actor, tx, id }: CommandBase & { id: string }): Promise<void> {
  const before = await getDocumentRow(tx, actor.agencyId, id, { forUpdate: true });
  if (!documentPolicy.canDelete(actor)) {
    throw new AppError('forbidden', 'Only the front office deletes candidate documents');
  }
  await tx.delete(candidateDocuments).where(and(eq(candidateDocuments.agencyId, actor.agencyId), eq(candidateDocuments.id, id)));
  await recordAudit(tx, actor, { entity: 'candidate_document', entityId: id, action: 'delete', before: { ...before, text: undefined } });
}
