import { List, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BatchRefusalAlert, useBatchRefusal } from '../../components/batch-refusal-alert';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { type HiringCandidate, placementActions, placementKeys } from './queries';

type HiringCancelDialogProps = { candidates: HiringCandidate[]; opened: boolean; onClose: () => void; onDone: () => void };

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * B3: one reason cancels every pending placement of each selected candidate (not only those shown), all or nothing.
 * A refused batch lists each refused candidate with the server's reason; nothing was cancelled then.
 */
export function HiringCancelDialog({ candidates, opened, onClose, onDone }: HiringCancelDialogProps) {
  const queryClient = useQueryClient();
  const batch = useBatchRefusal();
  const form = useForm<{ reason: string }>({ mode: 'controlled', initialValues: { reason: '' }, validate: { reason: (value) => (value.trim() === '' ? 'Give the reason' : null) } });
  const pending = candidates.reduce((sum, row) => sum + row.pendingCount, 0);
  const nameOf = (id: string) => candidates.find((row) => row.candidate.id === id)?.candidate.name;

  function handleClose() {
    form.reset();
    batch.clear();
    onClose();
  }

  const cancel = useMutation({
    mutationFn: (reason: string) => placementActions.cancelHiring(candidates.map((row) => row.candidate.id), reason),
    onSuccess: (answer) => {
      const count = answer.data.reduce((sum, row) => sum + row.cancelledPlacementIds.length, 0);
      notify.success(`${plural(count, 'placement')} of ${plural(answer.data.length, 'candidate')} cancelled.`);
      void queryClient.invalidateQueries({ queryKey: placementKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['jobs'] });
      void queryClient.invalidateQueries({ queryKey: ['pipeline'] });
      handleClose();
      onDone();
    },
    onError: (error) => batch.handle(error, (other) => showFormErrors(form, other)),
  });

  return (
    <FormDialog
      opened={opened}
      onClose={handleClose}
      title="Cancel placements"
      onSubmit={form.onSubmit((values) => cancel.mutate(values.reason.trim()))}
      submitLabel="Cancel placements"
      isPending={cancel.isPending}
    >
      <Text size="sm">
        Every pending placement of the {plural(candidates.length, 'selected candidate')} ({plural(pending, 'placement')}) is cancelled, with its assignment, for the reason below. Their jobs get the
        openings back. The candidates leave hiring management; their status does not change.
      </Text>
      <List size="sm" spacing={2}>
        {candidates.map((row) => (
          <List.Item key={row.candidate.id}>
            {row.candidate.name}: {plural(row.pendingCount, 'pending placement')}
          </List.Item>
        ))}
      </List>
      <Textarea label="Reason" required autosize minRows={2} maxLength={500} data-autofocus {...form.getInputProps('reason')} />
      {batch.refusal ? <BatchRefusalAlert title="Nothing was cancelled" refusal={batch.refusal} listLabel="Refused candidates" labelOf={nameOf} /> : null}
    </FormDialog>
  );
}
