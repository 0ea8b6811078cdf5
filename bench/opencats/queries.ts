// The statements OpenCATS 0.9 issues for each search the benchmark times, taken from its source: QuickSearch::
// candidates() and SearchCandidates::byKeySkills() (lib/Search.php), SearchByResumePager (count, then one page of 20),
// and CandidatesDataGrid::getSQL() (lib/Candidates.php) with the list's default columns, followed by FOUND_ROWS().
// Joins to tables the peer does not have (user, candidate_joborder, candidate_duplicates, saved_list_entry) are left
// out, which can only make OpenCATS look faster. Statements go through the text protocol with client-side escaping,
// as PHP's mysql_query did.
import type { RowDataPacket } from 'mysql2/promise';
import { timeRepeated, type LatencySummary } from '../stats';
import { DATA_ITEM_BULKRESUME, DATA_ITEM_CANDIDATE, OPENCATS_SITE_ID, type OpencatsDb } from './schema';

export type OpencatsSearch = {
  kind: 'quick-name' | 'quick-email' | 'quick-phone' | 'skills' | 'resume' | 'list-first-page' | 'list-deep-page';
  /** What the user typed; for the list kinds, the column alias to sort by ('' for OpenCATS's default). */
  term: string;
};

/** One statement of a search; `total` statements answer the match count (COUNT(*) or FOUND_ROWS()). */
export type OpencatsStatement = { sql: string; params: unknown[]; role: 'rows' | 'total' };

/** The candidates list's rows per page (DataGrid maxResults) and the page the deep-page case asks for. */
export const OPENCATS_LIST_PAGE_SIZE = 15;
export const OPENCATS_DEEP_PAGE = 2000;
const RESUME_PAGE_SIZE = 20;

// Sortable list columns and the direction OpenCATS starts them in (dates newest first, text A→Z).
const LIST_SORTS: Record<string, 'ASC' | 'DESC'> = {
  dateModifiedSort: 'DESC', dateCreatedSort: 'DESC', lastName: 'ASC', firstName: 'ASC', city: 'ASC', state: 'ASC',
};

const DATES = `
  DATE_FORMAT(candidate.date_created, '%m-%d-%y') AS dateCreated,
  DATE_FORMAT(candidate.date_modified, '%m-%d-%y') AS dateModified`;

const stripPhonePunctuation = (column: string) =>
  `REPLACE(REPLACE(REPLACE(REPLACE(${column}, '-', ''), '.', ''), ')', ''), '(', '')`;

const words = (term: string) => term.split(/\s+/).filter((word) => word.length > 0);

// DatabaseSearch::makeREGEXPString: the user's words are literal text inside the regular expression.
const escapeRegexp = (word: string) => word.replace(/[\\+.*()[\]?^$]/g, (char) => `\\${char}`);

/**
 * OpenCATS turns the typed text into one LIKE pattern for every column: `*` is its wildcard and a `%` is appended.
 * A phone search is the user typing `*digits` with the punctuation SearchCandidates::byPhone strips, so the number
 * matches anywhere.
 */
function quickSearchPattern(search: OpencatsSearch): string {
  if (search.kind === 'quick-phone') {
    return `%${search.term.replace(/[.\-()]/g, '')}%`;
  }
  return `${search.term.replaceAll('*', '%')}%`;
}

function quickSearch(search: OpencatsSearch): OpencatsStatement {
  const sql = `
SELECT
  candidate.candidate_id AS candidateID,
  candidate.first_name AS firstName,
  candidate.last_name AS lastName,
  candidate.phone_home AS phoneHome,
  candidate.phone_cell AS phoneCell,
  candidate.key_skills AS keySkills,
  candidate.email1 AS email1,
  candidate.email2 AS email2,
  candidate.owner AS ownerID,${DATES}
FROM candidate
WHERE (
  CONCAT(candidate.first_name, ' ', candidate.last_name) LIKE ?
  OR CONCAT(candidate.last_name, ' ', candidate.first_name) LIKE ?
  OR CONCAT(candidate.last_name, ', ', candidate.first_name) LIKE ?
  OR candidate.email1 LIKE ?
  OR candidate.email2 LIKE ?
  OR ${stripPhonePunctuation('candidate.phone_home')} LIKE ?
  OR ${stripPhonePunctuation('candidate.phone_cell')} LIKE ?
)
AND candidate.site_id = ?
AND candidate.is_admin_hidden = 0
ORDER BY candidate.date_modified DESC, candidate.first_name ASC, candidate.last_name ASC`;
  const pattern = quickSearchPattern(search);
  return { sql, params: [...Array<string>(7).fill(pattern), OPENCATS_SITE_ID], role: 'rows' };
}

/** DatabaseSearch::makeBooleanSQLWhere for plain words: each must match on word boundaries (space means AND). */
function keySkillsSearch(term: string): OpencatsStatement {
  const terms = words(term);
  const where = terms.length > 0 ? terms.map(() => '(candidate.key_skills REGEXP ?)').join(' AND ') : '0';
  const sql = `
SELECT
  candidate.candidate_id AS candidateID,
  candidate.first_name AS firstName,
  candidate.last_name AS lastName,
  candidate.city AS city,
  candidate.state AS state,
  candidate.phone_home AS phoneHome,
  candidate.phone_cell AS phoneCell,
  candidate.key_skills AS keySkills,
  candidate.email1 AS email1,
  candidate.owner AS ownerID,${DATES}
FROM candidate
WHERE (${where})
AND candidate.is_admin_hidden = 0
AND candidate.site_id = ?
AND candidate.is_active = 1
ORDER BY lastName ASC`;
  const patterns = terms.map((word) => `[[:<:]]${escapeRegexp(word)}[[:>:]]`);
  return { sql, params: [...patterns, OPENCATS_SITE_ID], role: 'rows' };
}

/** Résumé text matched with `LIKE '%word%'` per word (OpenCATS's form for a `word*` search); no FULLTEXT index. */
function resumeWhere(term: string): { where: string; params: string[] } {
  const terms = words(term);
  if (terms.length === 0) {
    return { where: '0', params: [] };
  }
  return { where: terms.map(() => '(attachment.text LIKE ?)').join(' AND '), params: terms.map((word) => `%${word}%`) };
}

const VISIBLE_CANDIDATE = `
AND (ISNULL(candidate.is_admin_hidden) OR (candidate.is_admin_hidden = 0))
AND (ISNULL(candidate.is_active) OR (candidate.is_active = 1))`;

function resumeCount(term: string): OpencatsStatement {
  const { where, params } = resumeWhere(term);
  const sql = `
SELECT COUNT(*) AS count
FROM attachment
LEFT JOIN candidate
  ON attachment.data_item_id = candidate.candidate_id
  AND attachment.data_item_type = ?
  AND attachment.site_id = candidate.site_id
WHERE resume = 1
AND (${where})${VISIBLE_CANDIDATE}
AND attachment.site_id = ?`;
  return { sql, params: [DATA_ITEM_CANDIDATE, ...params, OPENCATS_SITE_ID], role: 'total' };
}

function resumePage(term: string): OpencatsStatement {
  const { where, params } = resumeWhere(term);
  const sql = `
SELECT
  attachment.attachment_id AS attachmentID,
  attachment.data_item_id AS candidateID,
  attachment.title AS title,
  attachment.text AS text,
  candidate.first_name AS firstName,
  candidate.last_name AS lastName,
  candidate.city AS city,
  candidate.state AS state,
  candidate.date_created AS dateCreatedSort,
  candidate.date_modified AS dateModifiedSort,
  candidate.owner AS ownerID,${DATES}
FROM attachment
LEFT JOIN candidate
  ON attachment.data_item_id = candidate.candidate_id
  AND attachment.site_id = candidate.site_id
WHERE resume = 1
AND (${where})
AND (attachment.data_item_type = ? OR attachment.data_item_type = ?)
AND attachment.site_id = ?${VISIBLE_CANDIDATE}
ORDER BY lastName ASC
LIMIT 0, ${RESUME_PAGE_SIZE}`;
  return { sql, params: [...params, DATA_ITEM_CANDIDATE, DATA_ITEM_BULKRESUME, OPENCATS_SITE_ID], role: 'rows' };
}

/** The candidates tab (candidatesListByViewDataGrid): SQL_CALC_FOUND_ROWS, GROUP BY, ORDER BY, LIMIT offset, 15. */
function listPage(sortTerm: string, page: number): OpencatsStatement {
  const sortBy = sortTerm === '' ? 'dateModifiedSort' : sortTerm;
  const direction = LIST_SORTS[sortBy];
  if (!direction) {
    throw new Error(`OpenCATS cannot sort its candidate list by "${sortBy}"; one of ${Object.keys(LIST_SORTS).join(', ')}`);
  }
  const offset = (page - 1) * OPENCATS_LIST_PAGE_SIZE;
  const sql = `
SELECT SQL_CALC_FOUND_ROWS
  candidate.candidate_id AS candidateID,
  candidate.candidate_id AS exportID,
  candidate.is_hot AS isHot,
  candidate.date_modified AS dateModifiedSort,
  candidate.date_created AS dateCreatedSort,
  IF(attachment_id, 1, 0) AS attachmentPresent,
  candidate.first_name AS firstName,
  candidate.last_name AS lastName,
  candidate.city AS city,
  candidate.state AS state,
  candidate.key_skills AS keySkills,
  candidate.owner AS ownerID,${DATES}
FROM candidate
LEFT JOIN attachment
  ON candidate.candidate_id = attachment.data_item_id
  AND attachment.data_item_type = ?
WHERE candidate.site_id = ?
AND candidate.is_admin_hidden = 0
GROUP BY candidate.candidate_id
ORDER BY ${sortBy} ${direction}
LIMIT ${offset}, ${OPENCATS_LIST_PAGE_SIZE}`;
  return { sql, params: [DATA_ITEM_CANDIDATE, OPENCATS_SITE_ID], role: 'rows' };
}

const FOUND_ROWS: OpencatsStatement = { sql: 'SELECT FOUND_ROWS() AS totalCount', params: [], role: 'total' };

/** Every statement OpenCATS runs for one search, in its order; they are timed together. */
export function opencatsStatements(search: OpencatsSearch): OpencatsStatement[] {
  switch (search.kind) {
    case 'quick-name':
    case 'quick-email':
    case 'quick-phone':
      return [quickSearch(search)];
    case 'skills':
      return [keySkillsSearch(search.term)];
    case 'resume':
      return [resumeCount(search.term), resumePage(search.term)];
    case 'list-first-page':
      return [listPage(search.term, 1), FOUND_ROWS];
    case 'list-deep-page':
      return [listPage(search.term, OPENCATS_DEEP_PAGE), FOUND_ROWS];
  }
}

/** The statement that fetches the rows OpenCATS shows for a search. */
export function opencatsQuery(search: OpencatsSearch): { sql: string; params: unknown[] } {
  const statement = opencatsStatements(search).find((candidate) => candidate.role === 'rows');
  if (!statement) {
    throw new Error(`no row statement for ${search.kind}`);
  }
  return { sql: statement.sql, params: statement.params };
}

/** Runs a search's statements on the one connection (FOUND_ROWS() needs it); returns the match count. */
async function runStatements(db: OpencatsDb, statements: OpencatsStatement[]): Promise<number> {
  let fetched = 0;
  let total: number | undefined;
  for (const statement of statements) {
    const [rows] = await db.connection.query<RowDataPacket[]>(statement.sql, statement.params);
    if (statement.role === 'total') {
      total = Number(Object.values(rows[0] ?? {})[0] ?? 0);
    } else {
      fetched = rows.length;
    }
  }
  return total ?? fetched;
}

/**
 * Times a search as OpenCATS runs it. `rows` is the match count the page reports: rows fetched for searches without
 * a LIMIT, COUNT(*) for résumés, FOUND_ROWS() for list pages.
 */
export async function timeOpencats(
  db: OpencatsDb,
  search: OpencatsSearch,
  options: { iterations: number; maxMs?: number },
): Promise<LatencySummary & { rows: number }> {
  const statements = opencatsStatements(search);
  let rows = 0;
  const summary = await timeRepeated(async () => {
    rows = await runStatements(db, statements);
  }, options);
  return { ...summary, rows };
}
