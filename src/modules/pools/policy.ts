import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';

type PoolLike = { ownerId: string; shared: boolean };

const isFrontOffice = (actor: StaffActor): boolean => ROLE_SETS.frontOffice.some((role) => role === actor.role);
const isLead = (actor: StaffActor): boolean => actor.role === 'admin' || actor.role === 'manager';
const isOwner = (actor: StaffActor, pool: PoolLike): boolean => pool.ownerId === actor.userId;
const canSee = (actor: StaffActor, pool: PoolLike): boolean => pool.shared || isOwner(actor, pool);

/**
 * A private pool is its owner's alone (to anyone else it does not exist); a shared one is the team's hotlist, which
 * any front-office colleague may fill, while its name, sharing and existence stay with the owner, a manager or an admin.
 */
export const poolPolicy = {
  canSee,
  canCreate: (actor: StaffActor) => isFrontOffice(actor),
  canUpdate: (actor: StaffActor, pool: PoolLike) => isFrontOffice(actor) && canSee(actor, pool) && (isOwner(actor, pool) || isLead(actor)),
  canDelete: (actor: StaffActor, pool: PoolLike) => isFrontOffice(actor) && canSee(actor, pool) && (isOwner(actor, pool) || isLead(actor)),
  canManageMembers: (actor: StaffActor, pool: PoolLike) => isFrontOffice(actor) && canSee(actor, pool),
};

export const POOL_REFUSAL = 'Only the owner of a pool, a manager or an admin may change or delete it';
