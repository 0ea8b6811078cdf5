import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { JsonBody, Ok } from '../../api/types';
import type { GridState } from '../../../../src/shared/timesheets';
import type { TimesheetQueue } from './search';

export type TimesheetWeekRecord = Ok<paths['/api/timesheets/{id}']['get']>;
export type TimesheetWeek = TimesheetWeekRecord['data'];
export type TimesheetAbilities = TimesheetWeekRecord['abilities'];
export type TimesheetSummary = Ok<paths['/api/timesheets']['get']>['data'][number];
export type Grid = Ok<paths['/api/timesheets/grid']['get']>;
export type GridRow = Grid['data'][number];
export type AssignmentTimesheets = Ok<paths['/api/assignments/{id}/timesheets']['get']>;
export type SaveWeekBody = JsonBody<paths['/api/assignments/{id}/timesheets/{weekStart}']['put']>;
export type ExpenseList = Ok<paths['/api/assignments/{id}/expenses']['get']>;
export type ExpenseRow = ExpenseList['data'][number];
export type ExpenseRecord = Ok<paths['/api/expenses/{id}']['get']>;
export type UpdateExpenseBody = JsonBody<paths['/api/expenses/{id}']['patch']>;

export const timesheetKeys = {
  all: ['timesheets'] as const,
  grid: (weekStart: string | undefined, state?: GridState) => ['timesheets', 'grid', weekStart ?? 'current', state ?? 'all'] as const,
  queue: (queue: TimesheetQueue) => ['timesheets', 'queue', queue] as const,
  week: (assignmentId: string, weekStart: string) => ['timesheets', 'week', assignmentId, weekStart] as const,
  ofAssignment: (assignmentId: string) => ['timesheets', 'assignment', assignmentId] as const,
  expenses: (assignmentId: string) => ['expenses', 'assignment', assignmentId] as const,
  expensesAll: ['expenses'] as const,
  categories: ['lists', 'expense_categories'] as const,
};

const GRID_PAGE = 200;

export const fetchGrid = (weekStart: string | undefined, state?: GridState, cursor?: string) =>
  unwrap(api.GET('/api/timesheets/grid', { params: { query: { weekStart, state, cursor, limit: GRID_PAGE } } }));
/** Submitted sheets of every week, newest week first; `escalated` keeps only the ones waiting past the agency's limit. */
export const fetchQueue = (queue: TimesheetQueue, cursor: string | undefined) =>
  unwrap(api.GET('/api/timesheets', { params: { query: { status: 'submitted', escalated: queue === 'escalated' ? 'true' : undefined, cursor, limit: 100 } } }));
export const fetchWeek = (assignmentId: string, weekStart: string) => unwrap(api.GET('/api/assignments/{id}/timesheets/{weekStart}', { params: { path: { id: assignmentId, weekStart } } }));
export const fetchAssignmentTimesheets = (assignmentId: string) => unwrap(api.GET('/api/assignments/{id}/timesheets', { params: { path: { id: assignmentId } } }));
export const fetchAssignmentExpenses = (assignmentId: string) => unwrap(api.GET('/api/assignments/{id}/expenses', { params: { path: { id: assignmentId } } }));
/** The agency's open expense categories, as select options. */
export async function fetchExpenseCategories() {
  const lists = await unwrap(api.GET('/api/lists'));
  const list = lists.data.find((entry) => entry.name === 'expense_categories');
  return (list?.items ?? []).filter((item) => !item.archived).map((item) => ({ value: item.value, label: item.label }));
}

export const timesheetActions = {
  save: (assignmentId: string, weekStart: string, body: SaveWeekBody) => unwrap(api.PUT('/api/assignments/{id}/timesheets/{weekStart}', { params: { path: { id: assignmentId, weekStart } }, body })),
  submit: (id: string, version: number) => unwrap(api.POST('/api/timesheets/{id}/submit', { params: { path: { id } }, body: { version } })),
  approve: (ids: string[]) => unwrap(api.POST('/api/timesheets/approve', { body: { ids, options: {} } })),
  reject: (ids: string[], reason: string) => unwrap(api.POST('/api/timesheets/reject', { body: { ids, options: { reason } } })),
};

/** The expense form as the server takes it: multipart with the receipt when there is one. */
export type ExpenseInput = { spentOn: string; category: string; description: string; amountMinor: number; currency: string; billable: boolean };

export const expenseActions = {
  /** JSON without a receipt; multipart/form-data with one (the browser sets the boundary). */
  create: (assignmentId: string, input: ExpenseInput, receipt: File | null) => {
    const params = { params: { path: { id: assignmentId } } };
    if (!receipt) {
      return unwrap(api.POST('/api/assignments/{id}/expenses', { ...params, body: input }));
    }
    const form = new FormData();
    for (const [name, value] of Object.entries(input)) {
      form.append(name, String(value));
    }
    form.append('receipt', receipt);
    return unwrap(api.POST('/api/assignments/{id}/expenses', { ...params, body: input, bodySerializer: () => form }));
  },
  update: (id: string, body: UpdateExpenseBody) => unwrap(api.PATCH('/api/expenses/{id}', { params: { path: { id } }, body })),
  submit: (id: string, version: number) => unwrap(api.POST('/api/expenses/{id}/submit', { params: { path: { id } }, body: { version } })),
  approve: (ids: string[]) => unwrap(api.POST('/api/expenses/approve', { body: { ids, options: {} } })),
  reject: (ids: string[], reason: string) => unwrap(api.POST('/api/expenses/reject', { body: { ids, options: { reason } } })),
};

export const receiptUrl = (expenseId: string) => `/api/expenses/${expenseId}/receipt`;
