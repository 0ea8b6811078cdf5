import { apiKeys } from '../../src/db/schema';
import { generateApiKey } from '../../src/platform/auth/api-keys';
import { STAFF_ROLES, type StaffRole } from '../../src/shared/roles';
import { buildAgency } from '../factories/agencies';
import { TEST_PASSWORD, buildUser } from '../factories/users';
import type { TestApp } from './app';
import { type Caller, caller, signIn } from './http';

export type TestUser = { id: string; email: string; role: StaffRole };

export type TestAgency = {
  id: string;
  users: Record<StaffRole, TestUser>;
  /** A signed-in browser session of the user with that role. */
  as: Record<StaffRole, Caller & { csrfToken: string; cookie: string }>;
  /** An API key (read + write) of the user with that role. */
  apiKey: Record<StaffRole, Caller>;
  anonymous: Caller;
};

/** One call: an agency with a user per role, each signed in, each with an API key. */
export async function createTestAgency({ app, database }: TestApp): Promise<TestAgency> {
  const { agency, users } = await database.db.transaction(async (tx) => {
    const created = await buildAgency(tx);
    const team: Partial<Record<StaffRole, TestUser>> = { admin: created.admin };
    for (const role of STAFF_ROLES.filter((r) => r !== 'admin')) {
      team[role] = await buildUser(tx, created.agency.id, { role });
    }
    return { agency: created.agency, users: team as Record<StaffRole, TestUser> };
  });
  const as = {} as TestAgency['as'];
  const apiKey = {} as TestAgency['apiKey'];
  for (const role of STAFF_ROLES) {
    as[role] = await signIn(app, users[role].email, TEST_PASSWORD);
  }
  // API keys act as the user who made them; only admins make keys, so each role's key is made for it directly.
  for (const role of STAFF_ROLES) {
    const generated = generateApiKey();
    await database.db.insert(apiKeys).values({ agencyId: agency.id, userId: users[role].id, name: `${role} key`, prefix: generated.prefix, keyHash: generated.hash, scopes: ['read', 'write'] });
    apiKey[role] = caller(app, { apiKey: generated.key });
  }
  return {
    id: agency.id,
    users,
    as,
    apiKey,
    anonymous: caller(app),
  };
}
