import { SegmentedControl, Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { pickOption } from '../../components/options';
import { candidateKeys } from '../candidates/queries';
import { PoolFields, type PoolFormValues, emptyPoolValues, validatePoolName } from './pool-form-dialog';
import { fetchPoolChoices, plural, poolActions, poolKeys } from './queries';

const CHOICES = ['existing', 'new'] as const;
type Choice = (typeof CHOICES)[number];
type Values = PoolFormValues & { choice: Choice; poolId: string | null };

/** A pool the caller can see, searched by name as they type. */
export function PoolPicker({ value, onChange, error }: { value: string | null; onChange: (id: string | null) => void; error?: unknown }) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const pools = useQuery({ queryKey: poolKeys.picker(query), queryFn: () => fetchPoolChoices(query), staleTime: 10_000 });
  const options = (pools.data?.data ?? []).map((pool) => ({ value: pool.id, label: `${pool.name} (${pool.memberCount})${pool.shared ? '' : ' · private'}` }));
  return (
    <Select
      label="Pool"
      required
      data-autofocus
      placeholder="Choose a pool"
      data={options}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={pools.isPending ? 'Loading…' : 'No pool matches; choose New pool to make one'}
      error={typeof error === 'string' ? error : undefined}
    />
  );
}

type AddToPoolDialogProps = { opened: boolean; onClose: () => void; candidates: { id: string; name: string }[]; onAdded?: () => void };

/** Adds candidates to a pool the caller can see, or to one made on the spot. Those already in it stay as they are. */
export function AddToPoolDialog({ opened, onClose, candidates, onAdded }: AddToPoolDialogProps) {
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { ...emptyPoolValues, choice: 'existing', poolId: null },
    validate: {
      poolId: (value, values) => (values.choice === 'existing' && !value ? 'Choose a pool' : null),
      name: (value, values) => (values.choice === 'new' ? validatePoolName(value) : null),
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const subject = candidates.length === 1 ? (candidates[0]?.name ?? '1 candidate') : plural(candidates.length, 'candidate');

  const add = useMutation({
    mutationFn: async (values: Values) => {
      const poolId =
        values.choice === 'new' ? (await poolActions.create({ name: values.name.trim(), description: values.description.trim() || null, shared: values.shared })).data.id : (values.poolId ?? '');
      return poolActions.addMembers(
        poolId,
        candidates.map((candidate) => candidate.id),
      );
    },
    onSuccess: async (answer) => {
      const { pool, added, alreadyMembers } = answer.data;
      const already = alreadyMembers.length > 0 ? ` (${plural(alreadyMembers.length, 'was', 'were')} in it already)` : '';
      notify.success(`Added ${added.length === candidates.length ? subject : plural(added.length, 'candidate')} to ${pool.name}${already}.`);
      close();
      onAdded?.();
      await Promise.all([queryClient.invalidateQueries({ queryKey: poolKeys.all }), queryClient.invalidateQueries({ queryKey: candidateKeys.all })]);
    },
    onError: (error) => showFormErrors(form, error),
  });
  const values = form.getValues();

  return (
    <FormDialog opened={opened} onClose={close} title={`Add ${subject} to a pool`} onSubmit={form.onSubmit((submitted) => add.mutate(submitted))} submitLabel="Add to pool" isPending={add.isPending}>
      <SegmentedControl
        aria-label="Which pool"
        size="xs"
        data={[
          { value: 'existing', label: 'Existing pool' },
          { value: 'new', label: 'New pool' },
        ]}
        value={values.choice}
        onChange={(value) => form.setFieldValue('choice', pickOption(CHOICES, value) ?? 'existing')}
        style={{ alignSelf: 'flex-start' }}
      />
      {values.choice === 'existing' ? (
        <PoolPicker value={values.poolId} onChange={(id) => form.setFieldValue('poolId', id)} error={form.errors.poolId} />
      ) : (
        <PoolFields getInputProps={form.getInputProps} />
      )}
      <Text size="xs" c="dimmed">
        Candidates already in the pool stay as they are.
      </Text>
    </FormDialog>
  );
}
