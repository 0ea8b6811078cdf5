import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { tasks, users } from '../../db/schema';
import type { LinkField } from './record-links';

export type NextAction = { taskId: string; title: string; dueAt: Date; allDay: boolean; assigneeId: string; assigneeName: string };


/**
 * Each record's next action, its earliest open task, for a page of records in one query
 * (DISTINCT ON over the per-record index of open tasks) — lists never ask once per row.
 */
export async function nextActionsFor(tx: Executor, agencyId: string, link: LinkField, ids: readonly string[]): Promise<Map<string, NextAction>> {
  if (ids.length === 0) {
    return new Map();
  }
  const column = tasks[link];
  const rows = await tx
    .selectDistinctOn([column], {
      recordId: column,
      taskId: tasks.id,
      title: tasks.title,
      dueAt: tasks.dueAt,
      allDay: tasks.allDay,
      assigneeId: tasks.assigneeId,
      assigneeName: users.name,
    })
    .from(tasks)
    .innerJoin(users, and(eq(users.agencyId, tasks.agencyId), eq(users.id, tasks.assigneeId)))
    .where(and(eq(tasks.agencyId, agencyId), inArray(column, [...ids]), isNull(tasks.doneAt)))
    .orderBy(column, asc(tasks.dueAt), asc(tasks.id));
  return new Map(rows.flatMap(({ recordId, ...action }) => (recordId ? [[recordId, action] as const] : [])));
}
