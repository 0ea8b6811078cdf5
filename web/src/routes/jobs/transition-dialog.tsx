import { Alert, Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, errorMessage, isApiError } from '../../api/errors';
import { FormActions } from '../../components/form-actions';
import { notify } from '../../components/notify';
import { STATUS_LABELS } from './labels';
import { type Job, type JobStatus, jobActions, jobKeys } from './queries';

export type TransitionChoice = { to: JobStatus; reasonRequired: boolean };

/** The button's words for a move, from where the job is now. */
export function transitionLabel(from: JobStatus, to: JobStatus): string {
  switch (to) {
    case 'open':
      return from === 'on_hold' ? 'Resume' : from === 'qualified' ? 'Open' : 'Reopen';
    case 'on_hold':
      return 'Put on hold';
    case 'closed':
      return 'Close';
    case 'cancelled':
      return 'Cancel job';
    case 'qualified':
      return 'Qualify';
    case 'filled':
      return 'Mark filled';
    case 'intake':
      return 'Back to intake';
  }
}

function consequence(job: Job, to: JobStatus): string {
  switch (to) {
    case 'open':
      return job.status === 'on_hold'
        ? `${job.reference} opens again: candidates can be added and submitted, and its days in status start again.`
        : `${job.reference} opens: candidates can be added and submitted. It needs an owner (${job.owner?.name ?? 'none yet'}).`;
    case 'on_hold':
      return `${job.reference} pauses: it stays in the list as on hold and is flagged at risk if it stays on hold too long.`;
    case 'closed':
      return `${job.reference} closes without being filled. Reopening it later needs a reason.`;
    case 'cancelled':
      return `${job.reference} is cancelled for good: it cannot be reopened and its stages can no longer change.`;
    default:
      return `${job.reference} moves from ${STATUS_LABELS[job.status]} to ${STATUS_LABELS[to]}.`;
  }
}

type TransitionDialogProps = { job: Job; choice: TransitionChoice | null; onClose: () => void; onReload: () => void };

/** A status change: says what will happen, asks the reason (required when the rules need one), and sends exactly that. */
export function TransitionDialog({ job, choice, onClose, onReload }: TransitionDialogProps) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<{ message: string; rule?: string; isConflict: boolean } | null>(null);
  const move = useMutation({
    mutationFn: (to: JobStatus) => jobActions.transition(job.id, { to, version: job.version, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
    onSuccess: (answer) => {
      queryClient.setQueryData(jobKeys.record(job.id), answer);
      void queryClient.invalidateQueries({ queryKey: jobKeys.all, refetchType: 'none' });
      notify.success(`${answer.data.reference} is ${STATUS_LABELS[answer.data.status].toLowerCase()}.`);
      handleClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 422 || error.status === 409 || error.status === 400)) {
        setRefusal({ message: isApiError(error, 409) ? 'This job order was changed by someone else since you opened it. Reload to see the changes.' : errorMessage(error), rule: error.rule, isConflict: error.status === 409 });
        return;
      }
      notify.error(error);
    },
  });

  function handleClose() {
    setReason('');
    setRefusal(null);
    onClose();
  }

  if (!choice) {
    return null;
  }
  const label = transitionLabel(job.status, choice.to);
  const isMissingReason = choice.reasonRequired && reason.trim() === '';
  return (
    <Modal opened onClose={handleClose} title={`${label}: ${job.reference} ${job.title}`} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!isMissingReason) {
            move.mutate(choice.to);
          }
        }}
      >
        <Stack gap="md">
          <Text size="sm">{consequence(job, choice.to)}</Text>
          <Textarea
            label="Reason"
            description={choice.reasonRequired ? 'Required: say why.' : 'Optional; kept in the job’s history.'}
            required={choice.reasonRequired}
            autosize
            minRows={2}
            maxLength={1000}
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {refusal ? (
            <Alert color={refusal.isConflict ? 'yellow' : 'red'} variant="light" icon={<IconAlertCircle size={18} />} title={refusal.isConflict ? 'Changed by someone else' : 'Not allowed'} role="alert">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{refusal.message}</Text>
                {refusal.rule ? (
                  <Text size="xs" c="dimmed">
                    Rule: {refusal.rule}
                  </Text>
                ) : null}
                {refusal.isConflict ? (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => {
                      handleClose();
                      onReload();
                    }}
                  >
                    Reload
                  </Button>
                ) : null}
              </Stack>
            </Alert>
          ) : null}
          <FormActions
            submitLabel={label}
            submitColor={choice.to === 'cancelled' ? 'red' : undefined}
            isPending={move.isPending}
            isSubmitDisabled={isMissingReason}
            cancelLabel={`Keep as ${STATUS_LABELS[job.status].toLowerCase()}`}
            onCancel={handleClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
