import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { backOfficeSummary } from '../../src/modules/back-office/queries';
import { getCandidateDetailFollowingMerges } from '../../src/modules/candidates/merge-service';
import { listCandidates } from '../../src/modules/candidates/queries';
import { ZListCandidatesQuery } from '../../src/modules/candidates/schema';
import { ZSearchCandidatesQuery } from '../../src/modules/candidates/search-schema';
import { searchCandidates } from '../../src/modules/candidates/search-queries';
import { getPipelineBoard } from '../../src/modules/pipeline/queries';
import { getSettings } from '../../src/platform/settings';
import { today } from '../../src/platform/clock';
import { encodeCursor } from '../../src/platform/pagination';
import { DEMO } from '../../src/seed/demo';
import type { OpencatsSearch } from '../opencats/queries';

/** One read the benchmark drives: its API path, the app's query function behind it (for the raw-SQL floor) and OpenCATS's equivalent. */
export type ReadTarget = { name: string; group: string; path: string; query: (db: Db) => Promise<unknown>; peer?: OpencatsSearch };

/** Records the reads are about, picked from the generated agency (the same picks on every run of a seed). */
export type Samples = {
  agencyId: string;
  userId: string;
  candidateId: string;
  firstName: string;
  lastName: string;
  email: string;
  phoneDigits: string;
  boardJobId: string;
  boardEntries: number;
  deepNameCursor: string;
};

/** The keyword mix the issue fixes: six common skills, a rare one, a two-term AND and a phrase. */
const KEYWORDS = ['java', 'react', 'agile', 'sales', 'leadership', 'azure', 'pharmacovigilance', 'java azure', '"customer service"'];

export async function pickSamples(db: Db): Promise<Samples> {
  const one = async <T>(query: ReturnType<typeof sql>) => {
    const { rows } = (await db.execute(query)) as unknown as { rows: T[] };
    if (!rows[0]) {
      throw new Error('the generated agency lacks a sample');
    }
    return rows[0];
  };
  const agency = await one<{ agency_id: string; id: string }>(sql`SELECT agency_id, id FROM users WHERE lower(email) = ${DEMO.admin.email}`);
  const agencyId = agency.agency_id;
  const { count } = await one<{ count: number }>(sql`SELECT count(*)::int AS count FROM candidates WHERE agency_id = ${agencyId} AND merged_into_id IS NULL`);
  const person = await one<{ id: string; first_name: string; last_name: string; email: string; phone: string }>(
    sql`SELECT id, first_name, last_name, emails[1] AS email, phones[1] AS phone FROM candidates
        WHERE agency_id = ${agencyId} AND merged_into_id IS NULL AND phones[1] LIKE '+447%' ORDER BY id OFFSET ${Math.floor(count / 2)} LIMIT 1`,
  );
  const board = await one<{ job_id: string; entries: number }>(
    sql`SELECT job_id, count(*)::int AS entries FROM pipeline_entries WHERE agency_id = ${agencyId} GROUP BY job_id ORDER BY 2 DESC, 1 LIMIT 1`,
  );
  const deep = await one<{ key: string; id: string }>(
    sql`SELECT lower(last_name) AS key, id FROM candidates WHERE agency_id = ${agencyId} AND merged_into_id IS NULL
        ORDER BY lower(last_name), id OFFSET ${Math.floor(count * 0.9)} LIMIT 1`,
  );
  return {
    agencyId,
    userId: agency.id,
    candidateId: person.id,
    firstName: person.first_name,
    lastName: person.last_name,
    email: person.email,
    phoneDigits: `0${person.phone.slice(3)}`,
    boardJobId: board.job_id,
    boardEntries: board.entries,
    deepNameCursor: encodeCursor(deep.key, deep.id),
  };
}

/** Every read scenario of the issue, for these samples. */
export function readTargets(s: Samples): ReadTarget[] {
  const list = (query: Record<string, string>) => (db: Db) => listCandidates(db, s.agencyId, ZListCandidatesQuery.parse(query), s.userId);
  const search = (query: Record<string, string>) => (db: Db) => searchCandidates(db, s.agencyId, s.userId, ZSearchCandidatesQuery.parse(query));
  const qs = (query: Record<string, string>) => new URLSearchParams(query).toString();
  const namePrefix = `${s.firstName} ${s.lastName.slice(0, 2)}`.toLowerCase();
  return [
    { group: 'quick search', name: `name prefix "${namePrefix}"`, path: `/api/candidates?${qs({ q: namePrefix })}`, query: list({ q: namePrefix }), peer: { kind: 'quick-name', term: namePrefix } },
    { group: 'quick search', name: 'email', path: `/api/candidates?${qs({ q: s.email })}`, query: list({ q: s.email }), peer: { kind: 'quick-email', term: s.email } },
    { group: 'quick search', name: 'phone digits', path: `/api/candidates?${qs({ q: s.phoneDigits })}`, query: list({ q: s.phoneDigits }), peer: { kind: 'quick-phone', term: s.phoneDigits.slice(1) } },
    ...KEYWORDS.map((term) => ({
      group: 'keyword search',
      name: term,
      path: `/api/candidates/search?${qs({ q: term, limit: '50' })}`,
      query: search({ q: term, limit: '50' }),
      peer: { kind: 'skills' as const, term: term.replaceAll('"', '') },
    })),
    {
      group: 'keyword search',
      name: 'java + filter status:active',
      path: `/api/candidates/search?${qs({ q: 'java status:active', limit: '50' })}`,
      query: search({ q: 'java status:active', limit: '50' }),
    },
    { group: 'CV search', name: 'forklift (CV text)', path: `/api/candidates/search?${qs({ q: 'forklift', cv: 'true', limit: '50' })}`, query: search({ q: 'forklift', cv: 'true', limit: '50' }), peer: { kind: 'resume', term: 'forklift' } },
    { group: 'candidate list', name: 'first page', path: '/api/candidates?limit=50', query: list({ limit: '50' }), peer: { kind: 'list-first-page', term: '' } },
    {
      group: 'candidate list',
      name: 'deep keyset page by name (90 %)',
      path: `/api/candidates?${qs({ limit: '50', sort: 'name', cursor: s.deepNameCursor })}`,
      query: list({ limit: '50', sort: 'name', cursor: s.deepNameCursor }),
      peer: { kind: 'list-deep-page', term: 'lastName' },
    },
    { group: 'candidate detail', name: 'one candidate', path: `/api/candidates/${s.candidateId}`, query: (db) => getCandidateDetailFollowingMerges(db, s.agencyId, s.candidateId) },
    { group: 'pipeline board', name: `${s.boardEntries} entries`, path: `/api/jobs/${s.boardJobId}/pipeline/board`, query: (db) => getPipelineBoard(db, s.agencyId, s.boardJobId) },
    {
      group: 'dashboard',
      name: 'back-office home',
      path: '/api/back-office/summary',
      query: async (db) => {
        const settings = await getSettings(db, s.agencyId, ['agency.timeZone', 'agency.weekStart']);
        return backOfficeSummary(db, s.agencyId, today(settings['agency.timeZone']), settings['agency.weekStart']);
      },
    },
  ];
}
