import { Button, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { CONTACT_ROLES, CONTACT_ROLE_LABELS, CONTACT_STATUSES, type ContactRole, type ContactStatus } from '../../../../src/shared/clients';
import { useCursorList } from '../../api/pages';
import { useFormat } from '../../components/format';
import { ChoiceFilter, ExportCsvButton, SearchInput, SortControl } from '../../components/list-filters';
import { ListTable } from '../../components/list-table';
import { Empty, PageHeader } from '../../components/page';
import { CONTACT_STATUS_OPTIONS, ContactStatusBadge, OwnerFilter, useCanWriteClients } from './client-ui';
import { ContactDialog } from './contact-dialog';
import { type Contact, type ContactFilters, clientKeys, exportUrl, fetchContacts } from './queries';
import { ContactLink, OrganizationLink } from './record-links';

const SORTS = [
  { value: 'updated', label: 'Recently changed' },
  { value: 'name', label: 'Last name' },
] as const;
const ROLE_OPTIONS = CONTACT_ROLES.map((role) => ({ value: role, label: CONTACT_ROLE_LABELS[role] }));

export function ContactsPage() {
  const navigate = useNavigate();
  const format = useFormat();
  const canWrite = useCanWriteClients();
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 250);
  const [status, setStatus] = useState<ContactStatus | undefined>();
  const [role, setRole] = useState<ContactRole | undefined>();
  const [ownerId, setOwnerId] = useState<string | undefined>();
  const [sort, setSort] = useState<'updated' | 'name'>('updated');
  const [isCreating, setIsCreating] = useState(false);

  const filters: ContactFilters = { q: debouncedQuery || undefined, status, role, ownerId, sort };
  const list = useCursorList(clientKeys.contactList(filters), (cursor) => fetchContacts(filters, cursor));
  const isFiltered = Boolean(filters.q || status || role || ownerId);
  const open = (id: string) => void navigate({ to: '/contacts/$contactId', params: { contactId: id } });

  return (
    <Stack gap={0}>
      <PageHeader
        title="Contacts"
        description="People at client organizations: hiring managers, billing contacts and decision makers."
        actions={
          <>
            <ExportCsvButton href={exportUrl('/api/contacts/export.csv', { ...filters })} />
            {canWrite ? (
              <Button leftSection={<IconUserPlus size={16} />} onClick={() => setIsCreating(true)}>
                New contact
              </Button>
            ) : null}
          </>
        }
      />
      <Group gap="xs" mb="sm" wrap="wrap">
        <SearchInput label="Search contacts" placeholder="Name or email address" value={query} onChange={setQuery} w={240} />
        <ChoiceFilter label="Status" placeholder="Any status" values={CONTACT_STATUSES} data={CONTACT_STATUS_OPTIONS} value={status} onChange={setStatus} w={140} />
        <ChoiceFilter label="Role" placeholder="Any role" values={CONTACT_ROLES} data={ROLE_OPTIONS} value={role} onChange={setRole} w={170} />
        <OwnerFilter value={ownerId} onChange={setOwnerId} />
        <SortControl options={SORTS} value={sort} onChange={setSort} />
      </Group>
      <ListTable<Contact>
        query={list}
        aria-label="Contacts"
        hasRefetchOverlay
        onRowClick={({ record }) => open(record.id)}
        columns={[
          {
            accessor: 'lastName',
            title: 'Name',
            render: (contact) => (
              <ContactLink id={contact.id} size="sm" fw={500} c="var(--mantine-color-text)">
                {contact.firstName} {contact.lastName}
              </ContactLink>
            ),
          },
          { accessor: 'title', title: 'Title', render: (contact) => contact.title ?? '—' },
          {
            accessor: 'organizationName',
            title: 'Organization',
            render: (contact) => (
              <OrganizationLink id={contact.organizationId} size="sm" onClick={(event) => event.stopPropagation()}>
                {contact.organizationName}
              </OrganizationLink>
            ),
          },
          { accessor: 'emails', title: 'Email', render: (contact) => contact.emails[0] ?? '—' },
          { accessor: 'roles', title: 'Roles', render: (contact) => <Text size="sm">{contact.roles.map((value) => CONTACT_ROLE_LABELS[value]).join(', ') || '—'}</Text> },
          { accessor: 'status', title: 'Status', render: (contact) => <ContactStatusBadge status={contact.status} /> },
          { accessor: 'lastContactedAt', title: 'Last contacted', render: (contact) => format.date(contact.lastContactedAt, 'Never') },
        ]}
        emptyState={
          isFiltered ? (
            <Empty title="No contacts match">Nobody matches these filters. Clear the search or a filter to see more.</Empty>
          ) : (
            <Empty title="No contacts yet">Add the people you work with at your clients with New contact, or from an organization’s page.</Empty>
          )
        }
      />
      <ContactDialog opened={isCreating} onClose={() => setIsCreating(false)} onSaved={open} />
    </Stack>
  );
}
