import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { tasks, users } from '../../db/schema';
import { type Actor, type StaffActor, actorUserId } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import { TASK_REFUSAL, taskPolicy } from './policy';
import { LINK_FIELDS, type LinkInput, linkColumns, linksOf, requireRecords } from './record-links';
import { type TaskRow, type TaskView, getTaskForUpdate, getTaskView } from './tasks-queries';
import type { TUpdateTaskBody } from './tasks-schema';

type CommandBase = { actor: StaffActor; tx: Executor };

export type CreateTaskInput = LinkInput & {
  title: string;
  dueAt: string | Date;
  allDay?: boolean;
  /** Defaults to the actor; required when the system makes the task. */
  assigneeId?: string;
  notes?: string | null;
};

/**
 * Creates a task, optionally about one record, in the caller's transaction. Other areas call it too:
 * setting a job's next action creates that task (`createTask({ actor, tx, jobId, title, dueAt })`).
 */
export async function createTask({ actor, tx, ...input }: { actor: Actor; tx: Executor } & CreateTaskInput): Promise<TaskView> {
  const links = linksOf(input);
  if (links.length > 1) {
    throw new AppError('validation', 'a task is about at most one record', { fields: links.map((ref) => ({ path: LINK_FIELDS[ref.type], message: 'give at most one record' })) });
  }
  const [record] = links;
  if (record) {
    await requireRecords(tx, actor.agencyId, [{ ref: record, path: LINK_FIELDS[record.type] }]);
  }
  const assigneeId = input.assigneeId ?? actorUserId(actor);
  if (!assigneeId) {
    throw new AppError('validation', 'assigneeId: required', { fields: [{ path: 'assigneeId', message: 'required' }] });
  }
  await requireAssignee(tx, actor.agencyId, assigneeId);
  const [task] = await tx
    .insert(tasks)
    .values({
      agencyId: actor.agencyId,
      ...linkColumns(record),
      title: input.title,
      notes: input.notes || null,
      dueAt: new Date(input.dueAt),
      allDay: input.allDay ?? false,
      assigneeId,
      createdBy: actorUserId(actor),
    })
    .returning();
  if (!task) {
    throw new Error('task insert returned no row');
  }
  await recordAudit(tx, actor, { entity: 'task', entityId: task.id, action: 'create', after: task });
  return getTaskView(tx, actor.agencyId, task.id);
}

/** Changes a task's title, due time, assignee or notes (assignee, creator, manager or admin; current version only). */
export async function updateTask({ actor, tx, taskId, version, ...changes }: CommandBase & TUpdateTaskBody & { taskId: string }) {
  const before = await loadChangeable(actor, tx, taskId);
  await assertCurrentVersion(tx, actor.agencyId, 'task', before, version);
  if (changes.assigneeId && changes.assigneeId !== before.assigneeId) {
    await requireAssignee(tx, actor.agencyId, changes.assigneeId);
  }
  const { dueAt, notes, ...rest } = changes;
  return write(actor, tx, before, 'update', {
    ...rest,
    ...(dueAt ? { dueAt: new Date(dueAt) } : {}),
    ...(notes !== undefined ? { notes: notes || null } : {}),
  });
}

/** Marks an open task done; doing it twice changes nothing more. */
export async function completeTask({ actor, tx, taskId }: CommandBase & { taskId: string }) {
  const before = await loadChangeable(actor, tx, taskId);
  if (before.doneAt) {
    return getTaskView(tx, actor.agencyId, taskId);
  }
  return write(actor, tx, before, 'complete', { doneAt: now(), doneBy: actor.userId });
}

/** Opens a done task again. */
export async function reopenTask({ actor, tx, taskId }: CommandBase & { taskId: string }) {
  const before = await loadChangeable(actor, tx, taskId);
  if (!before.doneAt) {
    return getTaskView(tx, actor.agencyId, taskId);
  }
  return write(actor, tx, before, 'reopen', { doneAt: null, doneBy: null });
}

async function loadChangeable(actor: StaffActor, tx: Executor, taskId: string): Promise<TaskRow> {
  const task = await getTaskForUpdate(tx, actor.agencyId, taskId);
  if (!taskPolicy.canUpdate(actor, task)) {
    throw new AppError('forbidden', TASK_REFUSAL);
  }
  return task;
}

async function write(actor: StaffActor, tx: Executor, before: TaskRow, action: string, changes: Partial<TaskRow>) {
  const [after] = await tx
    .update(tasks)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(tasks.agencyId, actor.agencyId), eq(tasks.id, before.id)))
    .returning();
  if (!after) {
    throw new Error('task update returned no row');
  }
  await recordAudit(tx, actor, { entity: 'task', entityId: before.id, action, before, after });
  return getTaskView(tx, actor.agencyId, before.id);
}

/** Tasks go to people who can sign in: a user of the agency who is not deactivated. */
async function requireAssignee(tx: Executor, agencyId: string, userId: string) {
  const [user] = await tx
    .select({ status: users.status })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.id, userId)));
  if (!user || user.status === 'deactivated') {
    throw new AppError('rule_violation', 'assigneeId: not an active user of the agency', { fields: [{ path: 'assigneeId', message: 'not an active user of the agency' }] });
  }
}
