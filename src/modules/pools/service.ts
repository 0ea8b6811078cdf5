import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { talentPoolMembers, talentPools } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { POOL_REFUSAL, poolPolicy } from './policy';
import { getVisiblePoolRow } from './queries';
import type { TCreatePoolBody, TUpdatePoolBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

/** Creates a pool owned by the caller (private unless shared). */
export async function createPool({ actor, tx, ...input }: CommandBase & TCreatePoolBody) {
  if (!poolPolicy.canCreate(actor)) {
    throw new AppError('forbidden', 'Only the front office keeps talent pools');
  }
  const [pool] = await tx
    .insert(talentPools)
    .values({ agencyId: actor.agencyId, ownerId: actor.userId, name: input.name, description: input.description ?? null, shared: input.shared })
    .returning();
  if (!pool) {
    throw new Error('talent pool insert returned no row');
  }
  await recordAudit(tx, actor, { entity: 'talent_pool', entityId: pool.id, action: 'create', after: pool });
  return pool;
}

/** Renames, redescribes, shares or unshares a pool (current version only). */
export async function updatePool({ actor, tx, id, version, ...changes }: CommandBase & TUpdatePoolBody & { id: string }) {
  const before = await getVisiblePoolRow(tx, actor, id, { forUpdate: true });
  if (!poolPolicy.canUpdate(actor, before)) {
    throw new AppError('forbidden', POOL_REFUSAL);
  }
  await assertCurrentVersion(tx, actor.agencyId, 'talent_pool', before, version);
  const [after] = await tx
    .update(talentPools)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(talentPools.agencyId, actor.agencyId), eq(talentPools.id, id)))
    .returning();
  if (!after) {
    throw new Error('talent pool update returned no row');
  }
  await recordAudit(tx, actor, { entity: 'talent_pool', entityId: id, action: 'update', before, after });
  return after;
}

/** Deletes a pool and its memberships (the candidates stay); the audit keeps who was in it. */
export async function deletePool({ actor, tx, id }: CommandBase & { id: string }) {
  const before = await getVisiblePoolRow(tx, actor, id, { forUpdate: true });
  if (!poolPolicy.canDelete(actor, before)) {
    throw new AppError('forbidden', POOL_REFUSAL);
  }
  const members = await tx
    .delete(talentPoolMembers)
    .where(and(eq(talentPoolMembers.agencyId, actor.agencyId), eq(talentPoolMembers.poolId, id)))
    .returning({ candidateId: talentPoolMembers.candidateId });
  await tx.delete(talentPools).where(and(eq(talentPools.agencyId, actor.agencyId), eq(talentPools.id, id)));
  await recordAudit(tx, actor, { entity: 'talent_pool', entityId: id, action: 'delete', before: { ...before, candidateIds: members.map((member) => member.candidateId) } });
}

/** The pool the caller may fill or empty, locked so a delete cannot race the change. */
export async function lockPoolForMembers(tx: Executor, actor: StaffActor, poolId: string) {
  const pool = await getVisiblePoolRow(tx, actor, poolId, { forUpdate: true });
  if (!poolPolicy.canManageMembers(actor, pool)) {
    throw new AppError('forbidden', 'Only the front office adds candidates to pools or removes them');
  }
  return pool;
}
