import { Select, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { StaleAlert } from '../../components/stale-alert';
import { useOwnerOptions } from '../clients/client-ui';
import { activityKeys } from '../../components/record-activity/queries';
import { candidateActions, candidateKeys } from './queries';

type Values = { ownerId: string | null; handoffNote: string };

/** One candidate (with the version it was opened at) or several chosen in the list. */
export type OwnerChange = { kind: 'one'; id: string; name: string; version: number; ownerId: string | null } | { kind: 'many'; ids: string[] };

type ChangeOwnerDialogProps = { opened: boolean; onClose: () => void; change: OwnerChange; onChanged?: () => void };

/** Hands candidates to a new owner: the handoff note is required, and the new owner reads it on the record and in their tasks. */
export function ChangeOwnerDialog({ opened, onClose, change, onChanged }: ChangeOwnerDialogProps) {
  const queryClient = useQueryClient();
  const owners = useOwnerOptions();
  const currentOwnerId = change.kind === 'one' ? change.ownerId : null;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { ownerId: null, handoffNote: '' },
    validate: {
      ownerId: (value) => (value ? (value === currentOwnerId ? 'Choose someone other than the current owner' : null) : 'Choose the new owner'),
      handoffNote: (value) => (value.trim() === '' ? 'Write a handoff note for the new owner' : null),
    },
  });
  const saveState = useSaveState(form, onClose);
  const count = change.kind === 'one' ? 1 : change.ids.length;
  const subject = change.kind === 'one' ? change.name : `${count} candidate${count === 1 ? '' : 's'}`;

  const save = useMutation({
    mutationFn: async (values: Values) => {
      const ownerId = values.ownerId ?? '';
      const handoffNote = values.handoffNote.trim();
      if (change.kind === 'one') {
        const answer = await candidateActions.changeOwner(change.id, { version: change.version, ownerId, handoffNote });
        queryClient.setQueryData(candidateKeys.record(change.id), answer);
        return;
      }
      await candidateActions.changeOwners({ ids: change.ids, options: { ownerId, handoffNote } });
    },
    onSuccess: async (_answer, values) => {
      const owner = owners.find((option) => option.value === values.ownerId)?.label ?? 'the new owner';
      notify.success(`${subject} now ${count === 1 ? 'belongs' : 'belong'} to ${owner}.`);
      saveState.close();
      onChanged?.();
      await Promise.all([queryClient.invalidateQueries({ queryKey: candidateKeys.all }), queryClient.invalidateQueries({ queryKey: activityKeys.tasks })]);
    },
    onError: saveState.handleError,
  });

  return (
    <FormDialog
      opened={opened}
      onClose={saveState.close}
      title={`Change owner of ${subject}`}
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      submitLabel="Change owner"
      isPending={save.isPending}
      isSubmitDisabled={saveState.isStale}
    >
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={saveState.close} /> : null}
      <Text size="sm" c="dimmed">
        The new owner sees your handoff note on the {count === 1 ? 'record' : 'records'} and in their tasks.
      </Text>
      <Select label="New owner" required data-autofocus data={owners} {...form.getInputProps('ownerId')} />
      <Textarea label="Handoff note" required autosize minRows={3} placeholder="Where things stand, and what they should do next" {...form.getInputProps('handoffNote')} />
    </FormDialog>
  );
}
