import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { counters } from '../db/schema';

/**
 * The next number of a per-agency sequence. The row lock taken by the upsert holds until the caller's
 * transaction ends, so numbers are gapless: a rolled-back transaction gives its number back.
 */
export async function nextNumber(tx: Executor, agencyId: string, name: string, start = 1): Promise<number> {
  const [row] = await tx
    .insert(counters)
    .values({ agencyId, name, value: start })
    .onConflictDoUpdate({ target: [counters.agencyId, counters.name], set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value });
  if (!row) {
    throw new Error(`counter ${name} returned no row`);
  }
  return row.value;
}
