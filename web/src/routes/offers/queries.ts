import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { JsonBody, Ok } from '../../api/types';

export type OfferRecord = Ok<paths['/api/offers/{id}']['get']>;
export type OfferDetail = OfferRecord['data'];
export type OfferAbilities = OfferRecord['abilities'];
export type OfferRevision = OfferDetail['revisions'][number];
export type Offer = Ok<paths['/api/offers']['get']>['data'][number];
export type CreateOfferBody = JsonBody<paths['/api/offers']['post']>;
export type ReviseOfferBody = JsonBody<paths['/api/offers/{id}']['patch']>;

export const offerKeys = {
  all: ['offers'] as const,
  ofEntry: (entryId: string) => ['offers', 'of-entry', entryId] as const,
  record: (id: string) => ['offers', 'record', id] as const,
};

/** An entry has a few offers at most (a new one only after the last was declined or withdrawn). */
const ALL = 50;
const byId = (id: string) => ({ params: { path: { id } } });

export const fetchEntryOffers = (entryId: string) => unwrap(api.GET('/api/offers', { params: { query: { entryId, limit: ALL } } }));
export const fetchOffer = (id: string) => unwrap(api.GET('/api/offers/{id}', byId(id)));

export const offerActions = {
  create: (body: CreateOfferBody) => unwrap(api.POST('/api/offers', { body })),
  revise: (id: string, body: ReviseOfferBody) => unwrap(api.PATCH('/api/offers/{id}', { ...byId(id), body })),
  extend: (id: string, version: number) => unwrap(api.POST('/api/offers/{id}/extend', { ...byId(id), body: { version } })),
  accept: (id: string, version: number, acceptedAt?: string) => unwrap(api.POST('/api/offers/{id}/accept', { ...byId(id), body: { version, ...(acceptedAt ? { acceptedAt } : {}) } })),
  decline: (id: string, version: number, reason: string) => unwrap(api.POST('/api/offers/{id}/decline', { ...byId(id), body: { version, reason } })),
  withdraw: (id: string, version: number, reason: string) => unwrap(api.POST('/api/offers/{id}/withdraw', { ...byId(id), body: { version, reason } })),
  approve: (id: string, version: number, approvedBy: string, approvedAt?: string) =>
    unwrap(api.POST('/api/offers/{id}/client-approval', { ...byId(id), body: { version, approvedBy, ...(approvedAt ? { approvedAt } : {}) } })),
};
