import { type SQL, and, asc, desc, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { candidateFitNotes, candidateSourceEvents, candidates, jobs, organizations, talentPoolMembers, talentPools, users } from '../../db/schema';
import { type DuplicateReason, NAME_SIMILARITY_THRESHOLD, duplicateReasons, duplicateStrength } from '../../domain/candidate-duplicates';
import { notFound } from '../../platform/errors';
import { personNamePrefix } from '../../platform/name-search';
import { afterCursorAsc, afterCursorDesc, toPage } from '../../platform/pagination';
import { type FindOptions, findTenantRow } from '../../platform/records';
import { getSetting } from '../../platform/settings';
import type { CandidateSource } from '../../shared/candidates';
import { looksLikePhone, normalizePhone } from '../../shared/phones';
import { type NextAction, nextActionsFor } from '../activities/next-actions';
import { findSurvivor, mergedInto } from './merged';
import type { TListCandidatesQuery } from './schema';

export type CandidateRow = typeof candidates.$inferSelect;
export type CandidateView = { candidate: CandidateRow; ownerName: string | null; nextAction: NextAction | null };

const owners = alias(users, 'owner');
const lowerFirst = sql<string>`lower(${candidates.firstName})`;
const lowerLast = sql<string>`lower(${candidates.lastName})`;
/** The expression of candidates_name_trgm_idx, written the same way so the planner uses the index. */
const fullName = sql<string>`(lower(${candidates.firstName}) || ' ' || lower(${candidates.lastName}))`;

function selectCandidates(tx: Executor) {
  return tx
    .select({ candidate: candidates, ownerName: owners.name })
    .from(candidates)
    .leftJoin(owners, and(eq(owners.agencyId, candidates.agencyId), eq(owners.id, candidates.ownerId)));
}

/** Each row's next action, for the whole page in one query. */
export async function withNextActions(tx: Executor, agencyId: string, rows: { candidate: CandidateRow; ownerName: string | null }[]): Promise<CandidateView[]> {
  const actions = await nextActionsFor(
    tx,
    agencyId,
    'candidateId',
    rows.map((row) => row.candidate.id),
  );
  return rows.map((row) => ({ ...row, nextAction: actions.get(row.candidate.id) ?? null }));
}

/**
 * What was typed chooses the index: an address is an exact email (emails GIN), digits are a phone normalized as the
 * agency reads phone numbers (phones GIN), anything else a name prefix. Email and phone hits are exact and few.
 */
async function searchCondition(tx: Executor, agencyId: string, q: string): Promise<{ condition: SQL | undefined; isExact: boolean }> {
  if (q.includes('@')) {
    return { condition: sql`${candidates.emails} @> ARRAY[${q.toLowerCase()}]::text[]`, isExact: true };
  }
  if (looksLikePhone(q)) {
    const phone = normalizePhone(q, await getSetting(tx, agencyId, 'agency.phoneCountry'));
    return { condition: phone ? sql`${candidates.phones} @> ARRAY[${phone}]::text[]` : sql`false`, isExact: true };
  }
  return { condition: personNamePrefix(lowerFirst, lowerLast, q), isExact: false };
}

/**
 * Members of a talent pool the viewer can see (shared, or their own); a private pool of someone else has none.
 * Served by the members' primary key (agency_id, pool_id, candidate_id).
 */
function inPool(tx: Executor, agencyId: string, poolId: string, viewerId: string | undefined): SQL {
  const members = tx
    .select({ candidateId: talentPoolMembers.candidateId })
    .from(talentPoolMembers)
    .innerJoin(talentPools, and(eq(talentPools.agencyId, talentPoolMembers.agencyId), eq(talentPools.id, talentPoolMembers.poolId)))
    .where(
      and(
        eq(talentPoolMembers.agencyId, agencyId),
        eq(talentPoolMembers.poolId, poolId),
        viewerId ? or(eq(talentPools.shared, true), eq(talentPools.ownerId, viewerId)) : eq(talentPools.shared, true),
      ),
    );
  return inArray(candidates.id, members);
}

/**
 * Candidates of the agency (merged ones left out), most recently changed first or by last name, keyset-paginated.
 * `viewerId` is the caller, whose private pools the `poolId` filter may name.
 */
export async function listCandidates(tx: Executor, agencyId: string, query: TListCandidatesQuery, viewerId?: string) {
  const byName = query.sort === 'name';
  const search = query.q ? await searchCondition(tx, agencyId, query.q) : { condition: undefined, isExact: false };
  const filters = [
    eq(candidates.agencyId, agencyId),
    isNull(candidates.mergedIntoId),
    query.status ? eq(candidates.status, query.status) : undefined,
    query.ownerId ? eq(candidates.ownerId, query.ownerId) : undefined,
    query.tag ? sql`${candidates.tags} @> ARRAY[${query.tag}]::text[]` : undefined,
    query.skill ? sql`${candidates.skillNames} @> ARRAY[${query.skill}]::text[]` : undefined,
    query.availableBy ? lte(candidates.availableOn, query.availableBy) : undefined,
    query.poolId ? inPool(tx, agencyId, query.poolId, viewerId) : undefined,
    search.condition,
  ];
  if (search.isExact) {
    // A handful of exact hits: asked plainly the planner takes the GIN index; with ORDER BY … LIMIT it may walk the
    // updated_at index looking for them (see contacts). Ids first, then the rows, ordered here, one page.
    const ids = await tx.select({ id: candidates.id }).from(candidates).where(and(...filters));
    const hits = ids.length === 0 ? [] : await selectCandidates(tx).where(and(eq(candidates.agencyId, agencyId), inArray(candidates.id, ids.map((row) => row.id))));
    const ordered = hits.sort((a, b) =>
      byName ? a.candidate.lastName.toLowerCase().localeCompare(b.candidate.lastName.toLowerCase()) : b.candidate.updatedAt.getTime() - a.candidate.updatedAt.getTime(),
    );
    return { data: await withNextActions(tx, agencyId, query.cursor ? [] : ordered.slice(0, query.limit)), nextCursor: null };
  }
  const rows = await selectCandidates(tx)
    .where(and(...filters, byName ? afterCursorAsc(lowerLast, candidates.id, query.cursor) : afterCursorDesc(candidates.updatedAt, candidates.id, query.cursor)))
    .orderBy(...(byName ? [asc(lowerLast), asc(candidates.id)] : [desc(candidates.updatedAt), desc(candidates.id)]))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => (byName ? [row.candidate.lastName.toLowerCase(), row.candidate.id] : [row.candidate.updatedAt.toISOString(), row.candidate.id]));
  return { data: await withNextActions(tx, agencyId, page.data), nextCursor: page.nextCursor };
}

/**
 * One candidate row of the agency, locked when a command will change it. A merged candidate answers 409 naming the
 * record it was merged into (GET /api/candidates/{id} redirects there instead).
 */
export async function getCandidateRow(tx: Executor, agencyId: string, id: string, options?: FindOptions): Promise<CandidateRow> {
  const row = await findTenantRow(tx, candidates, agencyId, id, 'Candidate', options);
  if (row.mergedIntoId) {
    const survivor = await findSurvivor(tx, agencyId, id);
    throw survivor ? mergedInto(survivor) : notFound('Candidate');
  }
  return row;
}

/** The oldest source event of candidate `candidates`: one probe of (agency_id, candidate_id, occurred_at) per column. */
const firstSourceOf = (column: SQL) => sql`(SELECT ${column} FROM ${candidateSourceEvents}
  WHERE ${candidateSourceEvents.agencyId} = ${candidates.agencyId} AND ${candidateSourceEvents.candidateId} = ${candidates.id}
  ORDER BY ${candidateSourceEvents.occurredAt}, ${candidateSourceEvents.id} LIMIT 1)`;

/**
 * The candidate page: the record with its owner, next action and first source, in two statements; null when there is
 * no such live candidate (missing, or merged into another).
 */
export async function findCandidateDetail(tx: Executor, agencyId: string, id: string) {
  const [row] = await tx
    .select({
      candidate: candidates,
      ownerName: owners.name,
      firstSource: sql<CandidateSource | null>`${firstSourceOf(sql`${candidateSourceEvents.source}`)}`,
      firstSourceAt: sql<Date | null>`${firstSourceOf(sql`${candidateSourceEvents.occurredAt}`)}`.mapWith(candidateSourceEvents.occurredAt),
    })
    .from(candidates)
    .leftJoin(owners, and(eq(owners.agencyId, candidates.agencyId), eq(owners.id, candidates.ownerId)))
    .where(and(eq(candidates.agencyId, agencyId), eq(candidates.id, id), isNull(candidates.mergedIntoId)));
  if (!row) {
    return null;
  }
  const { firstSource, firstSourceAt, ...candidate } = row;
  const [view] = await withNextActions(tx, agencyId, [candidate]);
  return view ? { ...view, firstSource: firstSource && firstSourceAt ? { source: firstSource, occurredAt: firstSourceAt } : null } : null;
}

export async function getCandidateDetail(tx: Executor, agencyId: string, id: string) {
  const detail = await findCandidateDetail(tx, agencyId, id);
  if (!detail) {
    throw notFound('Candidate');
  }
  return detail;
}

export type CandidateDetail = Awaited<ReturnType<typeof getCandidateDetail>>;

/** Candidates of the agency by id with their owners and next actions (the answer of a bulk action). */
export async function getCandidateViews(tx: Executor, agencyId: string, ids: readonly string[]): Promise<CandidateView[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await selectCandidates(tx).where(and(eq(candidates.agencyId, agencyId), inArray(candidates.id, [...ids])));
  const byId = new Map(rows.map((row) => [row.candidate.id, row]));
  return withNextActions(
    tx,
    agencyId,
    ids.flatMap((id) => byId.get(id) ?? []),
  );
}

/** Every way the candidate reached the agency, oldest first. */
export async function listSourceEvents(tx: Executor, agencyId: string, candidateId: string) {
  await getCandidateRow(tx, agencyId, candidateId);
  return tx
    .select({ event: candidateSourceEvents, jobTitle: jobs.title })
    .from(candidateSourceEvents)
    .leftJoin(jobs, and(eq(jobs.agencyId, candidateSourceEvents.agencyId), eq(jobs.id, candidateSourceEvents.jobId)))
    .where(and(eq(candidateSourceEvents.agencyId, agencyId), eq(candidateSourceEvents.candidateId, candidateId)))
    .orderBy(asc(candidateSourceEvents.occurredAt), asc(candidateSourceEvents.id));
}

export type SourceEventRow = Awaited<ReturnType<typeof listSourceEvents>>[number];

/** One source event with its job's title. */
export async function getSourceEventView(tx: Executor, agencyId: string, id: string): Promise<SourceEventRow> {
  const [row] = await tx
    .select({ event: candidateSourceEvents, jobTitle: jobs.title })
    .from(candidateSourceEvents)
    .leftJoin(jobs, and(eq(jobs.agencyId, candidateSourceEvents.agencyId), eq(jobs.id, candidateSourceEvents.jobId)))
    .where(and(eq(candidateSourceEvents.agencyId, agencyId), eq(candidateSourceEvents.id, id)));
  if (!row) {
    throw notFound('Source event');
  }
  return row;
}

const authors = alias(users, 'author');

function selectFitNotes(tx: Executor) {
  return tx
    .select({ note: candidateFitNotes, organizationName: organizations.name, jobTitle: jobs.title, authorName: authors.name })
    .from(candidateFitNotes)
    .leftJoin(organizations, and(eq(organizations.agencyId, candidateFitNotes.agencyId), eq(organizations.id, candidateFitNotes.organizationId)))
    .leftJoin(jobs, and(eq(jobs.agencyId, candidateFitNotes.agencyId), eq(jobs.id, candidateFitNotes.jobId)))
    .leftJoin(authors, and(eq(authors.agencyId, candidateFitNotes.agencyId), eq(authors.id, candidateFitNotes.authorId)));
}

/** The candidate's fit and future-fit notes, newest first. */
export async function listFitNotes(tx: Executor, agencyId: string, candidateId: string) {
  await getCandidateRow(tx, agencyId, candidateId);
  return selectFitNotes(tx)
    .where(and(eq(candidateFitNotes.agencyId, agencyId), eq(candidateFitNotes.candidateId, candidateId)))
    .orderBy(desc(candidateFitNotes.createdAt), desc(candidateFitNotes.id));
}

export type FitNoteView = Awaited<ReturnType<typeof listFitNotes>>[number];

/** One fit note with its labels; a note of a merged candidate is still the agency's and still found. */
export async function getFitNoteView(tx: Executor, agencyId: string, id: string): Promise<FitNoteView> {
  const [row] = await selectFitNotes(tx).where(and(eq(candidateFitNotes.agencyId, agencyId), eq(candidateFitNotes.id, id)));
  if (!row) {
    throw notFound('Fit note');
  }
  return row;
}

export const getFitNoteRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, candidateFitNotes, agencyId, id, 'Fit note', options);

const DUPLICATE_LIMIT = 20;

const textArray = (values: readonly string[]) => sql`ARRAY[${sql.join(values.map((value) => sql`${value}`), sql`, `)}]::text[]`;

export type DuplicateProbeInput = { firstName: string; lastName: string; emails: string[]; phones: string[]; currentEmployer?: string | null; excludeId?: string };

/**
 * Likely duplicates among the agency's candidates (merged ones never count): one statement whose branches each use an
 * index (emails GIN, phones GIN, name trigram GIN), then the reasons assembled by the domain rule, strongest first.
 */
export async function findDuplicates(tx: Executor, agencyId: string, probe: DuplicateProbeInput): Promise<(CandidateView & { reasons: DuplicateReason[] })[]> {
  const name = `${probe.firstName} ${probe.lastName}`.trim().toLowerCase();
  const employer = probe.currentEmployer?.trim().toLowerCase();
  const similarity = sql<number>`similarity(${fullName}, ${name})`;
  const branches = [
    probe.emails.length > 0 ? sql`${candidates.emails} && ${textArray(probe.emails)}` : undefined,
    probe.phones.length > 0 ? sql`${candidates.phones} && ${textArray(probe.phones)}` : undefined,
    employer ? sql`(${fullName} % ${name} AND ${similarity} >= ${NAME_SIMILARITY_THRESHOLD} AND lower(${candidates.currentEmployer}) = ${employer})` : undefined,
  ].filter((branch) => branch !== undefined);
  if (branches.length === 0) {
    return [];
  }
  const rows = await tx
    .select({ candidate: candidates, ownerName: owners.name, nameSimilarity: similarity })
    .from(candidates)
    .leftJoin(owners, and(eq(owners.agencyId, candidates.agencyId), eq(owners.id, candidates.ownerId)))
    .where(and(eq(candidates.agencyId, agencyId), isNull(candidates.mergedIntoId), probe.excludeId ? ne(candidates.id, probe.excludeId) : undefined, or(...branches)))
    .limit(DUPLICATE_LIMIT * 5);
  const matches = rows
    .map((row) => ({
      row: { candidate: row.candidate, ownerName: row.ownerName },
      reasons: duplicateReasons(probe, { ...row.candidate, nameSimilarity: Number(row.nameSimilarity) }),
    }))
    .filter((match) => match.reasons.length > 0)
    .sort((a, b) => duplicateStrength(b.reasons) - duplicateStrength(a.reasons) || b.row.candidate.updatedAt.getTime() - a.row.candidate.updatedAt.getTime())
    .slice(0, DUPLICATE_LIMIT);
  const views = await withNextActions(
    tx,
    agencyId,
    matches.map((match) => match.row),
  );
  return views.map((view, index) => ({ ...view, reasons: matches[index]?.reasons ?? [] }));
}
