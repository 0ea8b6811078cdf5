import { api } from '../../api/client';
import { expectNoContent, unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { JsonBody } from '../../api/types';
import type { CandidateFilters } from '../candidates/queries';

export type { TalentPool, TalentPoolAbilities } from '../../api/types';

export type CreatePoolBody = JsonBody<paths['/api/pools']['post']>;
export type UpdatePoolBody = JsonBody<paths['/api/pools/{id}']['patch']>;
/** The candidate list's filters, within one pool. */
export type PoolMemberFilters = Omit<CandidateFilters, 'poolId'>;

export const poolKeys = {
  all: ['pools'] as const,
  list: (q: string | undefined) => ['pools', 'list', q ?? ''] as const,
  picker: (q: string) => ['pools', 'picker', q] as const,
  record: (id: string) => ['pools', 'record', id] as const,
  members: (id: string, filters: PoolMemberFilters) => ['pools', 'members', id, filters] as const,
  ofCandidate: (candidateId: string) => ['pools', 'of-candidate', candidateId] as const,
};

const PAGE_SIZE = 50;
/** The pool picker shows the first matches by name; typing narrows them. */
const PICKER_SIZE = 50;
const byId = (id: string) => ({ params: { path: { id } } });

export const fetchPools = (q: string | undefined, cursor: string | undefined) => unwrap(api.GET('/api/pools', { params: { query: { q, cursor, limit: PAGE_SIZE } } }));
export const fetchPoolChoices = (q: string) => unwrap(api.GET('/api/pools', { params: { query: { q: q || undefined, limit: PICKER_SIZE } } }));
export const fetchPool = (id: string) => unwrap(api.GET('/api/pools/{id}', byId(id)));
export const fetchPoolMembers = (id: string, filters: PoolMemberFilters, cursor: string | undefined) =>
  unwrap(api.GET('/api/pools/{id}/members', { params: { path: { id }, query: { ...filters, cursor, limit: PAGE_SIZE } } }));
export const fetchCandidatePools = (candidateId: string) => unwrap(api.GET('/api/candidates/{id}/pools', byId(candidateId)));

export const poolActions = {
  create: (body: CreatePoolBody) => unwrap(api.POST('/api/pools', { body })),
  update: (id: string, body: UpdatePoolBody) => unwrap(api.PATCH('/api/pools/{id}', { ...byId(id), body })),
  remove: (id: string) => expectNoContent(api.DELETE('/api/pools/{id}', { ...byId(id), body: {} })),
  addMembers: (id: string, candidateIds: string[]) => unwrap(api.POST('/api/pools/{id}/members', { ...byId(id), body: { candidateIds } })),
  removeMembers: (id: string, candidateIds: string[]) => unwrap(api.POST('/api/pools/{id}/members/remove', { ...byId(id), body: { candidateIds } })),
};

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
