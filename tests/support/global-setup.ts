import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { dumpPglite, openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { startQueue } from '../../src/platform/jobs/queue';
import { databaseUrl, onServer, testDatabaseKind, uniqueDatabaseName } from './test-database';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting a library's interface
  export interface ProvidedContext {
    templateDump: string;
    templateDatabase: string;
  }
}

/**
 * Migrates one template database per run (app schema + the job queue's schema); each test file then gets
 * its own copy: a loaded PGlite dump, or a PostgreSQL database created from the template.
 */
export default async function setup(project: TestProject) {
  const kind = testDatabaseKind();
  if (kind === 'postgres') {
    const name = uniqueDatabaseName('fillrate_tpl');
    await onServer(`CREATE DATABASE ${name}`);
    const database = await openDatabase({ kind: 'postgres', url: databaseUrl(name), max: 2 });
    await migrateDatabase(database);
    await (await startQueue(database)).stop();
    await database.close();
    project.provide('templateDatabase', name);
    project.provide('templateDump', '');
    return async () => {
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'fillrate-test-'));
  const database = await openDatabase({ kind: 'pglite' });
  await migrateDatabase(database);
  await (await startQueue(database)).stop();
  const dump = join(dir, 'template.tar');
  writeFileSync(dump, Buffer.from(await (await dumpPglite(database)).arrayBuffer()));
  await database.close();
  project.provide('templateDump', dump);
  project.provide('templateDatabase', '');
  return () => rmSync(dir, { recursive: true, force: true });
}
