import { randomInt } from 'node:crypto';
import type { Executor } from '../../src/db/client';
import { contacts, deals, jobs, organizations } from '../../src/db/schema';
import { now } from '../../src/platform/clock';

/**
 * Records for activities and tasks to link to, inserted directly (not through the clients or jobs routes),
 * each building its missing parent organization.
 */
export async function buildOrganization(tx: Executor, agencyId: string, overrides: { name?: string } = {}) {
  const [organization] = await tx
    .insert(organizations)
    .values({ agencyId, name: overrides.name ?? `Org ${randomInt(1_000_000)}`, currency: 'GBP' })
    .returning();
  if (!organization) {
    throw new Error('no organization');
  }
  return organization;
}

export async function buildContact(tx: Executor, agencyId: string, overrides: { firstName?: string; lastName?: string; organizationId?: string } = {}) {
  const organizationId = overrides.organizationId ?? (await buildOrganization(tx, agencyId)).id;
  const [contact] = await tx
    .insert(contacts)
    .values({ agencyId, organizationId, firstName: overrides.firstName ?? 'Casey', lastName: overrides.lastName ?? `Contact${randomInt(1_000_000)}` })
    .returning();
  if (!contact) {
    throw new Error('no contact');
  }
  return contact;
}

export async function buildDeal(tx: Executor, agencyId: string, overrides: { title?: string; organizationId?: string } = {}) {
  const organizationId = overrides.organizationId ?? (await buildOrganization(tx, agencyId)).id;
  const [deal] = await tx
    .insert(deals)
    .values({ agencyId, organizationId, title: overrides.title ?? `Deal ${randomInt(1_000_000)}`, stage: 'lead', currency: 'GBP' })
    .returning();
  if (!deal) {
    throw new Error('no deal');
  }
  return deal;
}

export async function buildJob(tx: Executor, agencyId: string, overrides: { title?: string; number?: number; organizationId?: string } = {}) {
  const organizationId = overrides.organizationId ?? (await buildOrganization(tx, agencyId)).id;
  const [job] = await tx
    .insert(jobs)
    .values({
      agencyId,
      organizationId,
      number: overrides.number ?? 1000 + randomInt(1_000_000),
      title: overrides.title ?? 'Warehouse operative',
      employmentType: 'temporary',
      currency: 'GBP',
      statusChangedAt: now(),
    })
    .returning();
  if (!job) {
    throw new Error('no job');
  }
  return job;
}
