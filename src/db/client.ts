import type { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Schema = typeof schema;
/** One type for both drivers: everything the app does goes through PgDatabase's API. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What query and service functions take: the database or the transaction they run in. */
export type Executor = Db | Tx;

export type RawResult = { rows: Record<string, unknown>[]; affectedRows?: number };

export type Database = {
  kind: 'pglite' | 'postgres';
  /** The embedded database itself, when that is what runs (dumps for tests, migrations). */
  pglite?: PGlite;
  db: Db;
  /** Raw SQL outside any transaction: one statement with parameters, or a parameter-less script. */
  executeSql(text: string, values?: unknown[]): Promise<RawResult>;
  close(): Promise<void>;
};

export type OpenOptions =
  | { kind: 'postgres'; url: string; max?: number }
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

/**
 * Opens PGlite (a folder, memory, or a dumped data dir) or a node-postgres pool. Only the driver in use is
 * loaded: loading both costs a start-up a few hundred milliseconds.
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const [{ default: pg }, { drizzle: drizzlePg }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
    const pool = new pg.Pool({ connectionString: options.url, max: options.max ?? 16 });
    pool.on('error', () => {
      // An idle client's connection dropped; the pool replaces it on next use.
    });
    return {
      kind: 'postgres',
      db: drizzlePg({ client: pool, schema, casing: 'snake_case' }),
      executeSql: async (text, values) => {
        const result = await pool.query(text, values);
        return { rows: result.rows, affectedRows: result.rowCount ?? 0 };
      },
      close: () => pool.end(),
    };
  }
  const [{ PGlite }, { pg_trgm }, { drizzle: drizzlePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('drizzle-orm/pglite'),
  ]);
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
    relaxedDurability: true,
  });
  return {
    kind: 'pglite',
    db: drizzlePglite({ client, schema, casing: 'snake_case' }),
    pglite: client,
    executeSql: async (text, values) => {
      if (values && values.length > 0) {
        const result = await client.query<Record<string, unknown>>(text, values);
        return { rows: result.rows, affectedRows: result.affectedRows };
      }
      try {
        const results = await client.exec(text);
        const last = results.at(-1);
        return { rows: (last?.rows ?? []) as Record<string, unknown>[], affectedRows: last?.affectedRows };
      } catch (error) {
        // A failed script can leave PGlite's only connection inside an aborted transaction.
        await client.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
    close: () => client.close(),
  };
}

/** Dumps a PGlite database (used to copy a migrated template into each test file's database). */
export async function dumpPglite(database: Database): Promise<Blob> {
  if (!database.pglite) {
    throw new Error('not a PGlite database');
  }
  return database.pglite.dumpDataDir('none');
}

/** The rows of a raw `execute()` result; both drivers answer `{ rows }`. The caller names the row shape it selected. */
export function resultRows<T = Record<string, unknown>>(result: unknown): T[] {
  const rows: unknown = result !== null && typeof result === 'object' ? Reflect.get(result, 'rows') : undefined;
  return Array.isArray(rows) ? rows : [];
}
