import { randomBytes } from 'node:crypto';
import type { Executor } from '../../src/db/client';
import { createUser } from '../../src/modules/agencies/service';
import type { StaffRole } from '../../src/shared/roles';

export const TEST_PASSWORD = 'correct-horse-battery';

export const uniqueEmail = (label = 'user') => `${label}.${randomBytes(4).toString('hex')}@example.test`;

/** An active user of the agency (a password set), with a unique email unless one is given. */
export async function buildUser(tx: Executor, agencyId: string, overrides: { role?: StaffRole; email?: string; name?: string; password?: string } = {}) {
  const role = overrides.role ?? 'recruiter';
  return createUser({ tx, agencyId, role, email: overrides.email ?? uniqueEmail(role), name: overrides.name ?? `Test ${role}`, password: overrides.password ?? TEST_PASSWORD });
}
