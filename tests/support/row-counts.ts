import { sql } from 'drizzle-orm';
import { resultRows } from '../../src/db/client';
import type { TestApp } from './app';

/** Row counts of every table of the app and of the job queue: equal before and after means nothing was written. */
export async function rowCounts({ database }: TestApp): Promise<Record<string, number>> {
  const tables = resultRows<{ schema: string; name: string }>(
    await database.db.execute(sql`SELECT schemaname AS schema, tablename AS name FROM pg_tables WHERE schemaname IN ('public', 'pgboss') AND tablename <> 'login_failures' ORDER BY 1, 2`),
  );
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = resultRows<{ n: number | string }>(await database.db.execute(sql.raw(`SELECT count(*) AS n FROM "${table.schema}"."${table.name}"`)));
    counts[`${table.schema}.${table.name}`] = Number(row?.n ?? 0);
  }
  return counts;
}
