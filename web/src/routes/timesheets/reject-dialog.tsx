import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { BatchRefusalAlert, useBatchRefusal } from '../../components/batch-refusal-alert';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors } from '../../components/form-errors';

type RejectDialogProps = {
  opened: boolean;
  /** What is rejected, for the title and the text ("2 timesheets"). */
  what: string;
  /** The name of a refused batch's list: "Refused timesheets". */
  refusedLabel: string;
  onClose: () => void;
  onReject: (reason: string) => Promise<unknown>;
  onDone: () => void;
};

/**
 * Rejecting needs a reason, shown on each rejected timesheet or expense so it can be corrected and submitted again.
 * All or nothing: a refused batch lists each refused record, and nothing was rejected.
 */
export function RejectDialog({ opened, what, refusedLabel, onClose, onReject, onDone }: RejectDialogProps) {
  const batch = useBatchRefusal();
  const form = useForm<{ reason: string }>({ mode: 'controlled', initialValues: { reason: '' }, validate: { reason: (value) => (value.trim() === '' ? 'Give the reason' : null) } });

  function handleClose() {
    form.reset();
    batch.clear();
    onClose();
  }

  const reject = useMutation({
    mutationFn: (reason: string) => onReject(reason),
    onSuccess: () => {
      handleClose();
      onDone();
    },
    onError: (error) => batch.handle(error, (other) => showFormErrors(form, other, { options: 'reason' })),
  });

  return (
    <FormDialog opened={opened} onClose={handleClose} title={`Reject ${what}`} onSubmit={form.onSubmit((values) => reject.mutate(values.reason.trim()))} submitLabel="Reject" isPending={reject.isPending}>
      <Text size="sm">The reason is shown on each one; they can then be corrected and submitted again.</Text>
      <Textarea label="Reason" required autosize minRows={2} maxLength={500} data-autofocus {...form.getInputProps('reason')} />
      {batch.refusal ? <BatchRefusalAlert title="Nothing was rejected" refusal={batch.refusal} listLabel={refusedLabel} /> : null}
    </FormDialog>
  );
}
