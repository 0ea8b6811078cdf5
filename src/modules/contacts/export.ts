import type { CsvColumn } from '../../platform/csv';
import type { ContactListRow } from './queries';

/** The columns of the contacts export. */
export const CONTACT_CSV_COLUMNS: CsvColumn<ContactListRow>[] = [
  { header: 'id', value: (row) => row.contact.id },
  { header: 'first_name', value: (row) => row.contact.firstName },
  { header: 'last_name', value: (row) => row.contact.lastName },
  { header: 'title', value: (row) => row.contact.title },
  { header: 'organization', value: (row) => row.organizationName },
  { header: 'organization_id', value: (row) => row.contact.organizationId },
  { header: 'emails', value: (row) => row.contact.emails.join('; ') },
  { header: 'phones', value: (row) => row.contact.phones.join('; ') },
  { header: 'roles', value: (row) => row.contact.roles.join('; ') },
  { header: 'owner', value: (row) => row.ownerName },
  { header: 'status', value: (row) => row.contact.status },
  { header: 'last_contacted_at', value: (row) => row.contact.lastContactedAt?.toISOString() },
  { header: 'updated_at', value: (row) => row.contact.updatedAt.toISOString() },
];
