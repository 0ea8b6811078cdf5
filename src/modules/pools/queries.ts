import { type SQL, and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { talentPoolMembers, talentPools, users } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { notFound } from '../../platform/errors';
import { afterCursorAsc, toPage } from '../../platform/pagination';
import { type FindOptions, findTenantRow } from '../../platform/records';
import { getCandidateRow } from '../candidates/queries';
import { poolPolicy } from './policy';
import type { TListPoolsQuery } from './schema';

export type PoolRow = typeof talentPools.$inferSelect;
export type PoolView = { pool: PoolRow; ownerName: string; memberCount: number };

const lowerName = sql<string>`lower(${talentPools.name})`;
/** Counted per pool inside the same statement, on the members' primary key. */
const memberCount = sql<number>`(SELECT count(*) FROM ${talentPoolMembers} WHERE ${talentPoolMembers.agencyId} = ${talentPools.agencyId} AND ${talentPoolMembers.poolId} = ${talentPools.id})`.mapWith(Number);

/** Pools the actor can see: their own and every shared one. */
const visibleTo = (actor: StaffActor): SQL | undefined => and(eq(talentPools.agencyId, actor.agencyId), or(eq(talentPools.ownerId, actor.userId), eq(talentPools.shared, true)));

function selectPools(tx: Executor) {
  return tx
    .select({ pool: talentPools, ownerName: users.name, memberCount })
    .from(talentPools)
    .innerJoin(users, and(eq(users.agencyId, talentPools.agencyId), eq(users.id, talentPools.ownerId)));
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The caller's pools and the shared ones, by name, with their member counts, in one query per page. */
export async function listPools(tx: Executor, actor: StaffActor, query: TListPoolsQuery) {
  const rows = await selectPools(tx)
    .where(and(visibleTo(actor), query.q ? sql`${lowerName} LIKE ${`%${escapeLike(query.q)}%`}` : undefined, afterCursorAsc(lowerName, talentPools.id, query.cursor)))
    .orderBy(asc(lowerName), asc(talentPools.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => [row.pool.name.toLowerCase(), row.pool.id]);
}

export const getPoolRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, talentPools, agencyId, id, 'Talent pool', options);

/** A private pool of someone else is as unknown as a missing one. */
export async function getVisiblePoolRow(tx: Executor, actor: StaffActor, id: string, options?: FindOptions): Promise<PoolRow> {
  const pool = await getPoolRow(tx, actor.agencyId, id, options);
  if (!poolPolicy.canSee(actor, pool)) {
    throw notFound('Talent pool');
  }
  return pool;
}

/** One pool the actor can see, with its owner's name and member count. */
export async function getPoolView(tx: Executor, actor: StaffActor, id: string): Promise<PoolView> {
  const [view] = await selectPools(tx).where(and(visibleTo(actor), eq(talentPools.id, id)));
  if (!view) {
    throw notFound('Talent pool');
  }
  return view;
}

/** The pools a candidate is in that the actor can see, by name (served by talent_pool_members_candidate_idx). */
export async function listCandidatePools(tx: Executor, actor: StaffActor, candidateId: string): Promise<PoolView[]> {
  await getCandidateRow(tx, actor.agencyId, candidateId);
  const poolIds = tx
    .select({ poolId: talentPoolMembers.poolId })
    .from(talentPoolMembers)
    .where(and(eq(talentPoolMembers.agencyId, actor.agencyId), eq(talentPoolMembers.candidateId, candidateId)));
  return selectPools(tx)
    .where(and(visibleTo(actor), inArray(talentPools.id, poolIds)))
    .orderBy(asc(lowerName), asc(talentPools.id));
}
