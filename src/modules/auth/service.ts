import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agencies, userInvitations, users } from '../../db/schema';
import { type SessionActor, systemActor } from '../../platform/auth/actor';
import { createSession, revokeUserSessions } from '../../platform/auth/sessions';
import { recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { hashPassword, sha256, verifyPassword } from '../../platform/crypto';
import { AppError, notFound } from '../../platform/errors';
import { getSetting } from '../../platform/settings';
import { assertLoginAllowed, recordLoginFailure } from './login-limit';

type UserRow = typeof users.$inferSelect;

/** The signed-in user as the web app needs it: with the agency and the time zones to format dates in. */
export async function describeUser(tx: Executor, user: UserRow) {
  const [agency] = await tx.select().from(agencies).where(eq(agencies.id, user.agencyId));
  if (!agency) {
    throw notFound('Agency');
  }
  const timeZone = await getSetting(tx, user.agencyId, 'agency.timeZone');
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    timeZone: user.timeZone,
    agency: { id: agency.id, name: agency.name, slug: agency.slug, timeZone },
  };
}

type LoginInput = { tx: Executor; email: string; password: string; ip: string; userAgent: string | undefined };

/** Checks the password and opens a session. Wrong email and wrong password answer alike. */
export async function login({ tx, email, password, ip, userAgent }: LoginInput) {
  await assertLoginAllowed(tx, email, ip);
  // Matches the unique index on lower(email), so a sign-in is an index lookup, not a scan of every user.
  const [user] = await tx.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  const isValid = user?.passwordHash && user.status === 'active' ? await verifyPassword(password, user.passwordHash) : false;
  if (!user || !isValid) {
    await recordLoginFailure(tx, email, ip);
    return undefined;
  }
  const session = await createSession(tx, user, userAgent);
  await tx
    .update(users)
    .set({ lastLoginAt: now() })
    .where(and(eq(users.agencyId, user.agencyId), eq(users.id, user.id)));
  return { user, ...session };
}

/** Changes the signed-in user's password and signs out their other sessions. */
export async function changePassword({ actor, tx, currentPassword, newPassword }: { actor: SessionActor; tx: Executor; currentPassword: string; newPassword: string }) {
  const [user] = await tx
    .select()
    .from(users)
    .where(and(eq(users.agencyId, actor.agencyId), eq(users.id, actor.userId)))
    .for('update');
  if (!user?.passwordHash || !(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new AppError('validation', 'currentPassword: not your current password', { fields: [{ path: 'currentPassword', message: 'not your current password' }] });
  }
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(newPassword), version: user.version + 1 })
    .where(and(eq(users.agencyId, actor.agencyId), eq(users.id, actor.userId)));
  await revokeUserSessions(tx, actor.agencyId, actor.userId, actor.sessionId);
  await recordAudit(tx, actor, { entity: 'user', entityId: actor.userId, action: 'change password' });
}

async function liveInvitation(tx: Executor, token: string) {
  const [row] = await tx
    .select({ invitation: userInvitations, user: users, agencyName: agencies.name })
    .from(userInvitations)
    .innerJoin(users, and(eq(users.agencyId, userInvitations.agencyId), eq(users.id, userInvitations.userId)))
    .innerJoin(agencies, eq(agencies.id, userInvitations.agencyId))
    .where(and(eq(userInvitations.tokenHash, sha256(token)), isNull(userInvitations.usedAt), gt(userInvitations.expiresAt, now()), eq(users.status, 'invited')));
  if (!row) {
    throw new AppError('not_found', 'This invitation link is not valid: it was used already, replaced by a newer one, or has expired');
  }
  return row;
}

export async function describeInvitation(tx: Executor, token: string) {
  const { invitation, user, agencyName } = await liveInvitation(tx, token);
  return { email: user.email, name: user.name, agencyName, expiresAt: invitation.expiresAt.toISOString() };
}

/** Uses an invitation once: sets the password, activates the user and signs them in. */
export async function acceptInvitation({ tx, token, password, name, userAgent }: { tx: Executor; token: string; password: string; name?: string; userAgent: string | undefined }) {
  const { invitation, user } = await liveInvitation(tx, token);
  const [used] = await tx
    .update(userInvitations)
    .set({ usedAt: now() })
    .where(and(eq(userInvitations.agencyId, invitation.agencyId), eq(userInvitations.id, invitation.id), isNull(userInvitations.usedAt)))
    .returning({ id: userInvitations.id });
  if (!used) {
    throw new AppError('conflict', 'This invitation was just used');
  }
  const [after] = await tx
    .update(users)
    .set({ status: 'active', passwordHash: await hashPassword(password), name: name ?? user.name, version: user.version + 1, lastLoginAt: now() })
    .where(and(eq(users.agencyId, user.agencyId), eq(users.id, user.id)))
    .returning();
  if (!after) {
    throw new Error('user update returned no row');
  }
  await recordAudit(tx, systemActor(user.agencyId, after.name), { entity: 'user', entityId: user.id, action: 'accept invitation', before: user, after });
  const session = await createSession(tx, after, userAgent);
  return { user: after, ...session };
}
