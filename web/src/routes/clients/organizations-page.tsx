import { Badge, Button, Group, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ORGANIZATION_STATUSES, type OrganizationStatus } from '../../../../src/shared/clients';
import { useCursorList } from '../../api/pages';
import { useFormat } from '../../components/format';
import { ChoiceFilter, ExportCsvButton, SearchInput, SortControl } from '../../components/list-filters';
import { ListTable } from '../../components/list-table';
import { Empty, PageHeader } from '../../components/page';
import { ORGANIZATION_STATUS_OPTIONS, OrganizationStatusBadge, OwnerFilter, useCanWriteClients } from './client-ui';
import { OrganizationDialog } from './organization-dialog';
import { type Organization, type OrganizationFilters, clientKeys, exportUrl, fetchOrganizations } from './queries';
import { OrganizationLink } from './record-links';

const SORTS = [
  { value: 'updated', label: 'Recently changed' },
  { value: 'name', label: 'Name' },
] as const;

export function OrganizationsPage() {
  const navigate = useNavigate();
  const format = useFormat();
  const canWrite = useCanWriteClients();
  const [query, setQuery] = useState('');
  const [industry, setIndustry] = useState('');
  const [tag, setTag] = useState('');
  const [debounced] = useDebouncedValue({ q: query.trim(), industry: industry.trim(), tag: tag.trim() }, 250);
  const [status, setStatus] = useState<OrganizationStatus | undefined>();
  const [ownerId, setOwnerId] = useState<string | undefined>();
  const [sort, setSort] = useState<'updated' | 'name'>('updated');
  const [isCreating, setIsCreating] = useState(false);

  const filters: OrganizationFilters = { q: debounced.q || undefined, status, ownerId, industry: debounced.industry || undefined, tag: debounced.tag || undefined, sort };
  const list = useCursorList(clientKeys.organizationList(filters), (cursor) => fetchOrganizations(filters, cursor));
  const isFiltered = Boolean(filters.q || status || ownerId || filters.industry || filters.tag);
  const open = (id: string) => void navigate({ to: '/organizations/$organizationId', params: { organizationId: id } });

  return (
    <Stack gap={0}>
      <PageHeader
        title="Organizations"
        description="Client companies and their divisions: who owns the relationship, invoicing terms, contacts and deals."
        actions={
          <>
            <ExportCsvButton href={exportUrl('/api/organizations/export.csv', { ...filters })} />
            {canWrite ? (
              <Button leftSection={<IconBuildingPlus size={16} />} onClick={() => setIsCreating(true)}>
                New organization
              </Button>
            ) : null}
          </>
        }
      />
      <Group gap="xs" mb="sm" wrap="wrap">
        <SearchInput label="Search organizations" placeholder="Search by name" value={query} onChange={setQuery} w={240} />
        <ChoiceFilter label="Status" placeholder="Any status" values={ORGANIZATION_STATUSES} data={ORGANIZATION_STATUS_OPTIONS} value={status} onChange={setStatus} w={150} />
        <OwnerFilter value={ownerId} onChange={setOwnerId} />
        <TextInput aria-label="Industry" placeholder="Industry" value={industry} onChange={(event) => setIndustry(event.currentTarget.value)} w={150} />
        <TextInput aria-label="Tag" placeholder="Tag" value={tag} onChange={(event) => setTag(event.currentTarget.value)} w={120} />
        <SortControl options={SORTS} value={sort} onChange={setSort} />
      </Group>
      <ListTable<Organization>
        query={list}
        aria-label="Organizations"
        hasRefetchOverlay
        onRowClick={({ record }) => open(record.id)}
        columns={[
          {
            accessor: 'name',
            title: 'Name',
            render: (org) => (
              <OrganizationLink id={org.id} size="sm" fw={500} c="var(--mantine-color-text)">
                {org.name}
              </OrganizationLink>
            ),
          },
          { accessor: 'status', title: 'Status', render: (org) => <OrganizationStatusBadge status={org.status} /> },
          { accessor: 'industry', title: 'Industry', render: (org) => org.industry ?? '—' },
          { accessor: 'ownerName', title: 'Owner', render: (org) => org.ownerName ?? '—' },
          {
            accessor: 'tags',
            title: 'Tags',
            render: (org) => (
              <Group gap={4}>
                {org.tags.map((value) => (
                  <Badge key={value} size="xs" variant="outline" color="gray">
                    {value}
                  </Badge>
                ))}
              </Group>
            ),
          },
          { accessor: 'updatedAt', title: 'Changed', render: (org) => format.date(org.updatedAt) },
        ]}
        emptyState={
          isFiltered ? (
            <Empty title="No organizations match">Nothing matches these filters. Clear the search or a filter to see more.</Empty>
          ) : (
            <Empty title="No organizations yet">Add your first client with New organization; contacts and deals hang off it.</Empty>
          )
        }
      />
      <OrganizationDialog opened={isCreating} onClose={() => setIsCreating(false)} onSaved={open} />
    </Stack>
  );
}
