import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { contactEmployments, contacts, organizations } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, type AuditChange, recordAudit } from '../../platform/audit';
import { today } from '../../platform/clock';
import { getSetting } from '../../platform/settings';
import { assertAgencyUser, assertOrganization, fieldRule } from '../organizations/references';
import { getContactRow } from './queries';
import type { TCreateContactBody, TMoveContactBody, TUpdateContactBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

const agencyToday = async (tx: Executor, agencyId: string) => today(await getSetting(tx, agencyId, 'agency.timeZone'));

/** Adds a contact at an organization and opens their first employment there, from today. */
export async function createContact({ actor, tx, ...input }: CommandBase & TCreateContactBody) {
  await assertOrganization(tx, actor.agencyId, input.organizationId);
  await assertAgencyUser(tx, actor.agencyId, input.ownerId);
  const [contact] = await tx
    .insert(contacts)
    .values({ ...input, agencyId: actor.agencyId })
    .returning();
  if (!contact) {
    throw new Error('contact insert returned no row');
  }
  const [employment] = await tx
    .insert(contactEmployments)
    .values({ agencyId: actor.agencyId, contactId: contact.id, organizationId: contact.organizationId, title: contact.title, startedOn: await agencyToday(tx, actor.agencyId) })
    .returning();
  await recordAudit(tx, actor, { entity: 'contact', entityId: contact.id, action: 'create', after: { ...contact, employment } });
  return contact;
}

/** Edits a contact with optimistic concurrency; a new title is also the title of their current employment. */
export async function updateContact({ actor, tx, contactId, version, ...changes }: CommandBase & TUpdateContactBody & { contactId: string }) {
  const before = await getContactRow(tx, actor.agencyId, contactId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'contact', before, version);
  if (changes.ownerId !== undefined) {
    await assertAgencyUser(tx, actor.agencyId, changes.ownerId);
  }
  const [after] = await tx
    .update(contacts)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(contacts.agencyId, actor.agencyId), eq(contacts.id, contactId)))
    .returning();
  if (!after) {
    throw new Error('contact update returned no row');
  }
  if (changes.title !== undefined && changes.title !== before.title) {
    await tx
      .update(contactEmployments)
      .set({ title: changes.title })
      .where(and(eq(contactEmployments.agencyId, actor.agencyId), eq(contactEmployments.contactId, contactId), isNull(contactEmployments.endedOn)));
  }
  await recordAudit(tx, actor, { entity: 'contact', entityId: contactId, action: 'update', before, after });
  return after;
}

/**
 * Moves a contact to another organization: the current employment ends today (the agency's today) and a new one
 * starts, so the history keeps where they were. They stop being the old organization's billing contact.
 */
export async function moveContact({ actor, tx, contactId, version, organizationId, title }: CommandBase & TMoveContactBody & { contactId: string }) {
  const before = await getContactRow(tx, actor.agencyId, contactId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'contact', before, version);
  if (before.organizationId === organizationId) {
    throw fieldRule('organizationId', 'the contact already works here');
  }
  await assertOrganization(tx, actor.agencyId, organizationId);
  const day = await agencyToday(tx, actor.agencyId);
  const newTitle = title === undefined ? before.title : title;
  const ended = await tx
    .update(contactEmployments)
    .set({ endedOn: day })
    .where(and(eq(contactEmployments.agencyId, actor.agencyId), eq(contactEmployments.contactId, contactId), isNull(contactEmployments.endedOn)))
    .returning();
  const [opened] = await tx
    .insert(contactEmployments)
    .values({ agencyId: actor.agencyId, contactId, organizationId, title: newTitle, startedOn: day })
    .returning();
  const [after] = await tx
    .update(contacts)
    .set({ organizationId, title: newTitle, version: before.version + 1 })
    .where(and(eq(contacts.agencyId, actor.agencyId), eq(contacts.id, contactId)))
    .returning();
  if (!after) {
    throw new Error('contact update returned no row');
  }
  const changes: AuditChange[] = [{ entity: 'contact', entityId: contactId, action: 'move', before, after: { ...after, endedEmployments: ended, employment: opened } }];
  const released = await tx
    .update(organizations)
    .set({ billingContactId: null, version: sql`${organizations.version} + 1` })
    .where(and(eq(organizations.agencyId, actor.agencyId), eq(organizations.id, before.organizationId), eq(organizations.billingContactId, contactId)))
    .returning({ id: organizations.id, version: organizations.version });
  for (const organization of released) {
    changes.push({ entity: 'organization', entityId: organization.id, action: 'update', before: { billingContactId: contactId }, after: { billingContactId: null } });
  }
  await recordAudit(tx, actor, ...changes);
  return after;
}
