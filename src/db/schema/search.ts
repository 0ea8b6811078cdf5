import { foreignKey, index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { candidates } from './candidates';
import { tsvector } from './columns';

/**
 * The narrow keyword-search table (ARCHITECTURE.md, "Search design"): one weighted tsvector per candidate over names
 * (A), current title and role interests (B), skills (B), work history, tags and location (C), 'simple' configuration,
 * no CV text. Rewritten in the same transaction as every candidate write by `refreshCandidateSearch`.
 */
export const candidateSearch = pgTable(
  'candidate_search',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    candidateId: uuid('candidate_id').notNull(),
    document: tsvector('document').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.candidateId] }),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'candidate_search_candidate_fk' }).onDelete('cascade'),
    index('candidate_search_document_idx').using('gin', t.document),
  ],
);
