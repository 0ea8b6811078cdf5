import type { StaffActor } from '../../platform/auth/actor';
import type { organizations } from '../../db/schema';
import { clientPolicy } from './policy';
import type { OrganizationDetailRow, OrganizationListRow } from './queries';

type OrganizationRow = typeof organizations.$inferSelect;

export function presentOrganization({ organization, ownerName }: { organization: OrganizationRow; ownerName: string | null }) {
  return {
    id: organization.id,
    name: organization.name,
    status: organization.status,
    industry: organization.industry,
    website: organization.website,
    phone: organization.phone,
    addresses: organization.addresses,
    ownerId: organization.ownerId,
    ownerName,
    parentId: organization.parentId,
    billingContactId: organization.billingContactId,
    billingAddress: organization.billingAddress,
    paymentTermsDays: organization.paymentTermsDays,
    currency: organization.currency,
    taxId: organization.taxId,
    taxRateBp: organization.taxRateBp,
    defaultMarkupBp: organization.defaultMarkupBp,
    defaultFeeBp: organization.defaultFeeBp,
    notes: organization.notes,
    tags: organization.tags,
    createdAt: organization.createdAt.toISOString(),
    updatedAt: organization.updatedAt.toISOString(),
    version: organization.version,
  };
}

export const presentOrganizationListItem = (row: OrganizationListRow) => presentOrganization(row);

export function organizationAbilities(actor: StaffActor) {
  const canWrite = clientPolicy.canWrite(actor);
  return { update: canWrite, createContact: canWrite, createDeal: canWrite };
}

export function presentOrganizationRecord(actor: StaffActor, row: OrganizationDetailRow) {
  return {
    data: {
      ...presentOrganization(row),
      parent: row.parent,
      children: row.children,
      billingContactName: row.billingContactName,
      contactCount: row.contactCount,
      dealCount: row.dealCount,
    },
    abilities: organizationAbilities(actor),
  };
}
