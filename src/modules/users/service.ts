import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agencies, userInvitations, users } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { revokeUserSessions } from '../../platform/auth/sessions';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { randomToken, sha256 } from '../../platform/crypto';
import { AppError } from '../../platform/errors';
import type { JobQueue } from '../../platform/jobs/queue';
import { queueMail } from '../../platform/mail';
import { getSetting } from '../../platform/settings';
import { ROLE_LABELS } from '../../shared/roles';
import { createUser } from '../agencies/service';
import { userPolicy } from './policy';
import { countActiveAdmins, getUser } from './queries';
import type { TInviteUserBody, TUpdateUserBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };
type MailingCommand = CommandBase & { jobs: JobQueue; baseUrl: string };

type UserRow = typeof users.$inferSelect;

/** Creates an invited user and mails them a single-use link to choose a password. */
export async function inviteUser({ actor, tx, jobs, baseUrl, ...input }: MailingCommand & TInviteUserBody) {
  const user = await createUser({ tx, agencyId: actor.agencyId, email: input.email, name: input.name, role: input.role });
  await sendInvitation({ actor, tx, jobs, baseUrl, user });
  return user;
}

/** A fresh invitation for a user still invited; earlier links stop working. */
export async function resendInvitation({ actor, tx, jobs, baseUrl, userId }: MailingCommand & { userId: string }) {
  const user = await getUser(tx, actor.agencyId, userId, { forUpdate: true });
  if (!userPolicy.canResendInvitation(actor, user)) {
    throw new AppError('rule_violation', 'Only a user who has not accepted their invitation can be sent a new one');
  }
  await sendInvitation({ actor, tx, jobs, baseUrl, user });
  return user;
}

async function sendInvitation({ actor, tx, jobs, baseUrl, user }: MailingCommand & { user: UserRow }) {
  await tx
    .update(userInvitations)
    .set({ usedAt: now() })
    .where(and(eq(userInvitations.agencyId, actor.agencyId), eq(userInvitations.userId, user.id), isNull(userInvitations.usedAt)));
  const token = randomToken();
  const validDays = await getSetting(tx, actor.agencyId, 'users.invitationValidDays');
  const expiresAt = new Date(now().getTime() + validDays * 24 * 3600 * 1000);
  const [invitation] = await tx
    .insert(userInvitations)
    .values({ agencyId: actor.agencyId, userId: user.id, invitedBy: actor.userId, tokenHash: sha256(token), expiresAt })
    .returning({ id: userInvitations.id });
  const [agency] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, actor.agencyId));
  const timeZone = await getSetting(tx, actor.agencyId, 'agency.timeZone');
  await queueMail({
    tx,
    jobs,
    agencyId: actor.agencyId,
    to: user.email,
    template: 'user.invitation',
    values: {
      agencyName: agency?.name ?? '',
      inviteeName: user.name,
      inviterName: actor.name,
      role: ROLE_LABELS[user.role],
      link: `${baseUrl}/invitations/${token}`,
      expiresOn: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(expiresAt),
    },
  });
  await recordAudit(tx, actor, { entity: 'user', entityId: user.id, action: 'invite', after: { invitationId: invitation?.id, email: user.email, expiresAt } });
}

/** Renames a user or changes their role; the agency always keeps one active admin. */
export async function updateUser({ actor, tx, userId, version, ...changes }: CommandBase & TUpdateUserBody & { userId: string }) {
  const before = await getUser(tx, actor.agencyId, userId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'user', before, version);
  if (!userPolicy.canUpdate(actor, before)) {
    throw new AppError('rule_violation', 'A deactivated user cannot be changed; reactivate them first');
  }
  if (changes.role && changes.role !== 'admin' && before.role === 'admin' && before.status === 'active' && (await countActiveAdmins(tx, actor.agencyId)) <= 1) {
    throw new AppError('rule_violation', 'role: the agency needs at least one active admin', { fields: [{ path: 'role', message: 'the agency needs at least one active admin' }] });
  }
  const [after] = await tx
    .update(users)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(users.agencyId, actor.agencyId), eq(users.id, userId)))
    .returning();
  if (!after) {
    throw new Error('user update returned no row');
  }
  await recordAudit(tx, actor, { entity: 'user', entityId: userId, action: 'update', before, after });
  return after;
}

/** Deactivation blocks sign-in and ends every session and API key use of the user at once. */
export async function deactivateUser({ actor, tx, userId }: CommandBase & { userId: string }) {
  const before = await getUser(tx, actor.agencyId, userId, { forUpdate: true });
  if (!userPolicy.canDeactivate(actor, before)) {
    throw new AppError('rule_violation', before.id === actor.userId ? 'You cannot deactivate yourself' : 'This user is already deactivated');
  }
  return setStatus({ actor, tx, before, status: 'deactivated', action: 'deactivate' });
}

export async function reactivateUser({ actor, tx, userId }: CommandBase & { userId: string }) {
  const before = await getUser(tx, actor.agencyId, userId, { forUpdate: true });
  if (!userPolicy.canReactivate(actor, before)) {
    throw new AppError('rule_violation', 'Only a deactivated user can be reactivated');
  }
  return setStatus({ actor, tx, before, status: before.passwordHash ? 'active' : 'invited', action: 'reactivate' });
}

async function setStatus({ actor, tx, before, status, action }: CommandBase & { before: UserRow; status: UserRow['status']; action: string }) {
  const [after] = await tx
    .update(users)
    .set({ status, version: before.version + 1 })
    .where(and(eq(users.agencyId, actor.agencyId), eq(users.id, before.id)))
    .returning();
  if (!after) {
    throw new Error('user update returned no row');
  }
  if (status === 'deactivated') {
    await revokeUserSessions(tx, actor.agencyId, before.id);
  }
  await recordAudit(tx, actor, { entity: 'user', entityId: before.id, action, before, after });
  return after;
}
