import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { Candidate, JsonBody, Ok } from '../../api/types';

export type { Candidate, CandidateSummary, CandidateDuplicate as DuplicateMatch, CandidateSourceEvent as SourceEvent, CandidateFitNote as FitNote } from '../../api/types';

export type CandidateRecord = Ok<paths['/api/candidates/{id}']['get']>;
export type CandidateAbilities = CandidateRecord['abilities'];
export type CandidateStatus = Candidate['status'];
export type SkillLevel = NonNullable<Candidate['skills'][number]['level']>;

export type CreateCandidateBody = JsonBody<paths['/api/candidates']['post']>;
export type UpdateCandidateBody = JsonBody<paths['/api/candidates/{id}']['patch']>;
export type DuplicatesBody = JsonBody<paths['/api/candidates/duplicates']['post']>;
export type MergeBody = JsonBody<paths['/api/candidates/merge']['post']>;
export type MergePreview = Ok<paths['/api/candidates/merge-preview']['get']>;
export type MergeField = MergePreview['data']['fields'][number]['field'];
export type ChangeOwnerBody = JsonBody<paths['/api/candidates/{id}/owner']['post']>;
export type BulkOwnerBody = JsonBody<paths['/api/candidates/owner']['post']>;
export type BulkTagsBody = JsonBody<paths['/api/candidates/tags']['post']>;
export type BulkTasksBody = JsonBody<paths['/api/candidates/tasks']['post']>;
export type NewSourceEvent = JsonBody<paths['/api/candidates/{id}/source-events']['post']>;
export type NewFitNote = JsonBody<paths['/api/candidates/{id}/fit-notes']['post']>;

type ListQuery = NonNullable<paths['/api/candidates']['get']['parameters']['query']>;
/** The list's filters as the API takes them (paging aside). */
export type CandidateFilters = Omit<ListQuery, 'limit' | 'cursor'>;

export const candidateKeys = {
  all: ['candidates'] as const,
  list: (filters: CandidateFilters) => ['candidates', 'list', filters] as const,
  search: (filters: CandidateSearchFilters) => ['candidates', 'search', filters] as const,
  record: (id: string) => ['candidates', 'record', id] as const,
  sourceEvents: (id: string) => ['candidates', 'source-events', id] as const,
  fitNotes: (id: string) => ['candidates', 'fit-notes', id] as const,
  duplicates: (body: DuplicatesBody) => ['candidates', 'duplicates', body] as const,
  mergePreview: (ids: string[]) => ['candidates', 'merge-preview', ids] as const,
  nurtureStages: ['lists', 'nurture_stages'] as const,
};

const PAGE_SIZE = 50;

export const fetchCandidates = (filters: CandidateFilters, cursor: string | undefined) =>
  unwrap(api.GET('/api/candidates', { params: { query: { ...filters, cursor, limit: PAGE_SIZE } } }));
export const fetchCandidate = (id: string) => unwrap(api.GET('/api/candidates/{id}', { params: { path: { id } } }));
export const fetchSourceEvents = (id: string) => unwrap(api.GET('/api/candidates/{id}/source-events', { params: { path: { id } } }));
export const fetchFitNotes = (id: string) => unwrap(api.GET('/api/candidates/{id}/fit-notes', { params: { path: { id } } }));
export const fetchDuplicates = (body: DuplicatesBody) => unwrap(api.POST('/api/candidates/duplicates', { body }));
export const fetchMergePreview = (ids: string[]) => unwrap(api.GET('/api/candidates/merge-preview', { params: { query: { ids: ids.join(',') } } }));

export async function fetchNurtureStages() {
  const lists = await unwrap(api.GET('/api/lists'));
  return (lists.data.find((list) => list.name === 'nurture_stages')?.items ?? []).filter((item) => !item.archived);
}

const byId = (id: string) => ({ params: { path: { id } } });

export const candidateActions = {
  create: (body: CreateCandidateBody) => unwrap(api.POST('/api/candidates', { body })),
  update: (id: string, body: UpdateCandidateBody) => unwrap(api.PATCH('/api/candidates/{id}', { ...byId(id), body })),
  changeOwner: (id: string, body: ChangeOwnerBody) => unwrap(api.POST('/api/candidates/{id}/owner', { ...byId(id), body })),
  merge: (body: MergeBody) => unwrap(api.POST('/api/candidates/merge', { body })),
  changeOwners: (body: BulkOwnerBody) => unwrap(api.POST('/api/candidates/owner', { body })),
  tagMany: (body: BulkTagsBody) => unwrap(api.POST('/api/candidates/tags', { body })),
  addTasks: (body: BulkTasksBody) => unwrap(api.POST('/api/candidates/tasks', { body })),
  addSourceEvent: (id: string, body: NewSourceEvent) => unwrap(api.POST('/api/candidates/{id}/source-events', { ...byId(id), body })),
  addFitNote: (id: string, body: NewFitNote) => unwrap(api.POST('/api/candidates/{id}/fit-notes', { ...byId(id), body })),
};

/** The CSV export of the list as filtered now (a plain link: the browser downloads it with the session cookie). */
export function exportUrl(filters: CandidateFilters): string {
  const params = new URLSearchParams(Object.entries(filters).flatMap(([key, value]) => (typeof value === 'string' && value !== '' ? [[key, value]] : [])));
  const query = params.toString();
  return query ? `/api/candidates/export.csv?${query}` : '/api/candidates/export.csv';
}

/** Keyword search (the search syntax); an address or a phone number goes to the list's exact quick search instead. */
export const isKeywordSearch = (q: string) => q !== '' && !q.includes('@') && !/^[+\d][\d\s().-]{5,}$/.test(q);

export type CandidateSearchFilters = { q: string; ownerId?: string; cv?: 'true' };

export const fetchCandidateSearch = (filters: CandidateSearchFilters, cursor: string | undefined) =>
  unwrap(api.GET('/api/candidates/search', { params: { query: { ...filters, cursor, limit: PAGE_SIZE } } }));
