import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../../src/app';
import { type Database, openDatabase } from '../../src/db/client';
import { loadConfig, type Config } from '../../src/platform/config';
import { resetClock } from '../../src/platform/clock';
import { type JobQueue, startQueue } from '../../src/platform/jobs/queue';
import { jobHandlers } from '../../src/runtime';
import { databaseUrl, onServer, testDatabaseKind, uniqueDatabaseName } from './test-database';

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  jobs: JobQueue;
  config: Config;
  /** Runs the background jobs waiting now (mail delivery…), as the worker would. */
  runJobs(): Promise<number>;
  close(): Promise<void>;
};

/** A fresh database of its own for one test file. */
async function openTestDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  if (testDatabaseKind() === 'postgres') {
    const name = uniqueDatabaseName('fillrate_test');
    await onServer(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
    const database = await openDatabase({ kind: 'postgres', url: databaseUrl(name), max: 8 });
    return { database, drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const dump = new Blob([readFileSync(inject('templateDump'))]);
  const database = await openDatabase({ kind: 'pglite', loadDataDir: dump });
  return { database, drop: async () => undefined };
}

/** The whole app on a fresh database, with background jobs run on demand. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  resetClock();
  const { database, drop } = await openTestDatabase();
  const config = loadConfig({ FILLRATE_DATA_DIR: '/tmp/fillrate-test-data', SESSION_SECRET: 'test-secret-'.padEnd(40, 'x'), BASE_URL: 'http://fillrate.test', ...env });
  const jobs = await startQueue(database);
  const app = await buildApp({ database, jobs, config, serveWeb: false });
  await app.ready();
  const handlers = jobHandlers(database, config);
  return {
    app,
    database,
    jobs,
    config,
    runJobs: () => jobs.runPending(handlers),
    close: async () => {
      await app.close();
      await jobs.stop();
      await database.close();
      await drop();
    },
  };
}
