import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { contacts, listItems, organizations, users } from '../../db/schema';
import { AppError } from '../../platform/errors';

/** A 422 naming the field, for a value that is well-formed but breaks a rule. */
export const fieldRule = (path: string, message: string): AppError => new AppError('rule_violation', `${path}: ${message}`, { fields: [{ path, message }] });

/** Owners are users of the same agency (the composite key refuses others too; this names the field). */
export async function assertAgencyUser(tx: Executor, agencyId: string, userId: string | null | undefined, path = 'ownerId'): Promise<void> {
  if (!userId) {
    return;
  }
  const [user] = await tx.select({ id: users.id }).from(users).where(and(eq(users.agencyId, agencyId), eq(users.id, userId)));
  if (!user) {
    throw fieldRule(path, 'not a user of this agency');
  }
}

/** The organization, locked for share when asked (a contact or deal is being attached to it). */
export async function assertOrganization(tx: Executor, agencyId: string, organizationId: string, path = 'organizationId') {
  const [organization] = await tx
    .select({ id: organizations.id, name: organizations.name, currency: organizations.currency, billingContactId: organizations.billingContactId })
    .from(organizations)
    .where(and(eq(organizations.agencyId, agencyId), eq(organizations.id, organizationId)));
  if (!organization) {
    throw fieldRule(path, 'not an organization of this agency');
  }
  return organization;
}

/** Every id is a contact of the organization. */
export async function assertContactsOf(tx: Executor, agencyId: string, organizationId: string, contactIds: readonly string[], path: string): Promise<void> {
  const unique = [...new Set(contactIds)];
  if (unique.length === 0) {
    return;
  }
  const found = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.agencyId, agencyId), eq(contacts.organizationId, organizationId), inArray(contacts.id, unique)));
  if (found.length !== unique.length) {
    throw fieldRule(path, 'must be contacts of this organization');
  }
}

/** The agency's deal stages in board order, archived ones included (deals may still sit in them). */
export async function dealStages(tx: Executor, agencyId: string) {
  return tx
    .select({ value: listItems.value, label: listItems.label, archived: listItems.archived, position: listItems.position })
    .from(listItems)
    .where(and(eq(listItems.agencyId, agencyId), eq(listItems.list, 'deal_stages')))
    .orderBy(listItems.position);
}
