import { describe, expect, it } from 'vitest';
import type { StaffActor } from '../../../src/platform/auth/actor';
import { clientPolicy } from '../../../src/modules/organizations/policy';
import { STAFF_ROLES, type StaffRole } from '../../../src/shared/roles';

const actor = (role: StaffRole): StaffActor => ({ type: 'user', agencyId: 'a', userId: 'u', role, name: 'n', email: 'e', requestId: undefined, sessionId: 's', csrfToken: 'c' });

describe('client policy', () => {
  const expected: Record<StaffRole, boolean> = { admin: true, manager: true, account_manager: true, recruiter: false, back_office: false };
  it.each(STAFF_ROLES)('%s may write organizations, contacts and deals: per the role table', (role) => {
    expect(clientPolicy.canWrite(actor(role))).toBe(expected[role]);
  });
});
