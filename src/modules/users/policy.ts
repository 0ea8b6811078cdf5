import type { StaffActor } from '../../platform/auth/actor';

type UserLike = { id: string; status: 'invited' | 'active' | 'deactivated' };

const isAdmin = (actor: StaffActor): boolean => actor.role === 'admin';
const isSelf = (actor: StaffActor, user: UserLike): boolean => actor.userId === user.id;

/** Admins manage users; nobody deactivates themselves (so an agency never locks itself out by accident). */
export const userPolicy = {
  canUpdate: (actor: StaffActor, user: UserLike) => isAdmin(actor) && user.status !== 'deactivated',
  canDeactivate: (actor: StaffActor, user: UserLike) => isAdmin(actor) && !isSelf(actor, user) && user.status !== 'deactivated',
  canReactivate: (actor: StaffActor, user: UserLike) => isAdmin(actor) && user.status === 'deactivated',
  canResendInvitation: (actor: StaffActor, user: UserLike) => isAdmin(actor) && user.status === 'invited',
};
