import { describe, expect, it } from 'vitest';
import { submissionPolicy } from '../../../src/modules/submissions/policy';
import type { StaffActor } from '../../../src/platform/auth/actor';
import { STAFF_ROLES, type StaffRole } from '../../../src/shared/roles';

const actor = (role: StaffRole): StaffActor => ({ type: 'user', agencyId: 'a', userId: 'u', role, name: 'n', email: 'e', requestId: undefined, sessionId: 's', csrfToken: 'c' });
const FRONT_OFFICE: Record<StaffRole, boolean> = { admin: true, manager: true, recruiter: true, account_manager: true, back_office: false };

describe('submission policy', () => {
  it.each(STAFF_ROLES)('%s submits, withdraws and records feedback only as front office, and only on a submission still standing', (role) => {
    const standing = { status: 'submitted' as const };
    const withdrawn = { status: 'withdrawn' as const };
    expect(submissionPolicy.canCreate(actor(role))).toBe(FRONT_OFFICE[role]);
    expect(submissionPolicy.canWithdraw(actor(role), standing)).toBe(FRONT_OFFICE[role]);
    expect(submissionPolicy.canRecordFeedback(actor(role), standing)).toBe(FRONT_OFFICE[role]);
    expect(submissionPolicy.canWithdraw(actor(role), withdrawn)).toBe(false);
    expect(submissionPolicy.canRecordFeedback(actor(role), withdrawn)).toBe(false);
  });
});
