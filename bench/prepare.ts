import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { seedDemoAgency } from '../src/seed/demo';
import type { ScaleName } from './generator/context';
import { type GenerateOptions, type GenerateResult, generateAgency } from './generator';

export type DatabaseKind = 'pglite' | 'postgres';

/** A prepared database the server can be started on: the env to start it with, and how to remove it afterwards. */
export type Prepared = { kind: DatabaseKind; env: Record<string, string>; url?: string; generated: GenerateResult; drop(): Promise<void> };

const serverUrl = () => process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A fresh database (a new PostgreSQL database on TEST_DATABASE_URL's server, or a PGlite data directory), migrated,
 * with the demo agency seeded and grown to the scale by the generator.
 */
export async function prepareDatabase(kind: DatabaseKind, scale: ScaleName, options: Pick<GenerateOptions, 'seed' | 'now' | 'onCandidates'>): Promise<Prepared> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fillrate-bench-'));
  const env: Record<string, string> = { FILLRATE_DATA_DIR: dataDir };
  let url: string | undefined;
  let databaseName: string | undefined;
  if (kind === 'postgres') {
    databaseName = `fillrate_bench_${scale.toLowerCase()}_${process.pid}_${Date.now()}`;
    await adminQuery(`CREATE DATABASE ${databaseName}`);
    const address = new URL(serverUrl());
    address.pathname = `/${databaseName}`;
    url = address.toString();
    env.DATABASE_URL = url;
  } else {
    mkdirSync(join(dataDir, 'pglite'), { recursive: true });
  }
  const drop = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseName) {
      await adminQuery(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    }
  };
  try {
    const database = await openDatabase(url ? { kind: 'postgres', url, max: 4 } : { kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    try {
      await migrateDatabase(database);
      await seedDemoAgency(database);
      const generated = await generateAgency({ database, url, scale, ...options });
      return { kind, env, url, generated, drop };
    } finally {
      await database.close();
    }
  } catch (error) {
    await drop();
    throw error;
  }
}

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}
