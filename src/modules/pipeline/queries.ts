import { type SQL, and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgSelect } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { activities, candidates, interviews, jobStages, jobs, offers, organizations, pipelineEntries, pipelineStageChanges, placements, submissions } from '../../db/schema';
import { daysInStage } from '../../domain/pipeline';
import { now } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import { afterCursorAsc, afterCursorDesc, toPage } from '../../platform/pagination';
import { findTenantRow } from '../../platform/records';
import { OFFER_STATUSES, PLACEMENT_STATUSES, type OfferStatus, type PlacementStatus } from '../../shared/pipeline';
import { jobReference } from '../jobs/presenter';
import { getEntryRow, jobStagesOf } from './entry-moves';
import type { TListPipelineQuery } from './schema';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);
const isOfferStatus = (value: unknown): value is OfferStatus => (OFFER_STATUSES as readonly unknown[]).includes(value);
export const isPlacementStatus = (value: unknown): value is PlacementStatus => (PLACEMENT_STATUSES as readonly unknown[]).includes(value);

/**
 * What a card shows besides the entry and candidate, each a correlated subquery over an index on (agency, entry or
 * candidate): the cards of a whole board come back in one statement, however many there are.
 */
function cardColumns(at: Date) {
  return {
    entryId: pipelineEntries.id,
    version: pipelineEntries.version,
    stageId: pipelineEntries.stageId,
    candidateId: pipelineEntries.candidateId,
    firstName: candidates.firstName,
    lastName: candidates.lastName,
    currentTitle: candidates.currentTitle,
    location: candidates.location,
    email: sql<string | null>`${candidates.emails}[1]`,
    candidateStatus: candidates.status,
    stageEnteredAt: pipelineEntries.stageEnteredAt,
    closedReason: pipelineEntries.closedReason,
    lastActivityAt: sql<Date | null>`(SELECT max(${activities.occurredAt}) FROM ${activities}
      WHERE ${activities.agencyId} = ${pipelineEntries.agencyId} AND ${activities.candidateId} = ${pipelineEntries.candidateId})`.mapWith(activities.occurredAt),
    nextInterviewAt: sql<Date | null>`(SELECT min(${interviews.startsAt}) FROM ${interviews}
      WHERE ${interviews.agencyId} = ${pipelineEntries.agencyId} AND ${interviews.entryId} = ${pipelineEntries.id}
        AND ${interviews.status} = 'scheduled' AND ${interviews.startsAt} >= ${at})`.mapWith(interviews.startsAt),
    awaitingFeedback: sql<boolean>`EXISTS (SELECT 1 FROM ${submissions}
      WHERE ${submissions.agencyId} = ${pipelineEntries.agencyId} AND ${submissions.entryId} = ${pipelineEntries.id}
        AND ${submissions.status} = 'submitted' AND ${submissions.firstFeedbackAt} IS NULL)`.mapWith(Boolean),
    offerStatus: sql<string | null>`(SELECT ${offers.status} FROM ${offers}
      WHERE ${offers.agencyId} = ${pipelineEntries.agencyId} AND ${offers.entryId} = ${pipelineEntries.id}
      ORDER BY ${offers.createdAt} DESC, ${offers.id} DESC LIMIT 1)`,
    placementStatus: sql<string | null>`(SELECT ${placements.status} FROM ${placements}
      WHERE ${placements.agencyId} = ${pipelineEntries.agencyId} AND ${placements.entryId} = ${pipelineEntries.id}
      ORDER BY ${placements.placedAt} DESC, ${placements.id} DESC LIMIT 1)`,
  };
}

type CardRow = {
  entryId: string;
  version: number;
  stageId: string;
  candidateId: string;
  firstName: string;
  lastName: string;
  currentTitle: string | null;
  location: string | null;
  email: string | null;
  candidateStatus: string;
  stageEnteredAt: Date;
  closedReason: string | null;
  lastActivityAt: Date | null;
  nextInterviewAt: Date | null;
  awaitingFeedback: boolean;
  offerStatus: string | null;
  placementStatus: string | null;
};

function selectCards(tx: Executor, at: Date) {
  return tx
    .select(cardColumns(at))
    .from(pipelineEntries)
    .innerJoin(candidates, and(eq(candidates.agencyId, pipelineEntries.agencyId), eq(candidates.id, pipelineEntries.candidateId)));
}

/** A card as the board and the list show it. */
export function presentCard(row: CardRow, at: Date) {
  return {
    entryId: row.entryId,
    version: row.version,
    stageId: row.stageId,
    candidateId: row.candidateId,
    name: `${row.firstName} ${row.lastName}`,
    currentTitle: row.currentTitle,
    location: row.location,
    email: row.email,
    lastActivityAt: row.lastActivityAt?.toISOString() ?? null,
    stageEnteredAt: row.stageEnteredAt.toISOString(),
    daysInStage: daysInStage(row.stageEnteredAt, at),
    closedReason: row.closedReason,
    flags: {
      doNotContact: row.candidateStatus === 'do_not_contact',
      interviewScheduled: row.nextInterviewAt?.toISOString() ?? null,
      awaitingFeedback: row.awaitingFeedback,
      offerStatus: isOfferStatus(row.offerStatus) ? row.offerStatus : null,
      placementStatus: isPlacementStatus(row.placementStatus) ? row.placementStatus : null,
    },
  };
}

export const getJobRowForPipeline = (tx: Executor, agencyId: string, jobId: string) => findTenantRow(tx, jobs, agencyId, jobId, 'Job');

/**
 * A job's whole board in three statements whatever its size: the job, its stages, and every card with its flags.
 * Counts per stage come from the cards. Cards sit in stage order, longest in the stage first.
 */
export async function getPipelineBoard(tx: Executor, agencyId: string, jobId: string) {
  const at = now();
  const [job, stages, cards] = await Promise.all([
    getJobRowForPipeline(tx, agencyId, jobId),
    jobStagesOf(tx, agencyId, jobId),
    selectCards(tx, at)
      .where(and(eq(pipelineEntries.agencyId, agencyId), eq(pipelineEntries.jobId, jobId)))
      .orderBy(asc(pipelineEntries.stageEnteredAt), asc(pipelineEntries.id)),
  ]);
  const counts = new Map<string, number>();
  for (const card of cards) {
    counts.set(card.stageId, (counts.get(card.stageId) ?? 0) + 1);
  }
  return {
    job: { id: job.id, number: job.number, reference: jobReference(job.number), title: job.title, status: job.status, version: job.version },
    stages: stages.map((stage) => ({ id: stage.id, name: stage.name, kind: stage.kind, position: stage.position, count: counts.get(stage.id) ?? 0 })),
    cards: cards.map((card) => presentCard(card, at)),
  };
}

/** Yes/no answers may be stored as booleans or as the words. */
function answerValues(value: string): string[] {
  const lower = value.toLowerCase();
  if (lower === 'yes' || lower === 'true') {
    return ['yes', 'true'];
  }
  if (lower === 'no' || lower === 'false') {
    return ['no', 'false'];
  }
  return [lower];
}

/** The list view of a job's pipeline: filters, keyset pages ordered by when the entry entered its stage. */
export async function listPipeline(tx: Executor, agencyId: string, jobId: string, query: TListPipelineQuery) {
  const at = now();
  await getJobRowForPipeline(tx, agencyId, jobId);
  const ascending = query.sort === 'stage_entered_asc';
  const conditions: (SQL | undefined)[] = [
    eq(pipelineEntries.agencyId, agencyId),
    eq(pipelineEntries.jobId, jobId),
    query.stageId ? eq(pipelineEntries.stageId, query.stageId) : undefined,
    query.kind
      ? inArray(
          pipelineEntries.stageId,
          tx
            .select({ id: jobStages.id })
            .from(jobStages)
            .where(and(eq(jobStages.agencyId, agencyId), eq(jobStages.jobId, jobId), eq(jobStages.kind, query.kind))),
        )
      : undefined,
    query.q ? sql`(lower(${candidates.firstName}) || ' ' || lower(${candidates.lastName})) LIKE ${`%${escapeLike(query.q)}%`}` : undefined,
    query.answer ? inArray(sql`lower(${pipelineEntries.screeningAnswers} ->> ${query.answer.questionId})`, answerValues(query.answer.value)) : undefined,
    ascending ? afterCursorAsc(pipelineEntries.stageEnteredAt, pipelineEntries.id, query.cursor) : afterCursorDesc(pipelineEntries.stageEnteredAt, pipelineEntries.id, query.cursor),
  ];
  const order = ascending ? [asc(pipelineEntries.stageEnteredAt), asc(pipelineEntries.id)] : [desc(pipelineEntries.stageEnteredAt), desc(pipelineEntries.id)];
  const rows = await selectCards(tx, at)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.stageEnteredAt.toISOString(), row.entryId]);
  return { data: page.data.map((row) => presentCard(row, at)), nextCursor: page.nextCursor };
}

/** One entry with its candidate, job, the job's stages and every stage move (newest first). */
export async function getPipelineEntryDetail(tx: Executor, agencyId: string, id: string) {
  const entry = await getEntryRow(tx, agencyId, id);
  const [[context], stages, history] = await Promise.all([
    tx
      .select({ candidate: candidates, job: jobs, organizationName: organizations.name })
      .from(candidates)
      .innerJoin(jobs, and(eq(jobs.agencyId, candidates.agencyId), eq(jobs.id, entry.jobId)))
      .innerJoin(organizations, and(eq(organizations.agencyId, jobs.agencyId), eq(organizations.id, jobs.organizationId)))
      .where(and(eq(candidates.agencyId, agencyId), eq(candidates.id, entry.candidateId))),
    jobStagesOf(tx, agencyId, entry.jobId),
    tx
      .select()
      .from(pipelineStageChanges)
      .where(and(eq(pipelineStageChanges.agencyId, agencyId), eq(pipelineStageChanges.entryId, id)))
      .orderBy(desc(pipelineStageChanges.createdAt), desc(pipelineStageChanges.id)),
  ]);
  if (!context) {
    throw notFound('Pipeline entry');
  }
  return { entry, ...context, stages, history };
}
export type PipelineEntryDetail = Awaited<ReturnType<typeof getPipelineEntryDetail>>;

/** Every entry of a candidate across jobs, newest first, with the job, its client, the stage and the latest placement's status. */
export async function listCandidatePipeline(tx: Executor, agencyId: string, candidateId: string) {
  await findTenantRow(tx, candidates, agencyId, candidateId, 'Candidate');
  return tx
    .select({
      entry: pipelineEntries,
      job: { id: jobs.id, number: jobs.number, title: jobs.title, status: jobs.status, organizationId: jobs.organizationId },
      organizationName: organizations.name,
      stage: { id: jobStages.id, name: jobStages.name, kind: jobStages.kind, position: jobStages.position },
      placementStatus: sql<string | null>`(SELECT ${placements.status} FROM ${placements}
        WHERE ${placements.agencyId} = ${pipelineEntries.agencyId} AND ${placements.entryId} = ${pipelineEntries.id}
        ORDER BY ${placements.placedAt} DESC, ${placements.id} DESC LIMIT 1)`,
    })
    .from(pipelineEntries)
    .innerJoin(jobs, and(eq(jobs.agencyId, pipelineEntries.agencyId), eq(jobs.id, pipelineEntries.jobId)))
    .innerJoin(organizations, and(eq(organizations.agencyId, jobs.agencyId), eq(organizations.id, jobs.organizationId)))
    .innerJoin(jobStages, and(eq(jobStages.agencyId, pipelineEntries.agencyId), eq(jobStages.id, pipelineEntries.stageId)))
    .where(and(eq(pipelineEntries.agencyId, agencyId), eq(pipelineEntries.candidateId, candidateId)))
    .orderBy(desc(pipelineEntries.updatedAt), desc(pipelineEntries.id));
}
export type CandidatePipelineRow = Awaited<ReturnType<typeof listCandidatePipeline>>[number];

/** What a record made on an entry (an interview, an offer) shows of it: the entry's stage, the job and its client, the candidate. */
export const entryContextColumns = {
  entry: { id: pipelineEntries.id, version: pipelineEntries.version, stageId: jobStages.id, stageName: jobStages.name, stageKind: jobStages.kind },
  job: { id: jobs.id, number: jobs.number, title: jobs.title, organizationId: jobs.organizationId, organizationName: organizations.name },
  candidate: { id: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName },
};

/** Joins what `entryContextColumns` reads to a table of records made on an entry (each carries its entry, job and candidate). */
export function joinEntryContext<T extends PgSelect>(query: T, record: { agencyId: AnyPgColumn; entryId: AnyPgColumn; jobId: AnyPgColumn; candidateId: AnyPgColumn }) {
  return query
    .innerJoin(pipelineEntries, and(eq(pipelineEntries.agencyId, record.agencyId), eq(pipelineEntries.id, record.entryId)))
    .innerJoin(jobStages, and(eq(jobStages.agencyId, pipelineEntries.agencyId), eq(jobStages.id, pipelineEntries.stageId)))
    .innerJoin(jobs, and(eq(jobs.agencyId, record.agencyId), eq(jobs.id, record.jobId)))
    .innerJoin(organizations, and(eq(organizations.agencyId, jobs.agencyId), eq(organizations.id, jobs.organizationId)))
    .innerJoin(candidates, and(eq(candidates.agencyId, record.agencyId), eq(candidates.id, record.candidateId)));
}
