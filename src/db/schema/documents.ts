import { sql } from 'drizzle-orm';
import { bigint, boolean, foreignKey, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DOCUMENT_KINDS, EXTRACTION_STATUSES } from '../../shared/documents';
import { candidates } from './candidates';
import { editableColumns, tenantColumns, tsvector } from './columns';
import { users } from './users';

/**
 * Files kept for a candidate (CVs, cover letters, others). The bytes live under `<dataDir>/files/<agency>/<sha256>`
 * (`storage_key`), so the same file uploaded twice is stored once. Every CV stays as a version; one per candidate
 * is current (partial unique index).
 */
export const candidateDocuments = pgTable(
  'candidate_documents',
  {
    ...tenantColumns(),
    ...editableColumns(),
    candidateId: uuid('candidate_id').notNull(),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    isCurrentCv: boolean('is_current_cv').notNull().default(false),
    /** Text extracted by the `documents.extract` job, for reading and search. */
    text: text('text'),
    /** The text's words, kept by PostgreSQL: a CV search tests stored words instead of parsing kilobytes of text per row. */
    textSearch: tsvector('text_search').generatedAlwaysAs(sql`to_tsvector('simple', coalesce(text, ''))`),
    extractionStatus: text('extraction_status', { enum: EXTRACTION_STATUSES }).notNull().default('pending'),
    uploadedBy: uuid('uploaded_by'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'candidate_documents_candidate_fk' }),
    foreignKey({ columns: [t.agencyId, t.uploadedBy], foreignColumns: [users.agencyId, users.id], name: 'candidate_documents_uploaded_by_fk' }),
    index('candidate_documents_candidate_idx').on(t.agencyId, t.candidateId, t.createdAt, t.id),
    uniqueIndex('candidate_documents_current_cv_idx').on(t.agencyId, t.candidateId).where(sql`${t.isCurrentCv}`),
    // CV text search on request (candidate search with cv=true) reads current CVs through this index.
    index('candidate_documents_cv_text_idx').using('gin', t.textSearch).where(sql`${t.isCurrentCv}`),
  ],
);
