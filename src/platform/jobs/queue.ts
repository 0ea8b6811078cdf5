import PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Database, Executor } from '../../db/client';
import { adapterOver, adapterOverTx } from './sql-adapter';

/** Every kind of background job and its payload. A job always names its agency. */
const JOB_PAYLOADS = {
  'mail.send': z.object({ agencyId: z.uuid(), mailId: z.uuid() }),
  'documents.extract': z.object({ agencyId: z.uuid(), documentId: z.uuid() }),
};
export type JobPayloads = { [N in keyof typeof JOB_PAYLOADS]: z.infer<(typeof JOB_PAYLOADS)[N]> };
export type JobName = keyof JobPayloads;
export type JobHandler<N extends JobName> = (payload: JobPayloads[N], job: { id: string; retryCount: number }) => Promise<void>;
export type JobHandlers = { [N in JobName]: JobHandler<N> };

export const JOB_NAMES: readonly JobName[] = ['mail.send', 'documents.extract'];

// Retries back off exponentially from 5 s; after the last one the job stays `failed` for an admin to retry.
const QUEUE_OPTIONS = { retryLimit: 4, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 } as const;

export type JobQueue = {
  /** Sends a job inside the caller's transaction. */
  send<N extends JobName>(tx: Executor, name: N, payload: JobPayloads[N]): Promise<string>;
  /** Starts polling and running jobs (the server does; tests and the CLI may not). */
  work(handlers: JobHandlers): Promise<void>;
  /** Runs whatever is waiting now, once, and returns how many jobs ran (tests, CLI). */
  runPending(handlers: JobHandlers): Promise<number>;
  /** Runs a failed job, or one waiting out its backoff, again now. */
  retry(name: JobName, id: string): Promise<void>;
  stop(): Promise<void>;
};

/** Opens pg-boss over the app's own database connection (PGlite or PostgreSQL), creating its schema and queues. */
export async function startQueue(database: Database): Promise<JobQueue> {
  const boss = new PgBoss({
    db: adapterOver(database),
    schema: 'pgboss',
    supervise: true,
    schedule: false,
    archiveFailedAfterSeconds: 30 * 24 * 3600,
  });
  boss.on('error', (error) => {
    console.error('background jobs:', error);
  });
  await boss.start();
  for (const name of JOB_NAMES) {
    await boss.createQueue(name, { name, ...QUEUE_OPTIONS });
  }

  // Payloads are checked on the way out too: a job written by an older version fails visibly, not strangely.
  const run = async (name: JobName, handlers: JobHandlers, job: PgBoss.JobWithMetadata<unknown>) => {
    const meta = { id: job.id, retryCount: job.retryCount };
    switch (name) {
      case 'mail.send':
        return handlers[name](JOB_PAYLOADS[name].parse(job.data), meta);
      case 'documents.extract':
        return handlers[name](JOB_PAYLOADS[name].parse(job.data), meta);
    }
  };

  return {
    send: async (tx, name, payload) => {
      const id = await boss.send(name, payload, { db: adapterOverTx(tx) });
      if (!id) {
        throw new Error(`job ${name} was not queued`);
      }
      return id;
    },
    work: async (handlers) => {
      for (const name of JOB_NAMES) {
        await boss.work(name, { pollingIntervalSeconds: 0.5, includeMetadata: true }, async (jobs) => {
          for (const job of jobs) {
            await run(name, handlers, job);
          }
        });
      }
    },
    runPending: async (handlers) => {
      let count = 0;
      for (const name of JOB_NAMES) {
        const jobs = await boss.fetch(name, { batchSize: 100, includeMetadata: true });
        for (const job of jobs ?? []) {
          count += 1;
          try {
            await run(name, handlers, job);
            await boss.complete(name, job.id);
          } catch (error) {
            await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
          }
        }
      }
      return count;
    },
    retry: async (name, id) => {
      // pg-boss's retry() only revives jobs out of retries; an admin's retry should also cut a backoff short.
      await database.executeSql(
        `UPDATE pgboss.job SET state = 'retry', start_after = now(), retry_limit = GREATEST(retry_limit, retry_count + 1)
         WHERE name = $1 AND id = $2 AND state IN ('failed', 'retry')`,
        [name, id],
      );
    },
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
    },
  };
}
