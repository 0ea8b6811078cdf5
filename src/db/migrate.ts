import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrationsFolder } from '../platform/paths';
import type { Database } from './client';

// Several processes may start at once against one PostgreSQL: one migrates, the others wait.
const MIGRATION_LOCK = 7_240_101;

/** Applies the committed SQL migrations in order (idempotent). */
export async function migrateDatabase(database: Database): Promise<void> {
  const client: unknown = Reflect.get(database.db, '$client');
  if (client instanceof PGlite) {
    await migratePglite(drizzlePglite({ client }), { migrationsFolder });
    return;
  }
  if (!(client instanceof pg.Pool)) {
    throw new Error('unknown database client');
  }
  const connection = await client.connect();
  try {
    await connection.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg({ client: connection }), { migrationsFolder });
  } finally {
    await connection.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    connection.release();
  }
}
