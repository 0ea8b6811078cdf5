import { describe, expect, it } from 'vitest';
import type { StaffActor } from '../../../src/platform/auth/actor';
import { userPolicy } from '../../../src/modules/users/policy';
import { STAFF_ROLES, type StaffRole } from '../../../src/shared/roles';

const actor = (role: StaffRole): StaffActor => ({ type: 'user', agencyId: 'a', userId: 'me', role, name: 'Me', email: 'me@x.test', sessionId: 's', csrfToken: 'c', requestId: undefined });
const STATES = ['invited', 'active', 'deactivated'] as const;

describe('user policy (role × state → allowed)', () => {
  const table: [StaffRole, (typeof STATES)[number], { update: boolean; deactivate: boolean; reactivate: boolean; resend: boolean }][] = STAFF_ROLES.flatMap((role) =>
    STATES.map((status) => {
      const admin = role === 'admin';
      return [role, status, { update: admin && status !== 'deactivated', deactivate: admin && status !== 'deactivated', reactivate: admin && status === 'deactivated', resend: admin && status === 'invited' }] as const;
    }),
  ).map((row) => [...row]);

  it.each(table)('%s acting on an %s user', (role, status, expected) => {
    const user = { id: 'other', status };
    expect({
      update: userPolicy.canUpdate(actor(role), user),
      deactivate: userPolicy.canDeactivate(actor(role), user),
      reactivate: userPolicy.canReactivate(actor(role), user),
      resend: userPolicy.canResendInvitation(actor(role), user),
    }).toEqual(expected);
  });

  it('nobody deactivates themselves', () => {
    expect(userPolicy.canDeactivate(actor('admin'), { id: 'me', status: 'active' })).toBe(false);
  });
});
