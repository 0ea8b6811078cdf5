import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { CONTACT_ROLES, CONTACT_ROLE_LABELS, CONTACT_STATUSES, type ContactRole, type ContactStatus } from '../../../../src/shared/clients';
import { useCursorList } from '../../api/pages';
import { useFormat } from '../../components/format';
import { ListTable } from '../../components/list-table';
import { pickOption } from '../../components/options';
import { Empty, PageHeader } from '../../components/page';
import { CONTACT_STATUS_OPTIONS, ContactStatusBadge, useCanWriteClients, useOwnerOptions } from './client-ui';
import { ContactDialog } from './contact-dialog';
import { type Contact, type ContactFilters, clientKeys, exportUrl, fetchContacts } from './queries';
import { ContactLink, OrganizationLink } from './record-links';

const SORTS = ['updated', 'name'] as const;
const ROLE_OPTIONS = CONTACT_ROLES.map((role) => ({ value: role, label: CONTACT_ROLE_LABELS[role] }));

export function ContactsPage() {
  const navigate = useNavigate();
  const format = useFormat();
  const canWrite = useCanWriteClients();
  const owners = useOwnerOptions();
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
            <Button component="a" href={exportUrl('/api/contacts/export.csv', { ...filters })} variant="default" leftSection={<IconDownload size={16} />}>
              Export CSV
            </Button>
            {canWrite ? (
              <Button leftSection={<IconUserPlus size={16} />} onClick={() => setIsCreating(true)}>
                New contact
              </Button>
            ) : null}
          </>
        }
      />
      <Group gap="xs" mb="sm" wrap="wrap">
        <TextInput aria-label="Search contacts" placeholder="Name or email address" leftSection={<IconSearch size={15} />} value={query} onChange={(event) => setQuery(event.currentTarget.value)} w={240} />
        <Select aria-label="Status" placeholder="Any status" data={CONTACT_STATUS_OPTIONS} value={status ?? null} onChange={(value) => setStatus(pickOption(CONTACT_STATUSES, value))} clearable w={140} />
        <Select aria-label="Role" placeholder="Any role" data={ROLE_OPTIONS} value={role ?? null} onChange={(value) => setRole(pickOption(CONTACT_ROLES, value))} clearable w={170} />
        <Select aria-label="Owner" placeholder="Any owner" data={owners} value={ownerId ?? null} onChange={(value) => setOwnerId(value ?? undefined)} clearable searchable w={180} />
        <SegmentedControl
          aria-label="Sort"
          size="xs"
          value={sort}
          onChange={(value) => setSort(pickOption(SORTS, value) ?? 'updated')}
          data={[
            { value: 'updated', label: 'Recently changed' },
            { value: 'name', label: 'Last name' },
          ]}
        />
      </Group>
      <ListTable<Contact>
        query={list}
        aria-label="Contacts"
        highlightOnHover
        records={list.records}
        fetching={list.isFetching && !list.isFetchingNextPage}
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
