import { aliasedTable, and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidateDocuments, users } from '../../db/schema';
import { type FindOptions, findTenantRow } from '../../platform/records';

export type DocumentRow = typeof candidateDocuments.$inferSelect;
export type DocumentView = { document: DocumentRow; uploaderName: string | null };

export const getDocumentRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions): Promise<DocumentRow> =>
  findTenantRow(tx, candidateDocuments, agencyId, id, 'Document', options);

const uploaders = aliasedTable(users, 'uploaders');

function selectViews(tx: Executor) {
  return tx
    .select({ document: candidateDocuments, uploaderName: uploaders.name })
    .from(candidateDocuments)
    .leftJoin(uploaders, and(eq(uploaders.agencyId, candidateDocuments.agencyId), eq(uploaders.id, candidateDocuments.uploadedBy)));
}

/** A candidate's documents, newest first (served by candidate_documents_candidate_idx). */
export function listCandidateDocuments(tx: Executor, agencyId: string, candidateId: string): Promise<DocumentView[]> {
  return selectViews(tx)
    .where(and(eq(candidateDocuments.agencyId, agencyId), eq(candidateDocuments.candidateId, candidateId)))
    .orderBy(desc(candidateDocuments.createdAt), desc(candidateDocuments.id));
}

export async function getDocumentView(tx: Executor, agencyId: string, id: string): Promise<DocumentView> {
  await getDocumentRow(tx, agencyId, id);
  const [view] = await selectViews(tx).where(and(eq(candidateDocuments.agencyId, agencyId), eq(candidateDocuments.id, id)));
  if (!view) {
    throw new Error('document vanished');
  }
  return view;
}
