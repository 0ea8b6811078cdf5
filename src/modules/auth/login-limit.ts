import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { loginFailures } from '../../db/schema';
import { now } from '../../platform/clock';
import { AppError } from '../../platform/errors';

const MAX_FAILURES = 5;
const WINDOW_MS = 60 * 1000;

/**
 * Refuses a login once an email has failed 5 times in a minute from one address. Counted in the database,
 * so it holds across every copy of the server.
 */
export async function assertLoginAllowed(tx: Executor, email: string, ip: string): Promise<void> {
  const since = new Date(now().getTime() - WINDOW_MS);
  const [row] = await tx
    .select({ failures: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.email, email), eq(loginFailures.ip, ip), gt(loginFailures.at, since)));
  if ((row?.failures ?? 0) >= MAX_FAILURES) {
    throw new AppError('rate_limited', 'Too many failed sign-ins for this email; wait a minute and try again');
  }
}

export async function recordLoginFailure(tx: Executor, email: string, ip: string): Promise<void> {
  const at = now();
  await tx.insert(loginFailures).values({ email, ip, at });
  // Old failures only matter for a minute; trimming here keeps the table small without a scheduled job.
  await tx.delete(loginFailures).where(and(eq(loginFailures.email, email), lt(loginFailures.at, new Date(at.getTime() - 10 * WINDOW_MS))));
}
