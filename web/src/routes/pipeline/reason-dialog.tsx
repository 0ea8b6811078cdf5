import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormDialog } from '../../components/form-dialog';
import { ReasonSelect } from './reason-select';

type ReasonDialogProps = {
  opened: boolean;
  /** Who moves, and to which stage: the dialog says it. */
  name: string;
  stageName: string;
  isPending: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
};

/** A move into a rejected or withdrawn stage: the reason is asked first, and the card moves only when it is given. */
export function ReasonDialog({ opened, name, stageName, isPending, onSubmit, onClose }: ReasonDialogProps) {
  const form = useForm<{ reason: string | null }>({
    mode: 'controlled',
    initialValues: { reason: null },
    validate: { reason: (value) => (value ? null : 'Choose a reason') },
  });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={`Move ${name} to ${stageName}`}
      onSubmit={form.onSubmit((values) => {
        if (values.reason) {
          onSubmit(values.reason);
        }
      })}
      submitLabel={`Move to ${stageName}`}
      isPending={isPending}
    >
      <Text size="sm">The reason is kept in the candidate&apos;s history on this job. Cancel leaves the card where it was.</Text>
      <ReasonSelect value={form.getValues().reason} onChange={(value) => form.setFieldValue('reason', value)} error={form.errors.reason} isAutofocus />
    </FormDialog>
  );
}
