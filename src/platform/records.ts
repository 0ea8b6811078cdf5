import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { notFound } from './errors';

type TenantTable = PgTable & { agencyId: PgColumn; id: PgColumn };

/**
 * One row of the agency by id, locked `FOR UPDATE` when a command is about to change it. A row of another agency
 * is simply not found (404), so no route can tell it exists.
 */
export async function findTenantRow<T extends TenantTable>(
  tx: Executor,
  table: T,
  agencyId: string,
  id: string,
  what: string,
  options: { forUpdate?: boolean } = {},
): Promise<T['$inferSelect']> {
  const query = tx
    .select()
    .from(table as PgTable)
    .where(and(eq(table.agencyId, agencyId), eq(table.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) {
    throw notFound(what);
  }
  return row as T['$inferSelect'];
}

export type FindOptions = { forUpdate?: boolean };
