import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { type Executor, resultRows } from '../../db/client';
import { candidates } from '../../db/schema';
import { AppError } from '../../platform/errors';

/** How far a chain of merges (A into B, later B into C) is followed; a merge never makes a loop, this only bounds a read. */
const MAX_MERGE_CHAIN = 50;

type Survivor = { id: string; name: string };

/**
 * The candidate a merged id now lives in, following chains (A merged into B, B later into C → C); null when the id is
 * not a merged candidate of the agency. One recursive query over the primary key.
 */
export async function findSurvivor(tx: Executor, agencyId: string, id: string): Promise<Survivor | null> {
  const rows = resultRows<{ id: string; name: string; merged: boolean }>(
    await tx.execute(sql`WITH RECURSIVE chain(id, merged_into_id, depth) AS (
        SELECT id, merged_into_id, 0 FROM candidates WHERE agency_id = ${agencyId} AND id = ${id}
        UNION ALL
        SELECT c.id, c.merged_into_id, chain.depth + 1 FROM candidates c
          JOIN chain ON c.agency_id = ${agencyId} AND c.id = chain.merged_into_id
          WHERE chain.depth < ${MAX_MERGE_CHAIN}
      )
      SELECT c.id, c.first_name || ' ' || c.last_name AS name, (SELECT count(*) > 1 FROM chain) AS merged
      FROM chain JOIN candidates c ON c.agency_id = ${agencyId} AND c.id = chain.id
      WHERE chain.merged_into_id IS NULL`),
  );
  const [row] = rows;
  return row?.merged ? { id: row.id, name: row.name } : null;
}

/** 409 for a write to a merged candidate: it names the record it was merged into, which the caller should use instead. */
export function mergedInto(survivor: Survivor): AppError {
  return new AppError('conflict', `This candidate was merged into ${survivor.name}; use that record instead`, {
    related: [{ type: 'candidate', id: survivor.id, label: survivor.name }],
  });
}

/** Refuses candidate ids that were merged away (an activity or task is written to the survivor instead). */
export async function assertNotMerged(tx: Executor, agencyId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  // One lookup for all of them; the chain is followed only for the (rare) id that was merged away.
  const [merged] = await tx
    .select({ id: candidates.id })
    .from(candidates)
    .where(and(eq(candidates.agencyId, agencyId), inArray(candidates.id, [...ids]), isNotNull(candidates.mergedIntoId)))
    .limit(1);
  const survivor = merged ? await findSurvivor(tx, agencyId, merged.id) : null;
  if (survivor) {
    throw mergedInto(survivor);
  }
}
