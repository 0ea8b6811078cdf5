import { Alert, Skeleton, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { LoadError } from '../../components/page';
import { StaleAlert } from '../../components/stale-alert';
import { fetchPlacement, placementActions, placementKeys } from './queries';
import { usePlacementUpdate } from './use-placement-update';

type CancelPlacementDialogProps = { placementId: string; opened: boolean; onClose: () => void };

/**
 * Cancels one pending placement with a reason: B2 from the placement (front office), B3 from the candidate's
 * placements (back office). Says what happens; refused with the server's reason when the rules do not allow it.
 */
export function CancelPlacementDialog({ placementId, opened, onClose }: CancelPlacementDialogProps) {
  const record = useQuery({ queryKey: placementKeys.record(placementId), queryFn: () => fetchPlacement(placementId), enabled: opened });
  const update = usePlacementUpdate();
  const form = useForm<{ reason: string }>({ mode: 'controlled', initialValues: { reason: '' }, validate: { reason: (value) => (value.trim() === '' ? 'Give the reason' : null) } });
  const saveState = useSaveState(form, onClose);
  const cancel = useMutation({
    mutationFn: ({ version, reason }: { version: number; reason: string }) => placementActions.cancel(placementId, version, reason),
    onSuccess: (answer) => {
      update(answer, true);
      notify.success(`${answer.data.reference} is cancelled, with its assignment.`);
      saveState.close();
    },
    onError: saveState.handleError,
  });

  const placement = record.data?.data;
  const ability = record.data?.abilities.cancel;
  return (
    <FormDialog
      opened={opened}
      onClose={saveState.close}
      title={placement ? `Cancel ${placement.reference}` : 'Cancel placement'}
      onSubmit={form.onSubmit((values) => (placement ? cancel.mutate({ version: placement.version, reason: values.reason.trim() }) : undefined))}
      submitLabel="Cancel placement"
      isPending={cancel.isPending}
      isSubmitDisabled={!ability?.allowed || saveState.isStale}
    >
      {record.isPending ? <Skeleton height={60} /> : null}
      {record.isError ? <LoadError error={record.error} onRetry={() => void record.refetch()} /> : null}
      {placement ? (
        <Text size="sm">
          {placement.candidate.name}&apos;s placement on {placement.job.title} ({placement.organization.name}) is cancelled, and its assignment with it. The job gets the opening back (a filled job
          opens again). The candidate&apos;s status does not change. A cancelled placement can be reactivated later.
        </Text>
      ) : null}
      {ability && !ability.allowed ? (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="This placement cannot be cancelled here" role="alert">
          {ability.reason}
        </Alert>
      ) : null}
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={() => {
            void record.refetch();
            saveState.close();
          }} /> : null}
      <Textarea label="Reason" required autosize minRows={2} maxLength={500} data-autofocus disabled={!ability?.allowed} {...form.getInputProps('reason')} />
    </FormDialog>
  );
}
