import { Button, Group, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserMinus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { CANDIDATE_STATUSES } from '../../../../src/shared/candidates';
import { useCursorList } from '../../api/pages';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ChoiceFilter, SearchInput, SortControl } from '../../components/list-filters';
import { BulkActionBar } from '../../components/bulk-action-bar';
import { ListTable } from '../../components/list-table';
import { notify } from '../../components/notify';
import { Empty } from '../../components/page';
import { candidateColumns } from '../candidates/candidate-columns';
import { STATUS_OPTIONS } from '../candidates/candidate-ui';
import { type CandidateStatus, type CandidateSummary, candidateKeys } from '../candidates/queries';
import { type PoolMemberFilters, type TalentPool, fetchPoolMembers, plural, poolActions, poolKeys } from './queries';

const SORTS = [
  { value: 'updated', label: 'Recently changed' },
  { value: 'name', label: 'Last name' },
] as const;

type PoolMembersProps = { pool: TalentPool; canManage: boolean };

/** The pool's candidates with the candidate list's filters; those who may fill the pool pick rows to take out of it. */
export function PoolMembers({ pool, canManage }: PoolMembersProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<CandidateStatus | undefined>();
  const [skill, setSkill] = useState('');
  const [debounced] = useDebouncedValue({ q: query.trim(), skill: skill.trim() }, 250);
  const [sort, setSort] = useState<'updated' | 'name'>('updated');
  const [selected, setSelected] = useState<CandidateSummary[]>([]);
  const [isConfirming, setIsConfirming] = useState(false);

  const filters: PoolMemberFilters = { q: debounced.q || undefined, status, skill: debounced.skill || undefined, sort };
  const list = useCursorList(poolKeys.members(pool.id, filters), (cursor) => fetchPoolMembers(pool.id, filters, cursor));
  const isFiltered = Boolean(filters.q || status || filters.skill);

  const remove = useMutation({
    mutationFn: () =>
      poolActions.removeMembers(
        pool.id,
        selected.map((candidate) => candidate.id),
      ),
    onSuccess: async (answer) => {
      notify.success(`Removed ${plural(answer.data.removed.length, 'candidate')} from ${pool.name}.`);
      setSelected([]);
      setIsConfirming(false);
      queryClient.setQueryData(poolKeys.record(pool.id), (previous: { data: TalentPool } | undefined) => (previous ? { ...previous, data: answer.data.pool } : previous));
      await Promise.all([queryClient.invalidateQueries({ queryKey: poolKeys.all }), queryClient.invalidateQueries({ queryKey: candidateKeys.all })]);
    },
    onError: (error) => notify.error(error),
  });

  const columns = candidateColumns();
  const emptyState = isFiltered ? (
    <Empty title="No members match">Nobody in this pool matches these filters. Clear the search or a filter to see more.</Empty>
  ) : (
    <Empty title="Nobody in this pool yet">Pick candidates in the candidate list and choose Add to pool, or add one from their page.</Empty>
  );
  const shared = {
    query: list,
    'aria-label': `Candidates in ${pool.name}`,
    hasRefetchOverlay: true,
    onRowClick: ({ record }: { record: CandidateSummary }) => void navigate({ to: '/candidates/$candidateId', params: { candidateId: record.id } }),
    columns,
    emptyState,
  };

  return (
    <>
      <Group gap="xs" mb="sm" wrap="wrap" align="flex-end">
        <SearchInput label="Search members" placeholder="Name, email or phone" value={query} onChange={setQuery} w={240} />
        <ChoiceFilter label="Status" placeholder="Any status" values={CANDIDATE_STATUSES} data={STATUS_OPTIONS} value={status} onChange={setStatus} w={170} />
        <TextInput aria-label="Skill" placeholder="Skill" value={skill} onChange={(event) => setSkill(event.currentTarget.value)} w={140} />
        <SortControl options={SORTS} value={sort} onChange={setSort} />
      </Group>
      {canManage && selected.length > 0 ? (
        <BulkActionBar count={selected.length} onClear={() => setSelected([])}>
          <Button size="xs" color="red" variant="light" leftSection={<IconUserMinus size={14} />} onClick={() => setIsConfirming(true)}>
            Remove from pool
          </Button>
        </BulkActionBar>
      ) : null}
      {canManage ? (
        <ListTable<CandidateSummary>
          {...shared}
          selectedRecords={selected}
          onSelectedRecordsChange={setSelected}
          allRecordsSelectionCheckboxProps={{ 'aria-label': 'Select all members' }}
          getRecordSelectionCheckboxProps={(record) => ({ 'aria-label': `Select ${record.name}` })}
        />
      ) : (
        <ListTable<CandidateSummary> {...shared} />
      )}
      <ConfirmDialog
        opened={isConfirming}
        title={`Remove ${plural(selected.length, 'candidate')} from ${pool.name}?`}
        confirmLabel="Remove from pool"
        isPending={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={() => setIsConfirming(false)}
      >
        {selected.map((candidate) => candidate.name).join(', ')} will leave this pool. Their records, and any other pools they are in, stay as they are.
      </ConfirmDialog>
    </>
  );
}
