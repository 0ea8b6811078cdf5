import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { type Column, getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../src/db/client';

/** Writes generated rows in bulk: `COPY … FROM STDIN` on PostgreSQL, multi-row INSERTs on PGlite. */
export type BulkWriter = {
  insert<T extends PgTable>(table: T, rows: T['$inferInsert'][]): Promise<void>;
  close(): Promise<void>;
};

/** PGlite (or any Drizzle database): Drizzle's own multi-row INSERT, in chunks under the 65,535-parameter limit. */
export function insertWriter(db: Db): BulkWriter {
  return {
    async insert(table, rows) {
      const columns = Object.keys(getTableColumns(table)).length;
      const chunk = Math.max(1, Math.floor(60_000 / columns));
      for (let start = 0; start < rows.length; start += chunk) {
        await db.insert(table).values(rows.slice(start, start + chunk));
      }
    },
    close: async () => undefined,
  };
}

/**
 * PostgreSQL: one COPY per call on a dedicated connection, in text format. As a superuser the connection skips the
 * foreign-key triggers (`session_replication_role = replica`, as pg_restore's --disable-triggers does): the generator's
 * rows are valid by construction, and the scale-XS run in npm test inserts them on PGlite with every check enforced.
 */
export async function copyWriter(url: string): Promise<BulkWriter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
  if (rows[0]?.rolsuper) {
    await client.query('SET session_replication_role = replica');
  }
  return {
    async insert(table, rows) {
      if (rows.length === 0) {
        return;
      }
      const columns = Object.entries(getTableColumns(table) as Record<string, Column>).filter(
        ([key, column]) => rows.some((row) => (row as Record<string, unknown>)[key] !== undefined) || column.defaultFn !== undefined,
      );
      const names = columns.map(([, column]) => `"${column.name}"`).join(', ');
      const lines = function* () {
        for (const row of rows as Record<string, unknown>[]) {
          yield `${columns.map(([key, column]) => copyValue(row[key] ?? column.defaultFn?.(), column)).join('\t')}\n`;
        }
      };
      await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY "${getTableName(table)}" (${names}) FROM STDIN`)));
    },
    close: () => client.end(),
  };
}

/** A value in COPY's text format: \N for null, arrays as literals, JSON for jsonb, with tabs, newlines and backslashes escaped. */
function copyValue(value: unknown, column: Column): string {
  if (value === null || value === undefined) {
    return '\\N';
  }
  return escapeCopy(literal(value, column));
}

function literal(value: unknown, column: Column): string {
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (column.columnType === 'PgArray' && Array.isArray(value)) {
    return `{${value.map((item) => (item === null ? 'NULL' : `"${String(item).replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`;
  }
  if (column.dataType === 'json' || (typeof value === 'object' && !Array.isArray(value))) {
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') {
    return value ? 't' : 'f';
  }
  return String(value);
}

const escapeCopy = (text: string) => text.replace(/[\\\n\r\t]/g, (char) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[char] ?? char);
