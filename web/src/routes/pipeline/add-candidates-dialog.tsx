import { MultiSelect, SegmentedControl, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { pickOption } from '../../components/options';
import { PoolPicker } from '../pools/add-to-pool-dialog';
import { fetchCandidateChoices, fetchPoolCandidates, pipelineActions, pipelineKeys, plural } from './queries';

const SOURCES = ['search', 'pool'] as const;
type Source = (typeof SOURCES)[number];
type Values = { source: Source; candidateIds: string[]; poolId: string | null };
type Option = { value: string; label: string };

/** Candidates found by name, email or phone as the user types; the ones picked keep their names while the search changes. */
function CandidatePicker({ value, onChange, error }: { value: string[]; onChange: (ids: string[]) => void; error?: unknown }) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const [picked, setPicked] = useState<Option[]>([]);
  const found = useQuery({ queryKey: pipelineKeys.candidateChoices(query), queryFn: () => fetchCandidateChoices(query), placeholderData: keepPreviousData });
  const foundOptions = (found.data?.data ?? []).map((candidate) => ({ value: candidate.id, label: candidate.currentTitle ? `${candidate.name} · ${candidate.currentTitle}` : candidate.name }));
  const options = [...picked, ...foundOptions.filter((option) => !picked.some((known) => known.value === option.value))];
  return (
    <MultiSelect
      label="Candidates"
      required
      data-autofocus
      placeholder={value.length === 0 ? 'Search by name, email or phone' : undefined}
      data={options}
      value={value}
      onChange={(ids) => {
        setPicked(options.filter((option) => ids.includes(option.value)));
        onChange(ids);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has matched the search already.
      filter={({ options: shown }) => shown}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'Nobody matches'}
      error={typeof error === 'string' ? error : undefined}
    />
  );
}

/** How many of a pool's members would be added. */
function PoolSummary({ poolId }: { poolId: string }) {
  const members = useQuery({ queryKey: pipelineKeys.poolChoices(poolId), queryFn: () => fetchPoolCandidates(poolId) });
  if (!members.data) {
    return null;
  }
  const count = members.data.data.length;
  return (
    <Text size="sm">
      {count === 0 ? 'This pool has nobody in it.' : `${plural(count, 'member')} of the pool will be added${members.data.nextCursor ? ' (the first 200)' : ''}.`}
    </Text>
  );
}

type AddCandidatesDialogProps = { opened: boolean; onClose: () => void; job: { id: string; title: string } };

/** Adds candidates to the job from a search or a whole talent pool; those on the job already are left as they are. */
export function AddCandidatesDialog({ opened, onClose, job }: AddCandidatesDialogProps) {
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { source: 'search', candidateIds: [], poolId: null },
    validate: {
      candidateIds: (value, values) => (values.source === 'search' && value.length === 0 ? 'Choose at least one candidate' : null),
      poolId: (value, values) => (values.source === 'pool' && !value ? 'Choose a pool' : null),
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };

  const add = useMutation({
    mutationFn: async (values: Values) => {
      const candidateIds = values.source === 'pool' ? (await fetchPoolCandidates(values.poolId ?? '')).data.map((candidate) => candidate.id) : values.candidateIds;
      if (candidateIds.length === 0) {
        throw new Error('The pool has nobody in it.');
      }
      return pipelineActions.add(job.id, { candidateIds, addedFrom: values.source === 'pool' ? 'pool' : 'job', skipExisting: true });
    },
    onSuccess: async (answer) => {
      const skipped = answer.skipped.length > 0 ? ` ${plural(answer.skipped.length, 'was', 'were')} on it already.` : '';
      notify.success(`Added ${plural(answer.data.length, 'candidate')} to ${job.title}.${skipped}`);
      close();
      await Promise.all([queryClient.invalidateQueries({ queryKey: pipelineKeys.all }), queryClient.invalidateQueries({ queryKey: ['jobs'] })]);
    },
    onError: (error) => showFormErrors(form, error),
  });
  const values = form.getValues();

  return (
    <FormDialog opened={opened} onClose={close} title={`Add candidates to ${job.title}`} onSubmit={form.onSubmit((submitted) => add.mutate(submitted))} submitLabel="Add to job" isPending={add.isPending}>
      <SegmentedControl
        aria-label="Add from"
        size="xs"
        data={[
          { value: 'search', label: 'Search candidates' },
          { value: 'pool', label: 'From a talent pool' },
        ]}
        value={values.source}
        onChange={(value) => form.setFieldValue('source', pickOption(SOURCES, value) ?? 'search')}
        style={{ alignSelf: 'flex-start' }}
      />
      {values.source === 'search' ? (
        <CandidatePicker value={values.candidateIds} onChange={(ids) => form.setFieldValue('candidateIds', ids)} error={form.errors.candidateIds} />
      ) : (
        <>
          <PoolPicker value={values.poolId} onChange={(id) => form.setFieldValue('poolId', id)} error={form.errors.poolId} />
          {values.poolId ? <PoolSummary poolId={values.poolId} /> : null}
        </>
      )}
      <Text size="xs" c="dimmed">
        They start in the job&apos;s first stage. Candidates already on this job stay where they are.
      </Text>
    </FormDialog>
  );
}
