import type { StaffActor } from '../../platform/auth/actor';

type ActivityLike = { authorId: string | null };
type TaskLike = { assigneeId: string; createdBy: string | null };

const isManagerOrAdmin = (actor: StaffActor): boolean => actor.role === 'admin' || actor.role === 'manager';

/** The author edits their own activity; managers and admins edit any (the route already refuses the back office). */
export const activityPolicy = {
  canUpdate: (actor: StaffActor, activity: ActivityLike) => isManagerOrAdmin(actor) || activity.authorId === actor.userId,
};

/** A task is edited, completed and reopened by its assignee, its creator, a manager or an admin. */
export const taskPolicy = {
  canUpdate: (actor: StaffActor, task: TaskLike) => isManagerOrAdmin(actor) || task.assigneeId === actor.userId || task.createdBy === actor.userId,
  canComplete: (actor: StaffActor, task: TaskLike & { doneAt: Date | null }) => task.doneAt === null && taskPolicy.canUpdate(actor, task),
  canReopen: (actor: StaffActor, task: TaskLike & { doneAt: Date | null }) => task.doneAt !== null && taskPolicy.canUpdate(actor, task),
};

export const TASK_REFUSAL = 'Only the task’s assignee, its creator, a manager or an admin may change it';
export const ACTIVITY_REFUSAL = 'Only the author of this activity, a manager or an admin may change it';
