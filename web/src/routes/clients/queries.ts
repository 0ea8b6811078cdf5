import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { Contact, Organization } from '../../api/types';

export type { Address, Contact, ContactDetail, Deal, DealBoardColumn, DealDetail, Organization, OrganizationDetail, TeamMember } from '../../api/types';

export type OrganizationFilters = { q?: string; status?: Organization['status']; ownerId?: string; tag?: string; industry?: string; sort?: 'updated' | 'name' };
export type ContactFilters = { q?: string; organizationId?: string; ownerId?: string; status?: Contact['status']; role?: Contact['roles'][number]; sort?: 'updated' | 'name' };
export type DealFilters = { organizationId?: string; ownerId?: string; stage?: string };

export const clientKeys = {
  organizations: ['organizations'] as const,
  organizationList: (filters: OrganizationFilters) => ['organizations', 'list', filters] as const,
  organization: (id: string) => ['organizations', 'record', id] as const,
  contacts: ['contacts'] as const,
  contactList: (filters: ContactFilters) => ['contacts', 'list', filters] as const,
  contact: (id: string) => ['contacts', 'record', id] as const,
  deals: ['deals'] as const,
  dealList: (filters: DealFilters) => ['deals', 'list', filters] as const,
  dealBoard: (filters: DealFilters) => ['deals', 'board', filters] as const,
  deal: (id: string) => ['deals', 'record', id] as const,
  dealStages: ['lists', 'deal_stages'] as const,
  // Not ['jobs', 'list', …]: that is the job list's infinite query, a different shape of data under the same key.
  jobsOf: (filter: { organizationId?: string; dealId?: string }) => ['jobs', 'of', filter] as const,
};

const PAGE = 50;

export const fetchOrganizations = (filters: OrganizationFilters, cursor: string | undefined) =>
  unwrap(api.GET('/api/organizations', { params: { query: { ...filters, cursor, limit: PAGE } } }));
export const fetchOrganization = (id: string) => unwrap(api.GET('/api/organizations/{id}', { params: { path: { id } } }));

export const fetchContacts = (filters: ContactFilters, cursor: string | undefined) => unwrap(api.GET('/api/contacts', { params: { query: { ...filters, cursor, limit: PAGE } } }));
export const fetchContact = (id: string) => unwrap(api.GET('/api/contacts/{id}', { params: { path: { id } } }));

export const fetchDeals = (filters: DealFilters, cursor: string | undefined) => unwrap(api.GET('/api/deals', { params: { query: { ...filters, cursor, limit: PAGE } } }));
export const fetchDealBoard = (filters: DealFilters) => unwrap(api.GET('/api/deals/board', { params: { query: filters } }));
export const fetchDeal = (id: string) => unwrap(api.GET('/api/deals/{id}', { params: { path: { id } } }));


export async function fetchDealStages() {
  const lists = await unwrap(api.GET('/api/lists'));
  return lists.data.find((list) => list.name === 'deal_stages')?.items ?? [];
}

/** Job orders of an organization or a deal (the job-orders area answers them). */
export const fetchJobsOf = (filter: { organizationId?: string; dealId?: string }) => unwrap(api.GET('/api/jobs', { params: { query: { ...filter, limit: 200 } } }));

type JsonBody<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type OrganizationInput = JsonBody<paths['/api/organizations']['post']>;
export type OrganizationPatch = JsonBody<paths['/api/organizations/{id}']['patch']>;
export type ContactInput = JsonBody<paths['/api/contacts']['post']>;
export type ContactPatch = JsonBody<paths['/api/contacts/{id}']['patch']>;
export type MoveBody = JsonBody<paths['/api/contacts/{id}/move']['post']>;
export type DealInput = JsonBody<paths['/api/deals']['post']>;
export type DealPatch = JsonBody<paths['/api/deals/{id}']['patch']>;

export const clientActions = {
  createOrganization: (body: OrganizationInput) => unwrap(api.POST('/api/organizations', { body })),
  updateOrganization: (id: string, body: OrganizationPatch) => unwrap(api.PATCH('/api/organizations/{id}', { params: { path: { id } }, body })),
  createContact: (body: ContactInput) => unwrap(api.POST('/api/contacts', { body })),
  updateContact: (id: string, body: ContactPatch) => unwrap(api.PATCH('/api/contacts/{id}', { params: { path: { id } }, body })),
  moveContact: (id: string, body: MoveBody) => unwrap(api.POST('/api/contacts/{id}/move', { params: { path: { id } }, body })),
  createDeal: (body: DealInput) => unwrap(api.POST('/api/deals', { body })),
  updateDeal: (id: string, body: DealPatch) => unwrap(api.PATCH('/api/deals/{id}', { params: { path: { id } }, body })),
};

/** The export link of the list's current filter: the browser downloads it with the session cookie. */
export function exportUrl(path: '/api/organizations/export.csv' | '/api/contacts/export.csv', filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(filters).flatMap(([key, value]) => (value ? [[key, value]] : [])));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
