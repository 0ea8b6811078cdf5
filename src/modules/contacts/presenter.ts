import type { StaffActor } from '../../platform/auth/actor';
import { clientPolicy } from '../organizations/policy';
import type { ContactDetailRow, ContactListRow } from './queries';

export function presentContact({ contact, organizationName, ownerName }: ContactListRow) {
  return {
    id: contact.id,
    firstName: contact.firstName,
    lastName: contact.lastName,
    title: contact.title,
    emails: contact.emails,
    phones: contact.phones,
    organizationId: contact.organizationId,
    organizationName,
    roles: contact.roles,
    ownerId: contact.ownerId,
    ownerName,
    status: contact.status,
    lastContactedAt: contact.lastContactedAt?.toISOString() ?? null,
    notes: contact.notes,
    createdAt: contact.createdAt.toISOString(),
    updatedAt: contact.updatedAt.toISOString(),
    version: contact.version,
  };
}

export function contactAbilities(actor: StaffActor) {
  const canWrite = clientPolicy.canWrite(actor);
  return { update: canWrite, move: canWrite };
}

export function presentContactRecord(actor: StaffActor, row: ContactDetailRow) {
  return { data: { ...presentContact(row), employments: row.employments }, abilities: contactAbilities(actor) };
}
