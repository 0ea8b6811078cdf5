import { randomBytes } from 'node:crypto';
import type { Executor } from '../../src/db/client';
import { createAgency } from '../../src/modules/agencies/service';
import { TEST_PASSWORD, uniqueEmail } from './users';

/** An agency with its first admin (password TEST_PASSWORD). */
export async function buildAgency(tx: Executor, overrides: { name?: string; slug?: string } = {}) {
  const suffix = randomBytes(3).toString('hex');
  return createAgency({
    tx,
    name: overrides.name ?? `Agency ${suffix}`,
    slug: overrides.slug ?? `agency-${suffix}`,
    admin: { email: uniqueEmail('admin'), name: 'Test admin', password: TEST_PASSWORD },
  });
}
