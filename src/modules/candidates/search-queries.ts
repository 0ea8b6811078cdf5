import { type SQL, sql } from 'drizzle-orm';
import { type Executor, resultRows } from '../../db/client';
import { type SearchFilter, SearchSyntaxError, type TextExpression, parseSearch, positiveTerms, toTsQuery } from '../../domain/search-query';
import { AppError } from '../../platform/errors';
import { decodeCursor, encodeCursor } from '../../platform/pagination';
import { CANDIDATE_STATUSES } from '../../shared/candidates';
import { type CandidateView, getCandidateViews } from './queries';
import type { TSearchCandidatesQuery } from './search-schema';

/** ARCHITECTURE.md "Search design": only the newest this many matches are ranked, so common words stay fast. */
export const RANKED_MATCHES = 1000;
const START = '\u0002';
const STOP = '\u0003';

export type Snippet = { text: string; highlights: { start: number; end: number }[] };
export type CandidateSearchHit = CandidateView & { matched: string[]; snippet: Snippet | null };

const likeEscape = (value: string) => value.replace(/[\\%_]/g, '\\$&');
const isStatus = (value: string): value is (typeof CANDIDATE_STATUSES)[number] => (CANDIDATE_STATUSES as readonly string[]).includes(value);
const words = (text: SQL) => sql`regexp_replace(${text}, '[^[:alnum:]]+', ' ', 'g')`;

/** Text sections of a candidate `c` and the name `matched` gives them. */
const SECTIONS: [string, SQL][] = [
  ['name', sql`c.first_name || ' ' || c.last_name`],
  ['title', sql`coalesce(c.current_title, '')`],
  ['role interests', sql`array_to_string(c.role_interests, ' ')`],
  ['skills', sql`array_to_string(c.skill_names, ' ')`],
  ['work history', sql`coalesce((SELECT string_agg(concat_ws(' ', entry->>'title', entry->>'employer'), ' ') FROM jsonb_array_elements(c.work_history) AS entry), '')`],
  ['tags', sql`array_to_string(c.tags, ' ')`],
  ['location', sql`coalesce(c.location, '')`],
];
/** The current CV's extracted text, searched only when asked (`cv=true`): it is long, and ARCHITECTURE.md keeps it out of the ranked table. */
const CV_TEXT = sql`coalesce((SELECT d.text FROM candidate_documents AS d WHERE d.agency_id = c.agency_id AND d.candidate_id = c.id AND d.is_current_cv), '')`;
const CV_SECTION: [string, SQL] = ['CV', CV_TEXT];

/** The short text a hit's snippet is cut from: title · skills · employer. */
const SNIPPET_TEXT = sql`concat_ws(' · ', nullif(c.current_title, ''), nullif((SELECT string_agg(entry->>'name', ', ') FROM jsonb_array_elements(c.skills) AS entry), ''), nullif(c.current_employer, ''))`;

/** One field filter as a condition on candidate `c`; a negated one is NOT (unknown counts as not matching). */
function filterCondition(filter: SearchFilter, agencyId: string, viewerId: string): SQL {
  const value = filter.value;
  const prefix = `${likeEscape(value.toLowerCase())}%`;
  const condition = ((): SQL => {
    switch (filter.field) {
      case 'skill':
        return sql`c.skill_names @> ARRAY[${value.toLowerCase()}]::text[]`;
      case 'title':
        return sql`c.current_title ILIKE ${`%${likeEscape(value)}%`}`;
      case 'location':
        return sql`c.location ILIKE ${`%${likeEscape(value)}%`}`;
      case 'status':
        return sql`c.status = ${value.toLowerCase()}`;
      case 'tag':
        return sql`c.tags @> ARRAY[${value.toLowerCase()}]::text[]`;
      case 'owner':
        return value.toLowerCase() === 'me'
          ? sql`c.owner_id = ${viewerId}`
          : sql`c.owner_id IN (SELECT u.id FROM users AS u WHERE u.agency_id = ${agencyId} AND (lower(u.name) LIKE ${prefix} OR lower(u.name) LIKE ${`% ${prefix}`}))`;
      case 'pool':
        return sql`c.id IN (SELECT m.candidate_id FROM talent_pool_members AS m JOIN talent_pools AS p ON p.agency_id = m.agency_id AND p.id = m.pool_id
          WHERE m.agency_id = ${agencyId} AND lower(p.name) LIKE ${prefix} AND (p.shared OR p.owner_id = ${viewerId}))`;
      case 'available':
        return filter.comparison === '<'
          ? sql`c.available_on < ${value}::date`
          : filter.comparison === '>'
            ? sql`c.available_on > ${value}::date`
            : sql`c.available_on <= ${value}::date`;
    }
  })();
  return filter.negated ? sql`NOT coalesce(${condition}, false)` : condition;
}

/** The query parsed, a syntax mistake as a 400 on `q` naming where it is; an unknown status is one too. */
function parseOrRefuse(q: string) {
  try {
    const parsed = parseSearch(q);
    const badStatus = parsed.filters.find((filter) => filter.field === 'status' && !isStatus(filter.value.toLowerCase()));
    if (badStatus) {
      throw new SearchSyntaxError(`status: one of ${CANDIDATE_STATUSES.join(', ')}`, Math.max(0, q.toLowerCase().indexOf('status:')));
    }
    return parsed;
  } catch (error) {
    if (error instanceof SearchSyntaxError) {
      throw new AppError('validation', `q: ${error.message}`, { fields: [{ path: 'q', message: error.message }] });
    }
    throw error;
  }
}

/** Marked headline text → the text and the ranges between the markers. */
export function toSnippet(marked: string): Snippet {
  const highlights: Snippet['highlights'] = [];
  let text = '';
  let start = -1;
  for (const char of marked) {
    if (char === START) {
      start = text.length;
    } else if (char === STOP) {
      if (start >= 0 && text.length > start) {
        highlights.push({ start, end: text.length });
      }
      start = -1;
    } else {
      text += char;
    }
  }
  return { text, highlights };
}

type RankedRow = { id: string; rank: string; snippet: string | null; [section: string]: unknown };

/**
 * Candidate keyword search (issue 5): the text ranked against candidate_search (the newest RANKED_MATCHES matches
 * scored), field filters on the candidate, merged records never; pages by (rank desc, id desc). Three queries a page.
 */
export async function searchCandidates(tx: Executor, agencyId: string, viewerId: string, query: TSearchCandidatesQuery): Promise<{ data: CandidateSearchHit[]; nextCursor: string | null }> {
  const parsed = parseOrRefuse(query.q);
  const filters = [sql`c.agency_id = ${agencyId}`, sql`c.merged_into_id IS NULL`, ...parsed.filters.map((filter) => filterCondition(filter, agencyId, viewerId))];
  if (query.ownerId) {
    filters.push(sql`c.owner_id = ${query.ownerId}`);
  }
  const where = sql.join(filters, sql` AND `);
  const [cursorRank, cursorId] = query.cursor ? decodeCursor(query.cursor) : [null, null];
  const after = cursorId === null ? sql`true` : sql`(ranked.rank, ranked.id) < (${String(cursorRank)}::numeric, ${cursorId}::uuid)`;
  const text: TextExpression | null = parsed.text;
  const highlight = text ? positiveTerms(text) : null;
  const highlightQuery = highlight ? sql`to_tsquery('simple', ${toTsQuery(highlight)})` : null;

  const tsquery = text ? sql`to_tsquery('simple', ${toTsQuery(text)})` : null;
  // Search rows and current CVs belong to live candidates only (a merge drops the one and moves the other), so the
  // candidate row is joined only when a filter reads it: a common word then costs no lookup per match.
  const filtered = parsed.filters.length > 0 || query.ownerId !== undefined;
  const matchesOf = (alias: 's' | 'd') =>
    filtered ? sql`JOIN candidates AS c ON c.agency_id = ${sql.raw(alias)}.agency_id AND c.id = ${sql.raw(alias)}.candidate_id WHERE ${where} AND` : sql`WHERE`;
  // CV text matches join the ranked ones when asked; they rank below any match in the candidate's own fields.
  const cvMatches =
    tsquery && query.cv
      ? sql` UNION (SELECT d.candidate_id AS id FROM candidate_documents AS d ${matchesOf('d')}
          d.agency_id = ${agencyId} AND d.is_current_cv AND d.text_search @@ ${tsquery}
          ORDER BY d.candidate_id DESC LIMIT ${RANKED_MATCHES})`
      : sql``;
  const ranked = tsquery
    ? sql`WITH matches AS (
          (SELECT s.candidate_id AS id FROM candidate_search AS s ${matchesOf('s')}
          s.agency_id = ${agencyId} AND s.document @@ ${tsquery}
          ORDER BY s.candidate_id DESC LIMIT ${RANKED_MATCHES})${cvMatches}),
        ranked AS (
          SELECT matches.id, round(coalesce(ts_rank(s.document, ${tsquery}), 0)::numeric, 6) AS rank
          FROM matches LEFT JOIN candidate_search AS s ON s.agency_id = ${agencyId} AND s.candidate_id = matches.id)`
    : sql`WITH ranked AS (SELECT c.id, 0::numeric AS rank FROM candidates AS c WHERE ${where})`;
  const sections = query.cv ? [...SECTIONS, CV_SECTION] : SECTIONS;
  const sectionHits = highlightQuery
    ? sql.join(
        sections.map(([name, section]) => sql`to_tsvector('simple', ${words(section)}) @@ ${highlightQuery} AS ${sql.identifier(name)}`),
        sql`, `,
      )
    : sql`null AS none`;
  const snippet = highlightQuery
    ? sql`ts_headline('simple', ${SNIPPET_TEXT}, ${highlightQuery}, ${`StartSel=${START}, StopSel=${STOP}, HighlightAll=true`})`
    : SNIPPET_TEXT;
  const result = await tx.execute(sql`${ranked}
    SELECT page.id, page.rank::text AS rank, ${snippet} AS snippet, ${sectionHits}
    FROM (SELECT ranked.id, ranked.rank FROM ranked WHERE ${after} ORDER BY ranked.rank DESC, ranked.id DESC LIMIT ${query.limit + 1}) AS page
    JOIN candidates AS c ON c.agency_id = ${agencyId} AND c.id = page.id
    ORDER BY page.rank DESC, page.id DESC`);
  const rows = resultRows<RankedRow>(result);
  const pageRows = rows.slice(0, query.limit);
  const last = pageRows.at(-1);
  const views = await getCandidateViews(
    tx,
    agencyId,
    pageRows.map((row) => row.id),
  );
  const filterNames = parsed.filters.filter((filter) => !filter.negated).map((filter) => filter.field);
  const rowsById = new Map(pageRows.map((row) => [row.id, row]));
  const data = views.map((view) => {
    const row = rowsById.get(view.candidate.id);
    const matched = sections.filter(([name]) => row?.[name] === true).map(([name]) => name);
    return { ...view, matched: [...new Set([...matched, ...filterNames])], snippet: row?.snippet ? toSnippet(row.snippet) : null };
  });
  return { data, nextCursor: rows.length > query.limit && last ? encodeCursor(last.rank, last.id) : null };
}
