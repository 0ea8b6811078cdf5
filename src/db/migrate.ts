import { migrationsFolder } from '../platform/paths';
import type { Database } from './client';

// Several processes may start at once against one PostgreSQL: one migrates, the others wait.
const MIGRATION_LOCK = 7_240_101;

/** Applies the committed SQL migrations in order (idempotent). */
export async function migrateDatabase(database: Database): Promise<void> {
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
