import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { JsonBody, Ok } from '../../api/types';

export type PlacementRecord = Ok<paths['/api/placements/{id}']['get']>;
export type Placement = PlacementRecord['data'];
export type PlacementAbilities = PlacementRecord['abilities'];
export type PlacementSummary = Ok<paths['/api/placements']['get']>['data'][number];
export type ChecklistItem = Placement['checklist'][number];
export type FollowUp = Placement['followUps'][number];
export type PlacementIssue = Placement['issues'][number];
export type PlacementSchedule = NonNullable<Placement['schedule']>;
export type HiringCandidate = Ok<paths['/api/hiring']['get']>['data'][number];

export type PlaceBody = JsonBody<paths['/api/placements']['post']>;
export type UpdatePlacementBody = JsonBody<paths['/api/placements/{id}']['patch']>;
export type StartBody = JsonBody<paths['/api/placements/{id}/start']['post']>;
export type ChecklistItemBody = JsonBody<paths['/api/placements/{id}/checklist/{itemId}']['patch']>;
export type FollowUpBody = JsonBody<paths['/api/placements/{id}/follow-ups/{itemId}']['patch']>;
export type IssueBody = JsonBody<paths['/api/placements/{id}/issues']['post']>;
export type RepeatOrderBody = JsonBody<paths['/api/placements/{id}/repeat-orders']['post']>;
export type ConfirmationBody = JsonBody<paths['/api/placements/{id}/confirmations']['post']>;

type ListQuery = NonNullable<paths['/api/placements']['get']['parameters']['query']>;
/** The overview's filters as the API takes them (paging aside). */
export type PlacementFilters = Omit<ListQuery, 'cursor' | 'limit'>;

export const placementKeys = {
  all: ['placements'] as const,
  list: (filters: PlacementFilters) => ['placements', 'list', filters] as const,
  record: (id: string) => ['placements', 'record', id] as const,
  ofCandidate: (candidateId: string) => ['placements', 'list', { candidateId }] as const,
  ofJob: (jobId: string) => ['placements', 'list', { jobId }] as const,
  hiring: ['placements', 'hiring'] as const,
  acceptedOffer: (entryId: string) => ['offers', 'accepted', entryId] as const,
  issueKinds: ['lists', 'placement_issue_kinds'] as const,
};

const PAGE_SIZE = 50;
/** A candidate or a job has few placements: one page shows them all. */
const ALL = 100;
const byId = (id: string) => ({ params: { path: { id } } });
const item = (id: string, itemId: string) => ({ params: { path: { id, itemId } } });

export const fetchPlacements = (filters: PlacementFilters, cursor: string | undefined) => unwrap(api.GET('/api/placements', { params: { query: { ...filters, cursor, limit: PAGE_SIZE } } }));
export const fetchCandidatePlacements = (candidateId: string) => unwrap(api.GET('/api/placements', { params: { query: { candidateId, limit: ALL } } }));
export const fetchJobPlacements = (jobId: string) => unwrap(api.GET('/api/placements', { params: { query: { jobId, limit: ALL } } }));
export const fetchPlacement = (id: string) => unwrap(api.GET('/api/placements/{id}', byId(id)));
export const fetchHiring = () => unwrap(api.GET('/api/hiring'));

/** The entry's accepted offer, if any: placing from it sends its id and starts from its terms. */
export async function fetchAcceptedOffer(entryId: string) {
  const offers = await unwrap(api.GET('/api/offers', { params: { query: { entryId, status: 'accepted' } } }));
  return offers.data[0] ?? null;
}

/** The agency's kinds of post-placement issue (Settings → Option lists), archived ones too (for labels). */
export async function fetchIssueKinds() {
  const lists = await unwrap(api.GET('/api/lists'));
  return lists.data.find((list) => list.name === 'placement_issue_kinds')?.items ?? [];
}

export const placementActions = {
  place: (body: PlaceBody) => unwrap(api.POST('/api/placements', { body })),
  update: (id: string, body: UpdatePlacementBody) => unwrap(api.PATCH('/api/placements/{id}', { ...byId(id), body })),
  reactivate: (id: string, body: UpdatePlacementBody) => unwrap(api.POST('/api/placements/{id}/reactivate', { ...byId(id), body })),
  cancel: (id: string, version: number, reason: string) => unwrap(api.POST('/api/placements/{id}/cancel', { ...byId(id), body: { version, reason } })),
  confirmStart: (id: string, body: StartBody) => unwrap(api.POST('/api/placements/{id}/start', { ...byId(id), body })),
  updateChecklistItem: (id: string, itemId: string, body: ChecklistItemBody) => unwrap(api.PATCH('/api/placements/{id}/checklist/{itemId}', { ...item(id, itemId), body })),
  recordFollowUp: (id: string, itemId: string, body: FollowUpBody) => unwrap(api.PATCH('/api/placements/{id}/follow-ups/{itemId}', { ...item(id, itemId), body })),
  logIssue: (id: string, body: IssueBody) => unwrap(api.POST('/api/placements/{id}/issues', { ...byId(id), body })),
  resolveIssue: (id: string, itemId: string, version: number, resolution: string) =>
    unwrap(api.POST('/api/placements/{id}/issues/{itemId}/resolve', { ...item(id, itemId), body: { version, resolution } })),
  createRepeatOrder: (id: string, body: RepeatOrderBody) => unwrap(api.POST('/api/placements/{id}/repeat-orders', { ...byId(id), body })),
  sendConfirmations: (id: string, body: ConfirmationBody) => unwrap(api.POST('/api/placements/{id}/confirmations', { ...byId(id), body })),
  cancelHiring: (ids: string[], reason: string) => unwrap(api.POST('/api/hiring/cancel', { body: { ids, options: { reason } } })),
};
