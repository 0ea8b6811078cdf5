import { join } from 'node:path';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { type Db, openDatabase } from '../../src/db/client';
import * as schema from '../../src/db/schema';
import type { Prepared } from '../prepare';
import { type LatencySummary, timeRepeated } from '../stats';

export type Statement = { sql: string; params: unknown[] };

/**
 * The raw-SQL floor of an API read: `capture` runs the app's own query function on a logging Drizzle instance to get
 * the exact statements the route runs, and `time` replays them straight through the driver (`pg` on PostgreSQL, PGlite
 * in-process), one after another, as the route does.
 */
export type SqlProbe = {
  /** The probe's own connection, for picking samples. */
  db: Db;
  capture(run: (db: Db) => Promise<unknown>): Promise<Statement[]>;
  time(statements: Statement[], options: { iterations: number; maxMs: number }): Promise<LatencySummary>;
  close(): Promise<void>;
};

export async function openSqlProbe(prepared: Prepared): Promise<SqlProbe> {
  const captured: Statement[] = [];
  const logger = { logQuery: (sql: string, params: unknown[]) => void captured.push({ sql, params }) };
  // The logging instance captures; `query` replays on the same connection, straight through the driver.
  const probeOn = (db: Db, query: Query, close: () => Promise<void>): SqlProbe => ({
    db,
    async capture(run) {
      captured.length = 0;
      await run(db);
      return [...captured];
    },
    time: (statements, options) => timeRepeated(() => replay(statements, query), options),
    close,
  });
  if (prepared.url) {
    const pool = new pg.Pool({ connectionString: prepared.url, max: 1 });
    const db = drizzlePg({ client: pool, schema, casing: 'snake_case', logger }) as unknown as Db;
    return probeOn(db, (sql, params) => pool.query(sql, params), () => pool.end());
  }
  // PGlite has one connection: the probe opens the data directory only while the server is stopped.
  const database = await openDatabase({ kind: 'pglite', dataDir: join(prepared.env.FILLRATE_DATA_DIR ?? '', 'pglite') });
  const pglite = database.pglite;
  if (!pglite) {
    throw new Error('expected PGlite');
  }
  const db = drizzlePglite({ client: pglite, schema, casing: 'snake_case', logger }) as unknown as Db;
  return probeOn(db, (sql, params) => pglite.query(sql, params), () => database.close());
}

type Query = (sql: string, params: unknown[]) => Promise<unknown>;

async function replay(statements: Statement[], query: Query) {
  for (const statement of statements) {
    await query(statement.sql, statement.params);
  }
}
