import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { Job, Stage } from '../../api/types';

export type { ApplicationForm, Job, JobSummary, Stage } from '../../api/types';
export type JobStatus = Job['status'];
export type StageKind = Stage['kind'];
export type JobRecord = paths['/api/jobs/{id}']['get']['responses'][200]['content']['application/json'];
export type JobAbilities = JobRecord['abilities'];
export type CreateJobBody = NonNullable<paths['/api/jobs']['post']['requestBody']>['content']['application/json'];
export type UpdateJobBody = NonNullable<paths['/api/jobs/{id}']['patch']['requestBody']>['content']['application/json'];
export type QualificationChecks = NonNullable<paths['/api/jobs/{id}/qualification']['put']['requestBody']>['content']['application/json']['checks'];
export type StageInput = NonNullable<paths['/api/stage-template']['put']['requestBody']>['content']['application/json']['stages'][number];
type ListQuery = NonNullable<paths['/api/jobs']['get']['parameters']['query']>;

/** The list's filters as the API takes them (status aside: the tabs pick it). */
export type JobFilters = Omit<ListQuery, 'limit' | 'cursor' | 'status'>;
export type JobListFilters = JobFilters & { status?: JobStatus };

export const jobKeys = {
  all: ['jobs'] as const,
  list: (filters: JobListFilters) => ['jobs', 'list', filters] as const,
  counts: (filters: JobFilters) => ['jobs', 'counts', filters] as const,
  record: (id: string) => ['jobs', 'record', id] as const,
  template: ['stage-template'] as const,
};

const PAGE_SIZE = 50;

export const fetchJobs = ({ status, ...filters }: JobListFilters, cursor: string | undefined) =>
  unwrap(api.GET('/api/jobs', { params: { query: { ...filters, status: status ? [status] : undefined, cursor, limit: PAGE_SIZE } } }));

export const fetchJobCounts = (filters: JobFilters) => unwrap(api.GET('/api/jobs/counts', { params: { query: filters } }));

export const fetchJob = (id: string) => unwrap(api.GET('/api/jobs/{id}', { params: { path: { id } } }));

/** The CSV export of the list as filtered now (a plain link: the browser downloads it with the session cookie). */
export function exportUrl(filters: JobListFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value));
    }
  }
  const query = params.toString();
  return `/api/jobs/export.csv${query ? `?${query}` : ''}`;
}

export const jobActions = {
  create: (body: CreateJobBody) => unwrap(api.POST('/api/jobs', { body })),
  update: (id: string, body: UpdateJobBody) => unwrap(api.PATCH('/api/jobs/{id}', { params: { path: { id } }, body })),
  transition: (id: string, body: { to: JobStatus; reason?: string; version: number }) => unwrap(api.POST('/api/jobs/{id}/transitions', { params: { path: { id } }, body })),
  qualify: (id: string, body: { version: number; checks: QualificationChecks }) => unwrap(api.PUT('/api/jobs/{id}/qualification', { params: { path: { id } }, body })),
  replaceStages: (id: string, version: number, stages: StageInput[]) => unwrap(api.PUT('/api/jobs/{id}/stages', { params: { path: { id } }, body: { version, stages } })),
};

export const fetchStageTemplate = () => unwrap(api.GET('/api/stage-template'));
export const saveStageTemplate = (version: number, stages: StageInput[]) => unwrap(api.PUT('/api/stage-template', { body: { version, stages } }));

/** Pickers: the agency's people (every staff member may read it), organizations by name, an organization's contacts. */
export const pickerKeys = {
  organizations: (q: string) => ['organizations', 'picker', q] as const,
  organization: (id: string) => ['organizations', 'record', id] as const,
  contacts: (organizationId: string) => ['contacts', 'picker', organizationId] as const,
  deal: (id: string) => ['deals', 'record', id] as const,
};

export const fetchOrganizationOptions = (q: string) => unwrap(api.GET('/api/organizations', { params: { query: { q: q === '' ? undefined : q, sort: 'name', limit: 20 } } }));
export const fetchOrganization = (id: string) => unwrap(api.GET('/api/organizations/{id}', { params: { path: { id } } }));
export const fetchContactOptions = (organizationId: string) => unwrap(api.GET('/api/contacts', { params: { query: { organizationId, limit: 100 } } }));
export const fetchDeal = (id: string) => unwrap(api.GET('/api/deals/{id}', { params: { path: { id } } }));
