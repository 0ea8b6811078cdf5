import type { StaffActor } from '../../platform/auth/actor';
import { documentPolicy } from './policy';
import type { DocumentRow, DocumentView } from './queries';

export function documentAbilities(actor: StaffActor, document: DocumentRow) {
  return { makeCurrent: documentPolicy.canMakeCurrent(actor, document), delete: documentPolicy.canDelete(actor) };
}

/** A document as the candidate page lists it; the bytes are fetched from `downloadUrl`, never inlined. */
export function presentDocument(actor: StaffActor, { document, uploaderName }: DocumentView) {
  return {
    id: document.id,
    candidateId: document.candidateId,
    kind: document.kind,
    fileName: document.fileName,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    isCurrentCv: document.isCurrentCv,
    extractionStatus: document.extractionStatus,
    text: document.text,
    uploadedBy: document.uploadedBy ? { id: document.uploadedBy, name: uploaderName ?? '' } : null,
    downloadUrl: `/api/documents/${document.id}/download`,
    createdAt: document.createdAt.toISOString(),
    version: document.version,
    abilities: documentAbilities(actor, document),
  };
}

export function presentDocumentRecord(actor: StaffActor, view: DocumentView) {
  return { data: presentDocument(actor, view), abilities: documentAbilities(actor, view.document) };
}
