import { describe, expect, it } from 'vitest';
import { activityPolicy, taskPolicy } from '../../../src/modules/activities/policy';
import type { StaffActor } from '../../../src/platform/auth/actor';
import { STAFF_ROLES, type StaffRole } from '../../../src/shared/roles';

const actor = (role: StaffRole): StaffActor => ({ type: 'user', agencyId: 'a', userId: 'me', role, name: 'Me', email: 'me@x.test', sessionId: 's', csrfToken: 'c', requestId: undefined });
const RELATIONS = ['assignee', 'creator', 'stranger'] as const;

describe('task policy (role × relation to the task → may change it)', () => {
  const table = STAFF_ROLES.flatMap((role) => RELATIONS.map((relation) => [role, relation, role === 'admin' || role === 'manager' || relation !== 'stranger'] as const));

  it.each(table)('%s who is the %s', (role, relation, allowed) => {
    const task = { assigneeId: relation === 'assignee' ? 'me' : 'other', createdBy: relation === 'creator' ? 'me' : 'someone', doneAt: null };
    expect(taskPolicy.canUpdate(actor(role), task)).toBe(allowed);
    expect(taskPolicy.canComplete(actor(role), task)).toBe(allowed);
    expect(taskPolicy.canReopen(actor(role), task)).toBe(false);
    expect(taskPolicy.canReopen(actor(role), { ...task, doneAt: new Date() })).toBe(allowed);
    expect(taskPolicy.canComplete(actor(role), { ...task, doneAt: new Date() })).toBe(false);
  });

  it('a task made by the system (no creator) is still changed by its assignee only among recruiters', () => {
    expect(taskPolicy.canUpdate(actor('recruiter'), { assigneeId: 'me', createdBy: null })).toBe(true);
    expect(taskPolicy.canUpdate(actor('recruiter'), { assigneeId: 'other', createdBy: null })).toBe(false);
  });
});

describe('activity policy', () => {
  it.each(STAFF_ROLES.flatMap((role) => [[role, true], [role, false]] as const))('%s, author: %s', (role, isAuthor) => {
    expect(activityPolicy.canUpdate(actor(role), { authorId: isAuthor ? 'me' : 'other' })).toBe(isAuthor || role === 'admin' || role === 'manager');
  });
});
