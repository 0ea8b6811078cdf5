import { describe, expect, it } from 'vitest';
import { employeePolicy } from '../../../src/modules/employees/policy';
import type { StaffActor } from '../../../src/platform/auth/actor';
import { STAFF_ROLES, type StaffRole } from '../../../src/shared/roles';

const actor = (role: StaffRole): StaffActor => ({ type: 'user', agencyId: 'a', userId: 'u', role, name: 'n', email: 'e', requestId: undefined, sessionId: 's', csrfToken: 'c' });
const BACK_OFFICE: Record<StaffRole, boolean> = { admin: true, manager: true, recruiter: false, account_manager: false, back_office: true };

describe('employee policy', () => {
  it.each(STAFF_ROLES)('%s edits, terminates an active employee, reactivates a terminated one and ticks documents only as back office', (role) => {
    const writer = BACK_OFFICE[role];
    expect(employeePolicy.abilities(actor(role), { status: 'active' })).toEqual({ update: writer, terminate: writer, reactivate: false, tickDocuments: writer });
    expect(employeePolicy.abilities(actor(role), { status: 'terminated' })).toEqual({ update: writer, terminate: false, reactivate: writer, tickDocuments: writer });
  });
});
