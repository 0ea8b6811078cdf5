import { aliasedTable, and, desc, eq, sql } from 'drizzle-orm';
import { type Executor, resultRows } from '../../db/client';
import { candidateDocuments, candidates, users } from '../../db/schema';
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

/** How many of the agency's skill names a CV is matched against, most used first. */
export const COMMON_SKILLS_LIMIT = 1000;

/** The agency's most used skill names (lower case, as `candidates.skill_names` keeps them), in one query. */
export async function commonSkillNames(tx: Executor, agencyId: string): Promise<string[]> {
  const result = await tx.execute(sql`
    select name from ${candidates}, unnest(${candidates.skillNames}) as skill(name)
    where ${candidates.agencyId} = ${agencyId}
    group by name order by count(*) desc, name limit ${COMMON_SKILLS_LIMIT}`);
  return resultRows<{ name: string }>(result).map((row) => row.name);
}
