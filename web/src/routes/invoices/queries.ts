import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { JsonBody, Ok } from '../../api/types';

export type InvoiceRecord = Ok<paths['/api/invoices/{id}']['get']>;
export type Invoice = InvoiceRecord['data'];
export type InvoiceAbilities = InvoiceRecord['abilities'];
export type InvoiceSummary = Ok<paths['/api/invoices']['get']>['data'][number];
export type InvoiceStatus = Invoice['status'];
export type InvoiceLine = Invoice['groups'][number]['lines'][number];
export type RunBody = JsonBody<paths['/api/invoices/run']['post']>;
export type RunPreview = Ok<paths['/api/invoices/run/preview']['post']>['data'];
export type RunResult = Ok<paths['/api/invoices/run']['post']>['data'];
export type UpdateInvoiceBody = JsonBody<paths['/api/invoices/{id}']['patch']>;
export type AddLineBody = JsonBody<paths['/api/invoices/{id}/lines']['post']>;
export type PaymentBody = JsonBody<paths['/api/invoices/{id}/payments']['post']>;

type ListQuery = NonNullable<paths['/api/invoices']['get']['parameters']['query']>;
/** The list's filters as the API takes them (paging aside). */
export type InvoiceFilters = Omit<ListQuery, 'cursor' | 'limit'>;

export const invoiceKeys = {
  all: ['invoices'] as const,
  list: (filters: InvoiceFilters) => ['invoices', 'list', filters] as const,
  record: (id: string) => ['invoices', 'record', id] as const,
  organizations: ['invoices', 'organizations'] as const,
  contacts: (organizationId: string) => ['invoices', 'contacts', organizationId] as const,
};

const PAGE_SIZE = 50;
const byId = (id: string) => ({ params: { path: { id } } });

export const fetchInvoices = (filters: InvoiceFilters, cursor: string | undefined) => unwrap(api.GET('/api/invoices', { params: { query: { ...filters, cursor, limit: PAGE_SIZE } } }));
export const fetchInvoice = (id: string) => unwrap(api.GET('/api/invoices/{id}', byId(id)));

/** Active client organizations, for the run's choice of clients. */
export const fetchClientOptions = async () => (await unwrap(api.GET('/api/organizations', { params: { query: { status: 'active', sort: 'name', limit: 200 } } }))).data.map((organization) => ({ value: organization.id, label: organization.name }));

/** The organization's contacts, for the billing contact. */
export const fetchContactOptions = async (organizationId: string) =>
  (await unwrap(api.GET('/api/contacts', { params: { query: { organizationId, limit: 200 } } }))).data.map((contact) => ({ value: contact.id, label: `${contact.firstName} ${contact.lastName}` }));

export const invoiceActions = {
  preview: (body: RunBody) => unwrap(api.POST('/api/invoices/run/preview', { body })),
  run: (body: RunBody) => unwrap(api.POST('/api/invoices/run', { body })),
  update: (id: string, body: UpdateInvoiceBody) => unwrap(api.PATCH('/api/invoices/{id}', { ...byId(id), body })),
  addLine: (id: string, body: AddLineBody) => unwrap(api.POST('/api/invoices/{id}/lines', { ...byId(id), body })),
  removeLine: (id: string, lineId: string, version: number) => unwrap(api.DELETE('/api/invoices/{id}/lines/{lineId}', { params: { path: { id, lineId }, query: { version } }, body: {} })),
  issue: (id: string, version: number) => unwrap(api.POST('/api/invoices/{id}/issue', { ...byId(id), body: { version } })),
  pay: (id: string, body: PaymentBody) => unwrap(api.POST('/api/invoices/{id}/payments', { ...byId(id), body })),
  void: (id: string, version: number, reason: string) => unwrap(api.POST('/api/invoices/{id}/void', { ...byId(id), body: { version, reason } })),
  send: (id: string) => unwrap(api.POST('/api/invoices/{id}/send', { ...byId(id), body: {} })),
};

/** The list's CSV link for the current filter: the browser downloads it with the session cookie. */
export function invoicesExportUrl(filters: InvoiceFilters): string {
  const params = new URLSearchParams(Object.entries(filters).flatMap(([key, value]) => (value === undefined || value === '' ? [] : [[key, String(value)]])));
  const query = params.toString();
  return `/api/invoices.csv${query ? `?${query}` : ''}`;
}

export const invoicePdfUrl = (id: string) => `/api/invoices/${id}/pdf`;
