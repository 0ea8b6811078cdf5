import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, uuid, foreignKey } from 'drizzle-orm/pg-core';
import { candidates } from './candidates';
import { contacts, deals, organizations } from './clients';
import { editableColumns, instant, tenantColumns } from './columns';
import { jobs } from './jobs';
import { recordLinkColumns, recordLinkConstraints } from './links';
import { users } from './users';

export const activityKinds = ['note', 'call', 'email', 'meeting', 'message'] as const;
export const callOutcomes = ['connected', 'left_voicemail', 'no_answer', 'wrong_number', 'busy'] as const;
export const messageChannels = ['sms', 'whatsapp', 'linkedin', 'other'] as const;

const linkTargets = () => ({ candidate: candidates, organization: organizations, contact: contacts, deal: deals, job: jobs });

/** Notes, calls, logged emails, meetings and messages, each about exactly one record. */
export const activities = pgTable(
  'activities',
  {
    ...tenantColumns(),
    ...editableColumns(),
    ...recordLinkColumns(),
    kind: text('kind', { enum: activityKinds }).notNull(),
    subject: text('subject'),
    body: text('body').notNull().default(''),
    callOutcome: text('call_outcome', { enum: callOutcomes }),
    channel: text('channel', { enum: messageChannels }),
    occurredAt: instant('occurred_at').notNull(),
    authorId: uuid('author_id'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.authorId], foreignColumns: [users.agencyId, users.id], name: 'activities_author_fk' }),
    index('activities_author_idx').on(t.agencyId, t.authorId, t.occurredAt),
    ...recordLinkConstraints('activities', t, linkTargets, { required: true, sortColumns: [t.occurredAt] }),
  ],
);

/** Other records an activity mentions; the mentioned record's timeline shows the activity too. */
export const activityMentions = pgTable(
  'activity_mentions',
  {
    ...tenantColumns(),
    activityId: uuid('activity_id').notNull(),
    ...recordLinkColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.activityId], foreignColumns: [activities.agencyId, activities.id], name: 'activity_mentions_activity_fk' }).onDelete('cascade'),
    index('activity_mentions_activity_idx').on(t.agencyId, t.activityId),
    ...recordLinkConstraints('activity_mentions', t, linkTargets, { required: true, sortColumns: [] }),
  ],
);

/** To-dos with a due time and an assignee; a record's next action is its earliest open task. */
export const tasks = pgTable(
  'tasks',
  {
    ...tenantColumns(),
    ...editableColumns(),
    ...recordLinkColumns(),
    title: text('title').notNull(),
    notes: text('notes'),
    dueAt: instant('due_at').notNull(),
    /** A task due on a day rather than at a time: shown without a time, due until the day ends. */
    allDay: boolean('all_day').notNull().default(false),
    assigneeId: uuid('assignee_id').notNull(),
    doneAt: instant('done_at'),
    doneBy: uuid('done_by'),
    createdBy: uuid('created_by'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.assigneeId], foreignColumns: [users.agencyId, users.id], name: 'tasks_assignee_fk' }),
    foreignKey({ columns: [t.agencyId, t.doneBy], foreignColumns: [users.agencyId, users.id], name: 'tasks_done_by_fk' }),
    foreignKey({ columns: [t.agencyId, t.createdBy], foreignColumns: [users.agencyId, users.id], name: 'tasks_created_by_fk' }),
    index('tasks_assignee_open_idx').on(t.agencyId, t.assigneeId, t.dueAt).where(sql`${t.doneAt} IS NULL`),
    index('tasks_done_by_idx').on(t.agencyId, t.doneBy),
    index('tasks_created_by_idx').on(t.agencyId, t.createdBy),
    ...recordLinkConstraints('tasks', t, linkTargets, { required: false, sortColumns: [t.doneAt, t.dueAt] }),
  ],
);
