import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { JsonBody, Ok } from '../../api/types';
import type { AssignmentAction } from '../../../../src/shared/back-office';

export type AssignmentRecord = Ok<paths['/api/assignments/{id}']['get']>;
export type Assignment = AssignmentRecord['data'];
export type AssignmentAbilities = AssignmentRecord['abilities'];
export type AssignmentSummary = Ok<paths['/api/assignments']['get']>['data'][number];
export type AssignmentRate = Assignment['rates'][number];
export type AssignmentEvent = Assignment['events'][number];
export type AssignmentSchedule = NonNullable<Assignment['schedule']>;

export type ApproveOptions = NonNullable<JsonBody<paths['/api/assignments/approve']['post']>['options']>;
export type EndOptions = JsonBody<paths['/api/assignments/close']['post']>['options'];
export type ReactivateOptions = NonNullable<JsonBody<paths['/api/assignments/reactivate']['post']>['options']>;
export type UpdateAssignmentBody = JsonBody<paths['/api/assignments/{id}']['patch']>;
export type ExtendBody = JsonBody<paths['/api/assignments/{id}/extend']['post']>;
export type RatesBody = JsonBody<paths['/api/assignments/{id}/rates']['post']>;

type ListQuery = NonNullable<paths['/api/assignments']['get']['parameters']['query']>;
/** The list's filters and order as the API takes them (paging aside). */
export type AssignmentFilters = Omit<ListQuery, 'cursor' | 'limit'>;

export const assignmentKeys = {
  all: ['assignments'] as const,
  list: (filters: AssignmentFilters) => ['assignments', 'list', filters] as const,
  record: (id: string) => ['assignments', 'record', id] as const,
};

const PAGE_SIZE = 50;
const byId = (id: string) => ({ params: { path: { id } } });

export const fetchAssignments = (filters: AssignmentFilters, cursor: string | undefined) => unwrap(api.GET('/api/assignments', { params: { query: { ...filters, cursor, limit: PAGE_SIZE } } }));
export const fetchAssignment = (id: string) => unwrap(api.GET('/api/assignments/{id}', byId(id)));

/** The CSV export of the list as filtered (same query, no paging). */
export function assignmentsCsvHref(filters: AssignmentFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '') {
      query.set(key, String(value));
    }
  }
  const text = query.toString();
  return `/api/assignments/export.csv${text ? `?${text}` : ''}`;
}

/** Runs a batch action; a refusal answers 422 with every refused record (rule, reason, blocking record) in `related`. */
const batch = async (request: Promise<{ data?: { data: AssignmentSummary[] }; error?: unknown; response: Response }>): Promise<AssignmentSummary[]> => (await unwrap(request)).data;

export type BatchOptions = { approve: ApproveOptions; close: EndOptions; cancel: EndOptions; reactivate: ReactivateOptions };

export const assignmentActions = {
  run<A extends AssignmentAction>(action: A, ids: string[], options: BatchOptions[A]): Promise<AssignmentSummary[]> {
    switch (action) {
      case 'approve':
        return batch(api.POST('/api/assignments/approve', { body: { ids, options: options as ApproveOptions } }));
      case 'close':
        return batch(api.POST('/api/assignments/close', { body: { ids, options: options as EndOptions } }));
      case 'cancel':
        return batch(api.POST('/api/assignments/cancel', { body: { ids, options: options as EndOptions } }));
      default:
        return batch(api.POST('/api/assignments/reactivate', { body: { ids, options: options as ReactivateOptions } }));
    }
  },
  update: (id: string, body: UpdateAssignmentBody) => unwrap(api.PATCH('/api/assignments/{id}', { ...byId(id), body })),
  extend: (id: string, body: ExtendBody) => unwrap(api.POST('/api/assignments/{id}/extend', { ...byId(id), body })),
  changeRates: (id: string, body: RatesBody) => unwrap(api.POST('/api/assignments/{id}/rates', { ...byId(id), body })),
};
