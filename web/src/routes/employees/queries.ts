import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { JsonBody, Ok } from '../../api/types';

export type EmployeeRecord = Ok<paths['/api/employees/{id}']['get']>;
export type Employee = EmployeeRecord['data'];
export type EmployeeAbilities = EmployeeRecord['abilities'];
export type EmployeeSummary = Ok<paths['/api/employees']['get']>['data'][number];
export type EmployeeDocument = Employee['documents'][number];
export type EmployeeStatus = Employee['status'];
export type OnboardBody = JsonBody<paths['/api/employees']['post']>;
export type UpdateEmployeeBody = JsonBody<paths['/api/employees/{id}']['patch']>;
export type OnboardingDefaults = Ok<paths['/api/employees/onboarding-defaults']['get']>['data'];

type ListQuery = NonNullable<paths['/api/employees']['get']['parameters']['query']>;
/** The list's filters as the API takes them (paging aside). */
export type EmployeeFilters = Omit<ListQuery, 'cursor' | 'limit'>;

export const employeeKeys = {
  all: ['employees'] as const,
  list: (filters: EmployeeFilters) => ['employees', 'list', filters] as const,
  record: (id: string) => ['employees', 'record', id] as const,
  onboardingDefaults: ['employees', 'onboarding-defaults'] as const,
  lists: ['lists', 'employees'] as const,
};

const PAGE_SIZE = 50;
const byId = (id: string) => ({ params: { path: { id } } });

export const fetchEmployees = (filters: EmployeeFilters, cursor: string | undefined) => unwrap(api.GET('/api/employees', { params: { query: { ...filters, cursor, limit: PAGE_SIZE } } }));
export const fetchEmployee = (id: string) => unwrap(api.GET('/api/employees/{id}', byId(id)));
export const fetchOnboardingDefaults = async () => (await unwrap(api.GET('/api/employees/onboarding-defaults'))).data;

export type ListOption = { value: string; label: string; archived: boolean };

/** The agency's worker types and pay frequencies (Settings → Option lists), archived ones too (for labels). */
export async function fetchEmployeeLists(): Promise<{ workerTypes: ListOption[]; payFrequencies: ListOption[] }> {
  const lists = await unwrap(api.GET('/api/lists'));
  const items = (name: string) => lists.data.find((list) => list.name === name)?.items ?? [];
  return { workerTypes: items('worker_types'), payFrequencies: items('pay_frequencies') };
}

/** The export link of the list's current filter: the browser downloads it with the session cookie. */
export function employeesExportUrl(filters: EmployeeFilters): string {
  const params = new URLSearchParams(Object.entries(filters).flatMap(([key, value]) => (typeof value === 'string' && value ? [[key, value]] : [])));
  const query = params.toString();
  return query ? `/api/employees.csv?${query}` : '/api/employees.csv';
}

export const employeeActions = {
  onboard: (body: OnboardBody) => unwrap(api.POST('/api/employees', { body })),
  update: (id: string, body: UpdateEmployeeBody) => unwrap(api.PATCH('/api/employees/{id}', { ...byId(id), body })),
  terminate: (id: string, version: number, terminatedOn: string, reason: string) => unwrap(api.POST('/api/employees/{id}/terminate', { ...byId(id), body: { version, terminatedOn, reason } })),
  reactivate: (id: string, version: number, on: string) => unwrap(api.POST('/api/employees/{id}/reactivate', { ...byId(id), body: { version, on } })),
  updateDocument: (id: string, documentId: string, body: { version: number; received: boolean; note?: string }) =>
    unwrap(api.PATCH('/api/employees/{id}/documents/{documentId}', { params: { path: { id, documentId } }, body })),
};
