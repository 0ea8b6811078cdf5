import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { PipelineCard, JsonBody, Ok } from '../../api/types';

export type { CandidatePipelineEntry, PipelineAbilities, PipelineCard, PipelineEntryDetail, PipelineStage, PipelineStageChange } from '../../api/types';

export type PipelineBoard = Ok<paths['/api/jobs/{id}/pipeline/board']['get']>;
export type BoardStage = PipelineBoard['data']['stages'][number];
export type AddToPipelineBody = JsonBody<paths['/api/jobs/{id}/pipeline']['post']>;
export type BulkMoveBody = JsonBody<paths['/api/pipeline/move']['post']>;
type ListQuery = NonNullable<paths['/api/jobs/{id}/pipeline']['get']['parameters']['query']>;
/** The list view's filters as the API takes them (paging aside). */
export type PipelineFilters = Pick<ListQuery, 'stageId' | 'q'>;

export const pipelineKeys = {
  all: ['pipeline'] as const,
  board: (jobId: string) => ['pipeline', 'board', jobId] as const,
  list: (jobId: string, filters: PipelineFilters) => ['pipeline', 'list', jobId, filters] as const,
  entry: (id: string) => ['pipeline', 'entry', id] as const,
  ofCandidate: (candidateId: string) => ['pipeline', 'of-candidate', candidateId] as const,
  jobChoices: (q: string) => ['jobs', 'pipeline-picker', q] as const,
  candidateChoices: (q: string) => ['candidates', 'pipeline-picker', q] as const,
  poolChoices: (poolId: string) => ['pools', 'pipeline-picker', poolId] as const,
  rejectionReasons: ['lists', 'rejection_reasons'] as const,
};

const PAGE_SIZE = 50;
/** Pickers show the first matches; typing narrows them. */
const PICKER_SIZE = 20;
/** A pool is added whole, up to the batch limit of the add call. */
const POOL_SIZE = 200;
const byId = (id: string) => ({ params: { path: { id } } });

export const fetchBoard = (jobId: string) => unwrap(api.GET('/api/jobs/{id}/pipeline/board', byId(jobId)));
export const fetchPipelineList = (jobId: string, filters: PipelineFilters, cursor: string | undefined) =>
  unwrap(api.GET('/api/jobs/{id}/pipeline', { params: { path: { id: jobId }, query: { ...filters, cursor, limit: PAGE_SIZE } } }));
export const fetchEntry = (id: string) => unwrap(api.GET('/api/pipeline/{id}', byId(id)));
export const fetchCandidatePipeline = (candidateId: string) => unwrap(api.GET('/api/candidates/{id}/pipeline', byId(candidateId)));

/** Jobs that take candidates now (qualified or open), by title or reference. */
export const fetchJobChoices = (q: string) => unwrap(api.GET('/api/jobs', { params: { query: { q: q || undefined, status: ['open', 'qualified'], limit: PICKER_SIZE } } }));
export const fetchCandidateChoices = (q: string) => unwrap(api.GET('/api/candidates', { params: { query: { q: q || undefined, sort: 'name', limit: PICKER_SIZE } } }));
export const fetchPoolCandidates = (poolId: string) => unwrap(api.GET('/api/pools/{id}/members', { params: { path: { id: poolId }, query: { sort: 'name', limit: POOL_SIZE } } }));

/** The agency's reasons for rejecting or withdrawing a candidate (Settings → Option lists), archived ones too (for labels). */
export async function fetchRejectionReasons() {
  const lists = await unwrap(api.GET('/api/lists'));
  return lists.data.find((list) => list.name === 'rejection_reasons')?.items ?? [];
}

/**
 * The first email address of some entries' candidates, null for those without one. The cards and the list carry no
 * addresses, so each entry's detail is read (a bulk email picks a page of people at most).
 */
export const pipelineActions = {
  add: (jobId: string, body: AddToPipelineBody) => unwrap(api.POST('/api/jobs/{id}/pipeline', { ...byId(jobId), body })),
  addToJob: (candidateId: string, jobId: string) => unwrap(api.POST('/api/candidates/{id}/pipeline', { ...byId(candidateId), body: { jobId } })),
  move: (card: Pick<PipelineCard, 'entryId' | 'version'>, stageId: string, reason?: string) =>
    unwrap(api.POST('/api/pipeline/{id}/move', { ...byId(card.entryId), body: { stageId, version: card.version, ...(reason ? { reason } : {}) } })),
  moveMany: (body: BulkMoveBody) => unwrap(api.POST('/api/pipeline/move', { body })),
};

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
