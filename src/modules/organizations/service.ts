import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { organizations } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { getSetting } from '../../platform/settings';
import { getOrganizationRow, isSelfOrDescendant } from './queries';
import { assertAgencyUser, assertContactsOf, assertOrganization, fieldRule } from './references';
import type { TCreateOrganizationBody, TUpdateOrganizationBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

/** Creates a client organization; the currency defaults to the agency's. A new organization has no contacts yet, so no billing contact. */
export async function createOrganization({ actor, tx, ...input }: CommandBase & TCreateOrganizationBody) {
  await assertAgencyUser(tx, actor.agencyId, input.ownerId);
  if (input.parentId) {
    await assertOrganization(tx, actor.agencyId, input.parentId, 'parentId');
  }
  if (input.billingContactId) {
    throw fieldRule('billingContactId', 'must be a contact of this organization; add the contact first');
  }
  const currency = input.currency ?? (await getSetting(tx, actor.agencyId, 'agency.currency'));
  const [organization] = await tx
    .insert(organizations)
    .values({ ...input, agencyId: actor.agencyId, currency })
    .returning();
  if (!organization) {
    throw new Error('organization insert returned no row');
  }
  await recordAudit(tx, actor, { entity: 'organization', entityId: organization.id, action: 'create', after: organization });
  return organization;
}

/** Edits an organization with optimistic concurrency; a parent may not be the organization itself or one of its divisions. */
export async function updateOrganization({ actor, tx, organizationId, version, ...changes }: CommandBase & TUpdateOrganizationBody & { organizationId: string }) {
  if (changes.parentId) {
    // Parent changes of one agency take turns: two at once (X under Y, Y under X) could each pass the cycle check
    // alone. Taken before any row lock, so a waiting change holds nothing the first one needs.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`organization-tree:${actor.agencyId}`}))`);
  }
  const before = await getOrganizationRow(tx, actor.agencyId, organizationId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'organization', before, version);
  if (changes.ownerId !== undefined) {
    await assertAgencyUser(tx, actor.agencyId, changes.ownerId);
  }
  if (changes.parentId) {
    await assertOrganization(tx, actor.agencyId, changes.parentId, 'parentId');
    if (await isSelfOrDescendant(tx, actor.agencyId, organizationId, changes.parentId)) {
      throw fieldRule('parentId', 'cannot be the organization itself or one of its divisions');
    }
  }
  if (changes.billingContactId) {
    await assertContactsOf(tx, actor.agencyId, organizationId, [changes.billingContactId], 'billingContactId').catch(() => {
      throw fieldRule('billingContactId', 'must be a contact of this organization');
    });
  }
  const [after] = await tx
    .update(organizations)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(organizations.agencyId, actor.agencyId), eq(organizations.id, organizationId)))
    .returning();
  if (!after) {
    throw new Error('organization update returned no row');
  }
  await recordAudit(tx, actor, { entity: 'organization', entityId: organizationId, action: 'update', before, after });
  return after;
}
