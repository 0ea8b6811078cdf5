import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconStack2, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { DataTableColumn } from 'mantine-datatable';
import { CANDIDATE_STATUSES } from '../../../../src/shared/candidates';
import { useCursorList } from '../../api/pages';
import { useFormat } from '../../components/format';
import { ChoiceFilter, ExportCsvButton, SearchInput, SortControl } from '../../components/list-filters';
import { ListTable } from '../../components/list-table';
import { Empty, PageHeader } from '../../components/page';
import { OwnerFilter } from '../clients/client-ui';
import { AddToPoolDialog } from '../pools/add-to-pool-dialog';
import { CandidateLink, CandidateStatusBadge, STATUS_OPTIONS, jobLine, useCanWriteCandidates } from './candidate-ui';
import { ChangeOwnerDialog } from './change-owner-dialog';
import { type CandidateFilters, type CandidateStatus, type CandidateSummary, candidateKeys, exportUrl, fetchCandidates } from './queries';

const SORTS = [
  { value: 'updated', label: 'Recently changed' },
  { value: 'name', label: 'Last name' },
] as const;

export function CandidatesPage() {
  const navigate = useNavigate();
  const format = useFormat();
  const canWrite = useCanWriteCandidates();
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 250);
  const [status, setStatus] = useState<CandidateStatus | undefined>();
  const [ownerId, setOwnerId] = useState<string | undefined>();
  const [tag, setTag] = useState('');
  const [skill, setSkill] = useState('');
  const [debouncedText] = useDebouncedValue({ tag: tag.trim(), skill: skill.trim() }, 250);
  const [availableBy, setAvailableBy] = useState('');
  const [sort, setSort] = useState<'updated' | 'name'>('updated');
  const [selected, setSelected] = useState<CandidateSummary[]>([]);
  const [isChangingOwner, setIsChangingOwner] = useState(false);
  const [isAddingToPool, setIsAddingToPool] = useState(false);

  const filters: CandidateFilters = {
    q: debouncedQuery || undefined,
    status,
    ownerId,
    tag: debouncedText.tag || undefined,
    skill: debouncedText.skill || undefined,
    availableBy: availableBy || undefined,
    sort,
  };
  const list = useCursorList(candidateKeys.list(filters), (cursor) => fetchCandidates(filters, cursor));
  const isFiltered = Boolean(filters.q || status || ownerId || filters.tag || filters.skill || filters.availableBy);
  const open = (id: string) => void navigate({ to: '/candidates/$candidateId', params: { candidateId: id } });

  const columns: DataTableColumn<CandidateSummary>[] = [
    {
      accessor: 'name',
      title: 'Name',
      render: (candidate) => (
        <CandidateLink id={candidate.id} size="sm" fw={500} c="var(--mantine-color-text)" onClick={(event) => event.stopPropagation()}>
          {candidate.name}
        </CandidateLink>
      ),
    },
    { accessor: 'currentTitle', title: 'Current job', render: (candidate) => jobLine(candidate) ?? '—' },
    { accessor: 'skills', title: 'Skills', render: (candidate) => <Text size="sm" lineClamp={1}>{candidate.skills.join(', ') || '—'}</Text> },
    { accessor: 'location', title: 'Location', render: (candidate) => candidate.location ?? '—' },
    { accessor: 'status', title: 'Status', render: (candidate) => <CandidateStatusBadge status={candidate.status} /> },
    { accessor: 'owner', title: 'Owner', render: (candidate) => candidate.owner?.name ?? '—' },
    { accessor: 'availableOn', title: 'Available', render: (candidate) => (candidate.availableOn ? format.date(`${candidate.availableOn}T12:00:00Z`) : '—') },
    { accessor: 'lastContactedAt', title: 'Last contacted', render: (candidate) => format.date(candidate.lastContactedAt, 'Never') },
  ];
  const emptyState = isFiltered ? (
    <Empty title="No candidates match">Nobody matches these filters. Clear the search or a filter to see more.</Empty>
  ) : (
    <Empty title="No candidates yet">Add the people you place with New candidate.</Empty>
  );
  const shared = { query: list, 'aria-label': 'Candidates', hasRefetchOverlay: true, onRowClick: ({ record }: { record: CandidateSummary }) => open(record.id), columns, emptyState };

  return (
    <Stack gap={0}>
      <PageHeader
        title="Candidates"
        description="The people the agency places: their skills, availability, owner and next action."
        actions={
          <>
            <ExportCsvButton href={exportUrl(filters)} />
            {canWrite ? (
              <Button component={Link} to="/candidates/new" leftSection={<IconUserPlus size={16} />}>
                New candidate
              </Button>
            ) : null}
          </>
        }
      />
      <Group gap="xs" mb="sm" wrap="wrap" align="flex-end">
        <SearchInput label="Search candidates" placeholder="Name, email or phone" value={query} onChange={setQuery} w={240} />
        <ChoiceFilter label="Status" placeholder="Any status" values={CANDIDATE_STATUSES} data={STATUS_OPTIONS} value={status} onChange={setStatus} w={170} />
        <OwnerFilter value={ownerId} onChange={setOwnerId} />
        <TextInput aria-label="Skill" placeholder="Skill" value={skill} onChange={(event) => setSkill(event.currentTarget.value)} w={140} />
        <TextInput aria-label="Tag" placeholder="Tag" value={tag} onChange={(event) => setTag(event.currentTarget.value)} w={120} />
        <TextInput type="date" aria-label="Available by" title="Available by" value={availableBy} onChange={(event) => setAvailableBy(event.currentTarget.value)} w={150} />
        <SortControl options={SORTS} value={sort} onChange={setSort} />
      </Group>
      {canWrite && selected.length > 0 ? (
        <Paper withBorder radius="md" px="sm" py={6} mb="sm" role="region" aria-label="Bulk actions">
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {selected.length} selected
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setSelected([])}>
                Clear selection
              </Button>
              <Button size="xs" variant="light" leftSection={<IconStack2 size={14} />} onClick={() => setIsAddingToPool(true)}>
                Add to pool
              </Button>
              <Button size="xs" leftSection={<IconUsersGroup size={14} />} onClick={() => setIsChangingOwner(true)}>
                Change owner
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : null}
      {canWrite ? (
        <ListTable<CandidateSummary>
          {...shared}
          selectedRecords={selected}
          onSelectedRecordsChange={setSelected}
          allRecordsSelectionCheckboxProps={{ 'aria-label': 'Select all candidates' }}
          getRecordSelectionCheckboxProps={(record) => ({ 'aria-label': `Select ${record.name}` })}
        />
      ) : (
        <ListTable<CandidateSummary> {...shared} />
      )}
      <ChangeOwnerDialog
        key={selected.map((candidate) => candidate.id).join(',')}
        opened={isChangingOwner}
        onClose={() => setIsChangingOwner(false)}
        change={{ kind: 'many', ids: selected.map((candidate) => candidate.id) }}
        onChanged={() => setSelected([])}
      />
      {canWrite ? <AddToPoolDialog opened={isAddingToPool} onClose={() => setIsAddingToPool(false)} candidates={selected} onAdded={() => setSelected([])} /> : null}
    </Stack>
  );
}
