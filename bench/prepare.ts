import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Where a database is: a PostgreSQL database on TEST_DATABASE_URL's server, or a PGlite data directory. */
type Place = { env: Record<string, string>; dataDir: string; databaseName?: string; url?: string };

function placeOf(kind: DatabaseKind, dataDir: string, databaseName: string): Place {
  if (kind === 'pglite') {
    return { env: { FILLRATE_DATA_DIR: dataDir }, dataDir };
  }
  const address = new URL(serverUrl());
  address.pathname = `/${databaseName}`;
  const url = address.toString();
  return { env: { FILLRATE_DATA_DIR: dataDir, DATABASE_URL: url }, dataDir, databaseName, url };
}

/** A kept database's place; the directory names the kind, so a PostgreSQL and a PGlite run of one scale never share it. */
const keptPlace = (kind: DatabaseKind, keepAs: string) => placeOf(kind, join(tmpdir(), `fillrate-bench-${kind}-${keepAs}`), `fillrate_bench_${keepAs}`);

async function remove(place: Place): Promise<void> {
  rmSync(place.dataDir, { recursive: true, force: true });
  if (place.databaseName) {
    await adminQuery(`DROP DATABASE IF EXISTS ${place.databaseName} WITH (FORCE)`);
  }
}

/**
 * A fresh database (a new PostgreSQL database on TEST_DATABASE_URL's server, or a PGlite data directory), migrated,
 * with the demo agency seeded and grown to the scale by the generator. With `keepAs` the database has a fixed name,
 * survives `drop()`, and is opened again by `reopenDatabase` — generating scale L takes tens of minutes.
 */
export async function prepareDatabase(
  kind: DatabaseKind,
  scale: ScaleName,
  options: Pick<GenerateOptions, 'seed' | 'now' | 'onCandidates'> & { keepAs?: string },
): Promise<Prepared> {
  const place = options.keepAs
    ? keptPlace(kind, options.keepAs)
    : placeOf(kind, mkdtempSync(join(tmpdir(), 'fillrate-bench-')), `fillrate_bench_${scale.toLowerCase()}_${process.pid}_${Date.now()}`);
  if (options.keepAs) {
    await remove(place);
  }
  mkdirSync(join(place.dataDir, 'pglite'), { recursive: true });
  if (place.databaseName) {
    await adminQuery(`CREATE DATABASE ${place.databaseName}`);
  }
  try {
    const database = await openDatabase(place.url ? { kind: 'postgres', url: place.url, max: 4 } : { kind: 'pglite', dataDir: join(place.dataDir, 'pglite') });
    try {
      await migrateDatabase(database);
      await seedDemoAgency(database);
      const generated = await generateAgency({ database, url: place.url, scale, ...options });
      if (options.keepAs) {
        // Written last: a kept database without it was interrupted and is generated again.
        writeFileSync(join(place.dataDir, GENERATED_FILE), JSON.stringify(generated));
      }
      return { kind, env: place.env, url: place.url, generated, drop: options.keepAs ? async () => undefined : () => remove(place) };
    } finally {
      await database.close();
    }
  } catch (error) {
    await remove(place);
    throw error;
  }
}

const GENERATED_FILE = 'generated.json';

/** A database kept by an earlier run with the same `keepAs`, if it finished generating. */
export async function reopenDatabase(kind: DatabaseKind, keepAs: string): Promise<Prepared | undefined> {
  const place = keptPlace(kind, keepAs);
  const file = join(place.dataDir, GENERATED_FILE);
  if (!existsSync(file) || (place.databaseName && !(await databaseExists(place.databaseName)))) {
    return undefined;
  }
  const generated = JSON.parse(readFileSync(file, 'utf8')) as GenerateResult;
  return { kind, env: place.env, url: place.url, generated, drop: async () => undefined };
}

async function databaseExists(name: string): Promise<boolean> {
  return (await adminQuery('SELECT 1 FROM pg_database WHERE datname = $1', [name])).length === 1;
}

async function adminQuery(text: string, values: unknown[] = []): Promise<unknown[]> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    return (await admin.query(text, values)).rows;
  } finally {
    await admin.end();
  }
}
