import type { StaffActor } from '../../platform/auth/actor';
import type { users } from '../../db/schema';
import { userPolicy } from './policy';

type UserRow = typeof users.$inferSelect;

export function presentUser(user: UserRow) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    timeZone: user.timeZone,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
  };
}

export function userAbilities(actor: StaffActor, user: UserRow) {
  return {
    update: userPolicy.canUpdate(actor, user),
    deactivate: userPolicy.canDeactivate(actor, user),
    reactivate: userPolicy.canReactivate(actor, user),
    resendInvitation: userPolicy.canResendInvitation(actor, user),
  };
}

export function presentUserRecord(actor: StaffActor, user: UserRow) {
  return { data: presentUser(user), abilities: userAbilities(actor, user) };
}
