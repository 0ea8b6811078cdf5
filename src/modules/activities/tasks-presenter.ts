import type { StaffActor } from '../../platform/auth/actor';
import { taskPolicy } from './policy';
import type { TaskView } from './tasks-queries';

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

export function presentTask(task: TaskView) {
  return {
    id: task.id,
    title: task.title,
    notes: task.notes,
    dueAt: task.dueAt.toISOString(),
    allDay: task.allDay,
    assignee: { id: task.assigneeId, name: task.assigneeName },
    createdBy: person(task.createdBy, task.createdByName),
    doneAt: task.doneAt?.toISOString() ?? null,
    doneBy: person(task.doneBy, task.doneByName),
    related: task.related,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
    version: task.version,
  };
}

export function presentTaskRecord(actor: StaffActor, task: TaskView) {
  return {
    data: presentTask(task),
    abilities: { update: taskPolicy.canUpdate(actor, task), complete: taskPolicy.canComplete(actor, task), reopen: taskPolicy.canReopen(actor, task) },
  };
}
