import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { JsonBody, Ok } from '../../api/types';

export type InterviewRecord = Ok<paths['/api/interviews/{id}']['get']>;
export type Interview = InterviewRecord['data'];
export type InterviewAbilities = InterviewRecord['abilities'];
export type ScheduleInterviewBody = JsonBody<paths['/api/interviews']['post']>;
export type UpdateInterviewBody = JsonBody<paths['/api/interviews/{id}']['patch']>;
export type InterviewOutcomeBody = JsonBody<paths['/api/interviews/{id}/outcome']['post']>;
type ListQuery = NonNullable<paths['/api/interviews']['get']['parameters']['query']>;
/** A calendar window: interviews from `from` up to `to`, of `userId` (the caller when left out). */
export type CalendarRange = Pick<ListQuery, 'from' | 'to' | 'userId'>;

export const interviewKeys = {
  all: ['interviews'] as const,
  ofEntry: (entryId: string) => ['interviews', 'of-entry', entryId] as const,
  calendar: (range: CalendarRange) => ['interviews', 'calendar', range] as const,
  record: (id: string) => ['interviews', 'record', id] as const,
};

/** An entry has a few interviews; a week of anyone's calendar fits one page. */
const ALL = 100;
const byId = (id: string) => ({ params: { path: { id } } });

export const fetchEntryInterviews = (entryId: string) => unwrap(api.GET('/api/interviews', { params: { query: { entryId, limit: ALL } } }));
export const fetchCalendar = (range: CalendarRange, cursor: string | undefined) => unwrap(api.GET('/api/interviews', { params: { query: { ...range, cursor, limit: ALL } } }));
export const fetchInterview = (id: string) => unwrap(api.GET('/api/interviews/{id}', byId(id)));

/** The interview's calendar file (a plain link: the browser downloads it with the session cookie). */
export const icsUrl = (id: string): string => `/api/interviews/${id}/invite.ics`;

export const interviewActions = {
  schedule: (body: ScheduleInterviewBody) => unwrap(api.POST('/api/interviews', { body })),
  update: (id: string, body: UpdateInterviewBody) => unwrap(api.PATCH('/api/interviews/{id}', { ...byId(id), body })),
  cancel: (id: string, version: number, reason: string) => unwrap(api.POST('/api/interviews/{id}/cancel', { ...byId(id), body: { version, ...(reason ? { reason } : {}) } })),
  recordOutcome: (id: string, body: InterviewOutcomeBody) => unwrap(api.POST('/api/interviews/{id}/outcome', { ...byId(id), body })),
};
