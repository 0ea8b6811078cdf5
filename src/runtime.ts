import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { extractDocumentHandler } from './modules/documents/extract';
import { startChecklistSweep } from './modules/placements/overdue-sweep';
import { startTimesheetEscalationSweep } from './modules/timesheets/escalation';
import { type Database, openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import type { Config } from './platform/config';
import { type JobHandlers, type JobQueue, startQueue } from './platform/jobs/queue';
import { createMailTransport, mailSendHandler } from './platform/mail';

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in the data directory. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) {
    return openDatabase({ kind: 'postgres', url: config.databaseUrl });
  }
  const dir = join(config.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  return openDatabase({ kind: 'pglite', dataDir: dir });
}

export function jobHandlers(database: Database, config: Config): JobHandlers {
  return {
    'mail.send': mailSendHandler(database, createMailTransport(config.smtpUrl, config.smtpFrom), config.dataDir),
    'documents.extract': extractDocumentHandler(database, config.dataDir),
  };
}

export type Runtime = { app: FastifyInstance; database: Database; jobs: JobQueue; close(): Promise<void> };

/** Everything the server runs: migrated database, background jobs (worked when `work` is set) and the HTTP app. */
export async function startRuntime({ config, database, work, logger }: { config: Config; database: Database; work: boolean; logger: boolean }): Promise<Runtime> {
  await migrateDatabase(database);
  const jobs = await startQueue(database);
  if (work) {
    await jobs.work(jobHandlers(database, config));
  }
  const stopSweep = work ? startChecklistSweep(database, (error) => console.error('handoff checklist sweep:', error)) : () => undefined;
  const stopEscalation = work ? startTimesheetEscalationSweep(database, (error) => console.error('timesheet escalation sweep:', error)) : () => undefined;
  const app = await buildApp({ database, jobs, config, logger });
  return {
    app,
    database,
    jobs,
    close: async () => {
      stopSweep();
      stopEscalation();
      await app.close();
      await jobs.stop();
      await database.close();
    },
  };
}
