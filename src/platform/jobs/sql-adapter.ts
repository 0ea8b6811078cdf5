import { type SQL, sql } from 'drizzle-orm';
import { type Database, type Executor, resultRows } from '../../db/client';

type PgBossDb = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

/** pg-boss's database for work outside any transaction (its own polling, maintenance, migrations). */
export function adapterOver(database: Database): PgBossDb {
  return { executeSql: (text, values) => database.executeSql(text, values) };
}

/**
 * pg-boss's database for a job sent inside a change's transaction, so the job exists exactly when the change
 * commits. pg-boss speaks `$1` placeholders; Drizzle's `execute` takes SQL objects, so rebuild one.
 */
export function adapterOverTx(tx: Executor): PgBossDb {
  return {
    executeSql: async (text, values = []) => {
      const result = await tx.execute(toSql(text, values));
      return { rows: resultRows(result) };
    },
  };
}

function toSql(text: string, values: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, index) => {
    // Drizzle leaves an undefined value out entirely (no placeholder); pg-boss means SQL NULL.
    chunks.push(index % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1] ?? null}`);
  });
  return sql.join(chunks);
}
