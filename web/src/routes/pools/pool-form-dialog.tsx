import { Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { POOL_LIMITS } from '../../../../src/shared/pools';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { StaleAlert } from '../../components/stale-alert';
import { type TalentPool, poolActions, poolKeys } from './queries';

export type PoolFormValues = { name: string; description: string; shared: boolean };

export const emptyPoolValues: PoolFormValues = { name: '', description: '', shared: false };

export const validatePoolName = (value: string) => (value.trim() === '' ? 'Name the pool' : null);

type PoolFieldsProps = { getInputProps: (path: keyof PoolFormValues, options?: { type: 'checkbox' }) => object; isFirst?: boolean };

/** Name, description and sharing: the same fields when a pool is made here, in the Add to pool dialog, or edited. */
export function PoolFields({ getInputProps, isFirst = true }: PoolFieldsProps) {
  return (
    <>
      <TextInput label="Name" required data-autofocus={isFirst || undefined} maxLength={POOL_LIMITS.nameLength} placeholder="Forklift drivers — Felixstowe" {...getInputProps('name')} />
      <Textarea label="Description" autosize minRows={2} maxLength={POOL_LIMITS.descriptionLength} placeholder="Who belongs here, and what for" {...getInputProps('description')} />
      <Switch label="Shared with the agency" description="Colleagues see a shared pool and may add candidates to it; a private one is yours alone." {...getInputProps('shared', { type: 'checkbox' })} />
    </>
  );
}

type PoolFormDialogProps = { opened: boolean; onClose: () => void; pool?: TalentPool; onSaved?: (pool: TalentPool) => void };

/** Makes a pool (no `pool`) or edits one with the version it was opened at. */
export function PoolFormDialog({ opened, onClose, pool, onSaved }: PoolFormDialogProps) {
  const queryClient = useQueryClient();
  const form = useForm<PoolFormValues>({
    mode: 'controlled',
    initialValues: pool ? { name: pool.name, description: pool.description ?? '', shared: pool.shared } : emptyPoolValues,
    validate: { name: validatePoolName },
  });
  const saveState = useSaveState(form, onClose);
  const save = useMutation({
    mutationFn: (values: PoolFormValues) => {
      const fields = { name: values.name.trim(), description: values.description.trim() || null, shared: values.shared };
      return pool ? poolActions.update(pool.id, { version: pool.version, ...fields }) : poolActions.create(fields);
    },
    onSuccess: async (answer) => {
      queryClient.setQueryData(poolKeys.record(answer.data.id), answer);
      notify.success(pool ? `${answer.data.name} was updated.` : `${answer.data.name} was created.`);
      saveState.close();
      onSaved?.(answer.data);
      await queryClient.invalidateQueries({ queryKey: poolKeys.all });
    },
    onError: saveState.handleError,
  });
  const reload = () => {
    saveState.close();
    if (pool) {
      void queryClient.invalidateQueries({ queryKey: poolKeys.record(pool.id) });
    }
  };

  return (
    <FormDialog
      opened={opened}
      onClose={saveState.close}
      title={pool ? `Edit ${pool.name}` : 'New pool'}
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      submitLabel={pool ? 'Save changes' : 'Create pool'}
      isPending={save.isPending}
      isSubmitDisabled={saveState.isStale}
    >
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={reload} /> : null}
      <PoolFields getInputProps={form.getInputProps} />
    </FormDialog>
  );
}
