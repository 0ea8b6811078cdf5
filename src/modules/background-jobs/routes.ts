import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { type Executor, resultRows } from '../../db/client';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { notFound } from '../../platform/errors';
import { STAFF_ERRORS, ZIdParams, ZInstant, listEnvelope } from '../../platform/http/schemas';
import { JOB_NAMES, type JobName } from '../../platform/jobs/queue';

const ZBackgroundJob = z
  .object({
    id: z.uuid(),
    name: z.string(),
    state: z.string(),
    retryCount: z.number().int(),
    error: z.string().nullable(),
    createdAt: ZInstant,
    completedAt: ZInstant.nullable(),
  })
  .meta({ id: 'BackgroundJob' });

const ZListJobsQuery = z.object({
  state: z.enum(['failed', 'retry', 'created', 'active', 'completed']).optional().describe('Without it: the failing jobs (failed, or waiting to retry)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

type JobRow = { id: string; name: string; state: string; retry_count: number; output: unknown; created_on: Date | string; completed_on: Date | string | null };

const isJobName = (name: string): name is JobName => (JOB_NAMES as readonly string[]).includes(name);
const iso = (value: Date | string) => new Date(value).toISOString();

function errorOf(output: unknown): string | null {
  if (output !== null && typeof output === 'object') {
    const message: unknown = Reflect.get(output, 'message');
    return typeof message === 'string' ? message : JSON.stringify(output);
  }
  return null;
}

/** pg-boss keeps jobs in its own schema; every job payload names its agency, which scopes what an admin sees. */
async function jobsOfAgency(tx: Executor, agencyId: string, where: { state?: string; id?: string; limit: number }): Promise<JobRow[]> {
  const result = await tx.execute(sql`
    SELECT id, name, state::text AS state, retry_count, output, created_on, completed_on
    FROM pgboss.job
    WHERE data->>'agencyId' = ${agencyId}
      ${where.state ? sql`AND state::text = ${where.state}` : sql`AND state::text IN ('failed', 'retry')`}
      ${where.id ? sql`AND id = ${where.id}` : sql``}
    ORDER BY created_on DESC
    LIMIT ${where.limit}`);
  return resultRows<JobRow>(result);
}

const presentJob = (row: JobRow) => ({
  id: row.id,
  name: row.name,
  state: row.state,
  retryCount: row.retry_count,
  error: row.state === 'failed' || row.state === 'retry' ? errorOf(row.output) : null,
  createdAt: iso(row.created_on),
  completedAt: row.completed_on ? iso(row.completed_on) : null,
});

const admins = { access: access.roles(...ROLE_SETS.admins) };
const tags = ['Background jobs'];

export const backgroundJobsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, jobs }) => {
  app.get(
    '/api/background-jobs',
    { config: admins, schema: { tags, summary: 'Background jobs by state (failing ones by default), with their errors', querystring: ZListJobsQuery, response: { 200: listEnvelope(ZBackgroundJob), ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const rows = await jobsOfAgency(database.db, actor.agencyId, { state: request.query.state, limit: request.query.limit });
      return { data: rows.map(presentJob), nextCursor: null };
    },
  );

  app.post(
    '/api/background-jobs/:id/retry',
    { config: admins, schema: { tags, summary: 'Run a failed job again', params: ZIdParams, response: { 200: z.object({ data: ZBackgroundJob }), ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const [job] = await jobsOfAgency(database.db, actor.agencyId, { id: request.params.id, limit: 1 });
      // jobsOfAgency without a state looks among failing jobs only: nothing else can be retried.
      if (!job || !isJobName(job.name)) {
        throw notFound('Background job');
      }
      await jobs.retry(job.name, job.id);
      const [after] = await jobsOfAgency(database.db, actor.agencyId, { id: job.id, state: 'retry', limit: 1 });
      return { data: presentJob(after ?? job) };
    },
  );
};
