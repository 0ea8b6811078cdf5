import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { candidates } from './candidates';
import { editableColumns, instant, tenantColumns } from './columns';
import { users } from './users';

/** A named hotlist of candidates ("Forklift drivers — Felixstowe"): its owner's alone, or shared with the agency. */
export const talentPools = pgTable(
  'talent_pools',
  {
    ...tenantColumns(),
    ...editableColumns(),
    name: text('name').notNull(),
    description: text('description'),
    ownerId: uuid('owner_id').notNull(),
    /** A private pool is visible to its owner only; a shared one to every colleague. */
    shared: boolean('shared').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.ownerId], foreignColumns: [users.agencyId, users.id], name: 'talent_pools_owner_fk' }),
    index('talent_pools_owner_idx').on(t.agencyId, t.ownerId),
    // The pool list: mine and shared ones, by name (keyset on lower(name), id).
    index('talent_pools_name_idx').on(t.agencyId, sql`lower(${t.name})`, t.id),
  ],
);

/** A candidate in a pool, once: who added them and when. */
export const talentPoolMembers = pgTable(
  'talent_pool_members',
  {
    agencyId: uuid('agency_id').notNull(),
    poolId: uuid('pool_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    addedBy: uuid('added_by'),
    addedAt: instant('added_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.poolId, t.candidateId] }),
    foreignKey({ columns: [t.agencyId, t.poolId], foreignColumns: [talentPools.agencyId, talentPools.id], name: 'talent_pool_members_pool_fk' }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'talent_pool_members_candidate_fk' }),
    foreignKey({ columns: [t.agencyId, t.addedBy], foreignColumns: [users.agencyId, users.id], name: 'talent_pool_members_added_by_fk' }),
    // "Which pools is this candidate in" (the candidate page, and a merge moving memberships).
    index('talent_pool_members_candidate_idx').on(t.agencyId, t.candidateId),
    index('talent_pool_members_added_by_idx').on(t.agencyId, t.addedBy),
  ],
);
