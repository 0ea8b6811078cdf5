import type { CsvColumn } from '../../platform/csv';
import type { OrganizationListRow } from './queries';

const addressLine = (address: { line1: string; line2?: string; city: string; postalCode?: string; country: string } | null | undefined) =>
  address ? [address.line1, address.line2, address.city, address.postalCode, address.country].filter(Boolean).join(', ') : '';

/** The columns of the organizations export, in the order a spreadsheet shows them. */
export const ORGANIZATION_CSV_COLUMNS: CsvColumn<OrganizationListRow>[] = [
  { header: 'id', value: (row) => row.organization.id },
  { header: 'name', value: (row) => row.organization.name },
  { header: 'status', value: (row) => row.organization.status },
  { header: 'industry', value: (row) => row.organization.industry },
  { header: 'website', value: (row) => row.organization.website },
  { header: 'phone', value: (row) => row.organization.phone },
  { header: 'address', value: (row) => addressLine(row.organization.addresses[0]) },
  { header: 'owner', value: (row) => row.ownerName },
  { header: 'parent_id', value: (row) => row.organization.parentId },
  { header: 'billing_address', value: (row) => addressLine(row.organization.billingAddress) },
  { header: 'payment_terms_days', value: (row) => row.organization.paymentTermsDays },
  { header: 'currency', value: (row) => row.organization.currency },
  { header: 'tax_id', value: (row) => row.organization.taxId },
  { header: 'default_markup_percent', value: (row) => (row.organization.defaultMarkupBp === null ? null : row.organization.defaultMarkupBp / 100) },
  { header: 'default_fee_percent', value: (row) => (row.organization.defaultFeeBp === null ? null : row.organization.defaultFeeBp / 100) },
  { header: 'tags', value: (row) => row.organization.tags.join('; ') },
  { header: 'updated_at', value: (row) => row.organization.updatedAt.toISOString() },
];
