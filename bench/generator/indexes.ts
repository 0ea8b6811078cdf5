import type { Database } from '../../src/db/client';

/** The tables a large agency loads millions of rows into. */
const BULK_TABLES = ['candidates', 'candidate_documents', 'candidate_source_events', 'activities', 'tasks', 'pipeline_entries', 'pipeline_stage_changes', 'contacts', 'submissions', 'interviews'];

/**
 * PostgreSQL's classic bulk-load path: drop the big tables' plain (non-unique) indexes, load, and build them again in
 * one pass each with generous sort memory, two at a time (a GIN build uses one core; PostgreSQL 15 cannot split it).
 * Unique indexes stay: they guard the data as it goes in. Returns the function that rebuilds them.
 */
export async function deferIndexes(database: Database): Promise<() => Promise<void>> {
  const { rows } = await database.executeSql(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
     WHERE i.schemaname = 'public' AND i.tablename = ANY($1) AND NOT x.indisunique`,
    [BULK_TABLES],
  );
  const indexes = rows as { indexname: string; indexdef: string }[];
  for (const index of indexes) {
    await database.executeSql(`DROP INDEX "${index.indexname}"`);
  }
  const builder = async () => {
    for (let index = indexes.shift(); index; index = indexes.shift()) {
      // One script per index: the settings apply to the pool connection that builds it.
      await database.executeSql(`SET maintenance_work_mem = '1GB'; SET max_parallel_maintenance_workers = 1; ${index.indexdef}`);
    }
  };
  return async () => {
    await Promise.all([builder(), builder()]);
  };
}
