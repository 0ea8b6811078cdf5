import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { JsonBody, Ok } from '../../api/types';

export type SubmissionRecord = Ok<paths['/api/submissions/{id}']['get']>;
export type SubmissionDetail = SubmissionRecord['data'];
export type Submission = Ok<paths['/api/jobs/{id}/submissions']['get']>['data'][number];
export type SubmissionFeedback = SubmissionDetail['feedback'][number];
export type CreateSubmissionBody = JsonBody<paths['/api/submissions']['post']>;
export type CreateShortlistBody = JsonBody<paths['/api/shortlists']['post']>;
export type FeedbackBody = JsonBody<paths['/api/submissions/{id}/feedback']['post']>;

export const submissionKeys = {
  all: ['submissions'] as const,
  ofJob: (jobId: string) => ['submissions', 'of-job', jobId] as const,
  ofEntry: (entryId: string) => ['submissions', 'of-entry', entryId] as const,
  record: (id: string) => ['submissions', 'record', id] as const,
};

/** A job has few submissions (the API caps the list): pages of this size are loaded with "load more". */
const PAGE_SIZE = 100;
/** An entry is submitted a handful of times at most (again only after a withdrawal). */
const ALL = 50;
const byId = (id: string) => ({ params: { path: { id } } });

export const fetchJobSubmissions = (jobId: string, cursor: string | undefined) => unwrap(api.GET('/api/jobs/{id}/submissions', { params: { path: { id: jobId }, query: { cursor, limit: PAGE_SIZE } } }));
export const fetchEntrySubmissions = (entryId: string) => unwrap(api.GET('/api/submissions', { params: { query: { entryId, limit: ALL } } }));
export const fetchSubmission = (id: string) => unwrap(api.GET('/api/submissions/{id}', byId(id)));

export const submissionActions = {
  submit: (body: CreateSubmissionBody) => unwrap(api.POST('/api/submissions', { body })),
  sendShortlist: (body: CreateShortlistBody) => unwrap(api.POST('/api/shortlists', { body })),
  recordFeedback: (id: string, body: FeedbackBody) => unwrap(api.POST('/api/submissions/{id}/feedback', { ...byId(id), body })),
  withdraw: (id: string, version: number, reason: string) => unwrap(api.POST('/api/submissions/{id}/withdraw', { ...byId(id), body: { version, reason } })),
};
