import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';

/** Text as the query parser reads it (`lexemes`): runs of letters and digits, so "node.js" is "node js" on both sides. */
const words = (text: string) => `regexp_replace(${text}, '[^[:alnum:]]+', ' ', 'g')`;

/**
 * The weighted document of candidate `c` ('simple' configuration): names A; current title, role interests and skills
 * B; work history titles and employers, tags and location C. Migration 0008 backfills with the same expression.
 */
const DOCUMENT = sql.raw(
  [
    `setweight(to_tsvector('simple', ${words(`c.first_name || ' ' || c.last_name`)}), 'A')`,
    `setweight(to_tsvector('simple', ${words(`coalesce(c.current_title, '') || ' ' || array_to_string(c.role_interests, ' ') || ' ' || array_to_string(c.skill_names, ' ')`)}), 'B')`,
    `setweight(to_tsvector('simple', ${words(
      `coalesce((SELECT string_agg(concat_ws(' ', entry->>'title', entry->>'employer'), ' ') FROM jsonb_array_elements(c.work_history) AS entry), '') || ' ' || array_to_string(c.tags, ' ') || ' ' || coalesce(c.location, '')`,
    )}), 'C')`,
  ].join(' || '),
);

/**
 * Rewrites the search rows of these candidates from their rows, in the caller's transaction: one INSERT … SELECT for
 * the live ones, and merged ones lose theirs (a merged record is never a search result).
 */
export async function refreshCandidateSearch(tx: Executor, agencyId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  const idList = sql`ARRAY[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
  await tx.execute(sql`
    INSERT INTO candidate_search (agency_id, candidate_id, document)
    SELECT c.agency_id, c.id, ${DOCUMENT}
    FROM candidates AS c
    WHERE c.agency_id = ${agencyId} AND c.id = ANY(${idList}) AND c.merged_into_id IS NULL
    ON CONFLICT (agency_id, candidate_id) DO UPDATE SET document = excluded.document`);
  await tx.execute(sql`
    DELETE FROM candidate_search AS s USING candidates AS c
    WHERE s.agency_id = ${agencyId} AND s.candidate_id = ANY(${idList})
      AND c.agency_id = s.agency_id AND c.id = s.candidate_id AND c.merged_into_id IS NOT NULL`);
}

/**
 * Every live candidate of the agency (the demo seed and the benchmark, after their bulk inserts), written in id order:
 * keyword search reads the newest matches first (search-queries.ts), and rows in id order are consecutive pages.
 */
export async function refreshAgencyCandidateSearch(tx: Executor, agencyId: string): Promise<void> {
  await tx.execute(sql`
    INSERT INTO candidate_search (agency_id, candidate_id, document)
    SELECT c.agency_id, c.id, ${DOCUMENT}
    FROM candidates AS c
    WHERE c.agency_id = ${agencyId} AND c.merged_into_id IS NULL
    ORDER BY c.id
    ON CONFLICT (agency_id, candidate_id) DO UPDATE SET document = excluded.document`);
}
