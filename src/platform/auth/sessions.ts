import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { sessions, users } from '../../db/schema';
import { now } from '../clock';
import { randomToken, sha256 } from '../crypto';
import { getSetting } from '../settings';
import type { SessionActor } from './actor';

export const SESSION_COOKIE = 'fillrate_session';
// Touching a session on every request would write on every read; once a few minutes is enough for idle expiry.
const TOUCH_AFTER_MS = 5 * 60 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** Starts a session for a user; returns the secret token for the cookie and the CSRF token for the page. */
export async function createSession(tx: Executor, user: { agencyId: string; id: string }, userAgent: string | undefined) {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const idleDays = await getSetting(tx, user.agencyId, 'users.sessionIdleDays');
  const [session] = await tx
    .insert(sessions)
    .values({
      agencyId: user.agencyId,
      userId: user.id,
      tokenHash: sha256(token),
      csrfToken,
      expiresAt: new Date(now().getTime() + idleDays * DAY_MS),
      userAgent: userAgent?.slice(0, 300) ?? null,
    })
    .returning({ id: sessions.id });
  if (!session) {
    throw new Error('session insert returned no row');
  }
  return { token, csrfToken, sessionId: session.id };
}

/** The signed-in actor behind a session token, if the session is live and its user active. */
export async function actorForSessionToken(tx: Executor, token: string, requestId: string): Promise<SessionActor | undefined> {
  const current = now();
  const [row] = await tx
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      agencyId: users.agencyId,
      userId: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.agencyId, sessions.agencyId), eq(users.id, sessions.userId)))
    .where(and(eq(sessions.tokenHash, sha256(token)), isNull(sessions.revokedAt), gt(sessions.expiresAt, current), eq(users.status, 'active')));
  if (!row) {
    return undefined;
  }
  if (current.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    const idleDays = await getSetting(tx, row.agencyId, 'users.sessionIdleDays');
    await tx
      .update(sessions)
      .set({ lastSeenAt: current, expiresAt: new Date(current.getTime() + idleDays * DAY_MS) })
      .where(and(eq(sessions.agencyId, row.agencyId), eq(sessions.id, row.sessionId)));
  }
  const { lastSeenAt: _lastSeenAt, ...actor } = row;
  return { type: 'user', ...actor, requestId };
}

export async function revokeSession(tx: Executor, agencyId: string, sessionId: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now() })
    .where(and(eq(sessions.agencyId, agencyId), eq(sessions.id, sessionId)));
}

/** Ends every session of a user (deactivation, password change), in one statement. */
export async function revokeUserSessions(tx: Executor, agencyId: string, userId: string, exceptSessionId?: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now() })
    .where(
      and(
        eq(sessions.agencyId, agencyId),
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined,
      ),
    );
}
