import { Button, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useState } from 'react';
import { useCursorList } from '../../api/pages';
import { useFormat } from '../../components/format';
import { SearchInput } from '../../components/list-filters';
import { ListTable } from '../../components/list-table';
import { Empty, PageHeader } from '../../components/page';
import { useCanWriteCandidates } from '../candidates/candidate-ui';
import { PoolFormDialog } from './pool-form-dialog';
import { PoolLink, PoolVisibilityBadge } from './pool-ui';
import { type TalentPool, fetchPools, poolKeys } from './queries';

/** The caller's pools and the shared ones, by name, with how many candidates each holds. */
export function PoolsPage() {
  const navigate = useNavigate();
  const format = useFormat();
  const canWrite = useCanWriteCandidates();
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 250);
  const [isCreating, setIsCreating] = useState(false);
  const q = debouncedQuery || undefined;
  const list = useCursorList(poolKeys.list(q), (cursor) => fetchPools(q, cursor));
  const open = (id: string) => void navigate({ to: '/pools/$poolId', params: { poolId: id } });

  const columns: DataTableColumn<TalentPool>[] = [
    {
      accessor: 'name',
      title: 'Name',
      render: (pool) => (
        <Stack gap={0}>
          <PoolLink id={pool.id} size="sm" fw={500} c="var(--mantine-color-text)" onClick={(event) => event.stopPropagation()}>
            {pool.name}
          </PoolLink>
          {pool.description ? (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {pool.description}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    { accessor: 'memberCount', title: 'Candidates', textAlign: 'right', render: (pool) => pool.memberCount.toLocaleString() },
    { accessor: 'shared', title: 'Visibility', render: (pool) => <PoolVisibilityBadge shared={pool.shared} /> },
    { accessor: 'owner', title: 'Owner', render: (pool) => (pool.mine ? 'You' : pool.owner.name) },
    { accessor: 'updatedAt', title: 'Changed', render: (pool) => format.date(pool.updatedAt) },
  ];
  const emptyState = q ? (
    <Empty title="No pools match">No pool you can see has that in its name.</Empty>
  ) : (
    <Empty title="No talent pools yet">Make a pool with New pool, or pick candidates in the candidate list and choose Add to pool.</Empty>
  );

  return (
    <Stack gap={0}>
      <PageHeader
        title="Talent pools"
        description="Named lists of candidates to come back to: your own, and those colleagues share."
        actions={
          canWrite ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setIsCreating(true)}>
              New pool
            </Button>
          ) : null
        }
      />
      <Stack gap="xs" mb="sm">
        <SearchInput label="Search pools" placeholder="Pool name" value={query} onChange={setQuery} w={260} />
      </Stack>
      <ListTable<TalentPool> query={list} aria-label="Talent pools" hasRefetchOverlay onRowClick={({ record }) => open(record.id)} columns={columns} emptyState={emptyState} />
      {canWrite ? <PoolFormDialog opened={isCreating} onClose={() => setIsCreating(false)} onSaved={(pool) => open(pool.id)} /> : null}
    </Stack>
  );
}
