import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { StaleAlert } from '../../components/stale-alert';
import { type Submission, submissionActions, submissionKeys } from './queries';

type WithdrawDialogProps = { submission: Submission | null; onClose: () => void };

/** Takes a submission back from the client, with the reason; the candidate stays on the job and may be submitted again. */
export function WithdrawSubmissionDialog({ submission, onClose }: WithdrawDialogProps) {
  const queryClient = useQueryClient();
  const form = useForm({ mode: 'controlled', initialValues: { reason: '' }, validate: { reason: (value) => (value.trim() === '' ? 'Say why it is withdrawn' : null) } });
  const save = useSaveState(form, onClose);

  const withdraw = useMutation({
    mutationFn: ({ id, version, reason }: { id: string; version: number; reason: string }) => submissionActions.withdraw(id, version, reason),
    onSuccess: (answer) => {
      notify.success(`${answer.data.candidate.name}'s submission was withdrawn.`);
      queryClient.setQueryData(submissionKeys.record(answer.data.id), answer);
      void queryClient.invalidateQueries({ queryKey: submissionKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['pipeline'] });
      save.close();
    },
    onError: save.handleError,
  });

  function handleReload() {
    void queryClient.invalidateQueries({ queryKey: submissionKeys.all });
    save.close();
  }

  return (
    <FormDialog
      opened={submission !== null}
      onClose={save.close}
      title={submission ? `Withdraw ${submission.candidate.name}'s submission` : 'Withdraw submission'}
      onSubmit={form.onSubmit(({ reason }) => (submission ? withdraw.mutate({ id: submission.id, version: submission.version, reason: reason.trim() }) : undefined))}
      submitLabel="Withdraw submission"
      isPending={withdraw.isPending}
      isSubmitDisabled={save.isStale}
    >
      <Text size="sm">The submission is marked withdrawn with your reason; nothing is emailed. The candidate stays on the job in their stage, and can be submitted again.</Text>
      {save.isStale ? <StaleAlert message={save.staleMessage} onReload={handleReload} /> : null}
      <Textarea label="Reason" required autosize minRows={2} maxRows={5} data-autofocus {...form.getInputProps('reason')} />
    </FormDialog>
  );
}
