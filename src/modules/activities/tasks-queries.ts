import { and, asc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { findTenantRow } from '../../platform/records';
import { candidates, contacts, deals, jobs, organizations, tasks, users } from '../../db/schema';
import { dateInZone, now, today } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import { personName } from '../../platform/name-search';
import { decodeCursor, toPage } from '../../platform/pagination';
import { getSetting } from '../../platform/settings';
import { LINK_FIELDS, type RelatedRecord, linksOf, refOfRow } from './record-links';
import type { TListTasksQuery } from './tasks-schema';

export type TaskRow = typeof tasks.$inferSelect;
export type TaskView = TaskRow & { assigneeName: string; createdByName: string | null; doneByName: string | null; related: RelatedRecord | null };

const assignee = alias(users, 'assignee');
const creator = alias(users, 'creator');
const finisher = alias(users, 'finisher');
const candidate = alias(candidates, 'related_candidate');
const org = alias(organizations, 'related_organization');
const contact = alias(contacts, 'related_contact');
const deal = alias(deals, 'related_deal');
const job = alias(jobs, 'related_job');

const sameRecord = (target: { agencyId: AnyPgColumn; id: AnyPgColumn }, column: AnyPgColumn) =>
  and(eq(target.agencyId, tasks.agencyId), eq(target.id, column));

/** Tasks with their people and related record's label joined in: one query for any page, never one per row. */
function selectTasks(tx: Executor, where: SQL | undefined) {
  return tx
    .select({
      task: tasks,
      assigneeName: assignee.name,
      createdByName: creator.name,
      doneByName: finisher.name,
      relatedLabel: sql<string | null>`coalesce(${personName(candidate)}, ${org.name}, ${personName(contact)}, ${deal.title}, 'J-' || ${job.number} || ' ' || ${job.title})`,
    })
    .from(tasks)
    .innerJoin(assignee, and(eq(assignee.agencyId, tasks.agencyId), eq(assignee.id, tasks.assigneeId)))
    .leftJoin(creator, and(eq(creator.agencyId, tasks.agencyId), eq(creator.id, tasks.createdBy)))
    .leftJoin(finisher, and(eq(finisher.agencyId, tasks.agencyId), eq(finisher.id, tasks.doneBy)))
    .leftJoin(candidate, sameRecord(candidate, tasks.candidateId))
    .leftJoin(org, sameRecord(org, tasks.organizationId))
    .leftJoin(contact, sameRecord(contact, tasks.contactId))
    .leftJoin(deal, sameRecord(deal, tasks.dealId))
    .leftJoin(job, sameRecord(job, tasks.jobId))
    .where(where)
    .$dynamic();
}

type SelectedTask = { task: TaskRow; assigneeName: string; createdByName: string | null; doneByName: string | null; relatedLabel: string | null };

function toView({ task, assigneeName, createdByName, doneByName, relatedLabel }: SelectedTask): TaskView {
  const ref = refOfRow(task);
  return { ...task, assigneeName, createdByName, doneByName, related: ref ? { ...ref, label: relatedLabel ?? '' } : null };
}

/** One task of the agency, with names and related record; another agency's is simply not found. */
export async function getTaskView(tx: Executor, agencyId: string, id: string): Promise<TaskView> {
  const [row] = await selectTasks(tx, and(eq(tasks.agencyId, agencyId), eq(tasks.id, id)));
  if (!row) {
    throw notFound('Task');
  }
  return toView(row);
}

/** The bare row, locked for a command. */
export const getTaskForUpdate = (tx: Executor, agencyId: string, id: string): Promise<TaskRow> => findTenantRow(tx, tasks, agencyId, id, 'Task', { forUpdate: true });

/** Tasks by assignee, state and record, soonest due first (keyset on due_at, id). */
export async function listTasks(tx: Executor, agencyId: string, query: TListTasksQuery) {
  const [link] = linksOf(query);
  const linkColumn = link ? tasks[LINK_FIELDS[link.type]] : undefined;
  let after: SQL | undefined;
  if (query.cursor) {
    const [dueAt, id] = decodeCursor(query.cursor);
    after = sql`(${tasks.dueAt}, ${tasks.id}) > (${dueAt}, ${id})`;
  }
  const rows = await selectTasks(
    tx,
    and(
      eq(tasks.agencyId, agencyId),
      linkColumn && link ? eq(linkColumn, link.id) : undefined,
      query.assigneeId ? eq(tasks.assigneeId, query.assigneeId) : undefined,
      query.status === 'open' ? isNull(tasks.doneAt) : query.status === 'done' ? isNotNull(tasks.doneAt) : undefined,
      after,
    ),
  )
    .orderBy(asc(tasks.dueAt), asc(tasks.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.task.dueAt.toISOString(), row.task.id]);
  return { data: page.data.map(toView), nextCursor: page.nextCursor };
}

/** How many open tasks "My tasks" shows at most; beyond that a user has a list, not a desk. */
const MY_TASKS_LIMIT = 500;

export type TaskGroup = 'overdue' | 'today' | 'upcoming';

/**
 * Where an open task falls on a desk: "today" is the date in the agency's time zone; a timed task is overdue once its
 * time has passed, an all-day task only once its day has ended.
 */
export function taskGroup(task: Pick<TaskRow, 'dueAt' | 'allDay'>, timeZone: string, at: Date): TaskGroup {
  const current = dateInZone(at, timeZone);
  const due = dateInZone(task.dueAt, timeZone);
  if (due < current || (!task.allDay && task.dueAt.getTime() < at.getTime())) {
    return 'overdue';
  }
  return due === current ? 'today' : 'upcoming';
}

/** The signed-in user's open tasks, grouped as their desk shows them. */
export async function myTasks(tx: Executor, agencyId: string, userId: string) {
  const timeZone = await getSetting(tx, agencyId, 'agency.timeZone');
  const rows = await selectTasks(tx, and(eq(tasks.agencyId, agencyId), eq(tasks.assigneeId, userId), isNull(tasks.doneAt)))
    .orderBy(asc(tasks.dueAt), asc(tasks.id))
    .limit(MY_TASKS_LIMIT);
  const at = now();
  const groups: Record<TaskGroup, TaskView[]> = { overdue: [], today: [], upcoming: [] };
  for (const row of rows) {
    const view = toView(row);
    groups[taskGroup(view, timeZone, at)].push(view);
  }
  return { ...groups, date: today(timeZone), timeZone };
}
