import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder } from '../platform/paths';
import type { Database } from './client';

// Several processes may start at once against one PostgreSQL: one migrates, the others wait.
const MIGRATION_LOCK = 7_240_101;

type Journal = { entries: { when: number; tag: string }[] };

/**
 * True when the newest committed migration is already applied. Drizzle's migrator would find the same, but only
 * after loading itself and hashing every file; a warm start should not pay for that.
 */
async function isUpToDate(database: Database): Promise<boolean> {
  const journal: Journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8'));
  const newest = journal.entries.at(-1)?.when;
  try {
    const { rows } = await database.executeSql('SELECT max(created_at) AS newest FROM drizzle.__drizzle_migrations');
    return newest !== undefined && Number(rows[0]?.newest) === newest;
  } catch {
    return false; // a new database: no migrations table yet
  }
}

/** Applies the committed SQL migrations in order (idempotent). */
export async function migrateDatabase(database: Database): Promise<void> {
  if (await isUpToDate(database)) {
    return;
  }
  if (database.pglite) {
    const [{ migrate }, { drizzle }] = await Promise.all([import('drizzle-orm/pglite/migrator'), import('drizzle-orm/pglite')]);
    await migrate(drizzle({ client: database.pglite }), { migrationsFolder });
    return;
  }
  const [{ migrate }, { drizzle }, { default: pg }] = await Promise.all([import('drizzle-orm/node-postgres/migrator'), import('drizzle-orm/node-postgres'), import('pg')]);
  const client: unknown = Reflect.get(database.db, '$client');
  if (!(client instanceof pg.Pool)) {
    throw new Error('unknown database client');
  }
  const connection = await client.connect();
  try {
    await connection.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle({ client: connection }), { migrationsFolder });
  } finally {
    await connection.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    connection.release();
  }
}
