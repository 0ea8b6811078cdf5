import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { jobs } from '../../db/schema';
import { systemActor } from '../../platform/auth/actor';
import { transitionJob } from '../jobs/service';

type JobRow = typeof jobs.$inferSelect;

/** Jobs are locked before placements (and placements before assignments), everywhere, so concurrent changes never deadlock. */
export async function lockJobs(tx: Executor, agencyId: string, jobIds: readonly string[]): Promise<JobRow[]> {
  if (jobIds.length === 0) {
    return [];
  }
  return tx
    .select()
    .from(jobs)
    .where(and(eq(jobs.agencyId, agencyId), inArray(jobs.id, [...new Set(jobIds)])))
    .orderBy(asc(jobs.id))
    .for('update');
}

/**
 * One more opening taken: the filled count rises and the job becomes `filled` (the system is the actor) when
 * it reaches the openings. Callers hold the job's row lock, so two placements of the last opening queue and the
 * second sees the job full; the table's CHECK makes over-filling impossible even so.
 */
export async function takeOpening(tx: Executor, job: JobRow): Promise<JobRow> {
  const [after] = await tx
    .update(jobs)
    .set({ filledCount: sql`${jobs.filledCount} + 1`, version: sql`${jobs.version} + 1` })
    .where(and(eq(jobs.agencyId, job.agencyId), eq(jobs.id, job.id)))
    .returning();
  if (!after) {
    throw new Error('job filled count update returned no row');
  }
  if (after.filledCount >= after.openings && after.status === 'open') {
    return transitionJob({ actor: systemActor(job.agencyId), tx, before: after, to: 'filled', reason: 'Every opening is placed' });
  }
  return after;
}

/** An opening given back by a cancelled placement: the count drops and a filled job returns to `open` (PRODUCT.md §2). */
export async function releaseOpening(tx: Executor, job: JobRow): Promise<JobRow> {
  const [after] = await tx
    .update(jobs)
    .set({ filledCount: sql`greatest(${jobs.filledCount} - 1, 0)`, version: sql`${jobs.version} + 1` })
    .where(and(eq(jobs.agencyId, job.agencyId), eq(jobs.id, job.id)))
    .returning();
  if (!after) {
    throw new Error('job filled count update returned no row');
  }
  if (after.status === 'filled') {
    return transitionJob({ actor: systemActor(job.agencyId), tx, before: after, to: 'open', reason: 'placement cancelled' });
  }
  return after;
}
