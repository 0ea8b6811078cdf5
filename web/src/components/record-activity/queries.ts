import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Activity, Task, TimelineItem } from '../../api/types';

export type { Activity, MyTasks, Task, TimelineItem } from '../../api/types';
export type TimelineKind = TimelineItem['kind'];
export type ActivityKind = Activity['kind'];
export type CallOutcome = NonNullable<Activity['callOutcome']>;
export type MessageChannel = NonNullable<Activity['channel']>;

/** The record an activity panel or next-action card is about. */
export type RecordRef = { type: 'candidate' | 'organization' | 'contact' | 'deal' | 'job'; id: string };

const LINK_FIELD = { candidate: 'candidateId', organization: 'organizationId', contact: 'contactId', deal: 'dealId', job: 'jobId' } as const;

/** `{ organizationId: id }` and the like: how the API names the one record. */
export const linkOf = (record: RecordRef) => ({ [LINK_FIELD[record.type]]: record.id });

/** Every task list, "My tasks" and next action start with 'tasks', every timeline with 'timeline': one invalidation refreshes them. */
export const activityKeys = {
  tasks: ['tasks'] as const,
  mine: ['tasks', 'mine'] as const,
  nextAction: (record: RecordRef) => ['tasks', 'next', record.type, record.id] as const,
  timelines: ['timeline'] as const,
  timeline: (record: RecordRef, kinds: readonly TimelineKind[]) => ['timeline', record.type, record.id, [...kinds].sort().join(',')] as const,
};

export const fetchTimeline = (record: RecordRef, kinds: readonly TimelineKind[], cursor: string | undefined) =>
  unwrap(api.GET('/api/timeline', { params: { query: { ...linkOf(record), kinds: kinds.length > 0 ? kinds.join(',') : undefined, cursor, limit: 25 } } }));

export const fetchMyTasks = () => unwrap(api.GET('/api/tasks/mine'));

export async function fetchNextAction(record: RecordRef): Promise<Task | null> {
  const page = await unwrap(api.GET('/api/tasks', { params: { query: { ...linkOf(record), status: 'open', limit: 1 } } }));
  return page.data[0] ?? null;
}


export type NewActivity = {
  kind: ActivityKind;
  subject?: string;
  body: string;
  callOutcome?: CallOutcome;
  channel?: MessageChannel;
  occurredAt?: string;
};

export type NewTask = { title: string; dueAt: string; allDay: boolean; assigneeId?: string; notes?: string };

const byId = (id: string) => ({ params: { path: { id } }, body: {} });

export const activityActions = {
  log: (record: RecordRef, body: NewActivity) => unwrap(api.POST('/api/activities', { body: { ...body, ...linkOf(record) } })),
  createTask: (record: RecordRef | null, body: NewTask) => unwrap(api.POST('/api/tasks', { body: { ...body, ...(record ? linkOf(record) : {}) } })),
  completeTask: (id: string) => unwrap(api.POST('/api/tasks/{id}/complete', byId(id))),
  reopenTask: (id: string) => unwrap(api.POST('/api/tasks/{id}/reopen', byId(id))),
};

/** Where a related record opens (pages of the clients and job-orders areas). */
export const recordHref = (record: { type: RecordRef['type']; id: string }): string => {
  const paths: Record<RecordRef['type'], string> = { candidate: 'candidates', organization: 'organizations', contact: 'contacts', deal: 'deals', job: 'jobs' };
  return `/${paths[record.type]}/${record.id}`;
};
