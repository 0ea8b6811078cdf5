import type { StaffActor } from '../../platform/auth/actor';
import { poolPolicy } from './policy';
import type { PoolRow, PoolView } from './queries';

export function poolAbilities(actor: StaffActor, pool: PoolRow) {
  return { update: poolPolicy.canUpdate(actor, pool), delete: poolPolicy.canDelete(actor, pool), manageMembers: poolPolicy.canManageMembers(actor, pool) };
}

/** A pool as lists and the record show it: who owns it, whether colleagues see it, how many candidates it holds. */
export function presentPool(actor: StaffActor, { pool, ownerName, memberCount }: PoolView) {
  return {
    id: pool.id,
    name: pool.name,
    description: pool.description,
    owner: { id: pool.ownerId, name: ownerName },
    shared: pool.shared,
    mine: pool.ownerId === actor.userId,
    memberCount,
    createdAt: pool.createdAt.toISOString(),
    updatedAt: pool.updatedAt.toISOString(),
    version: pool.version,
  };
}

export function presentPoolRecord(actor: StaffActor, view: PoolView) {
  return { data: presentPool(actor, view), abilities: poolAbilities(actor, view.pool) };
}
