import { Checkbox, Group, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { dayOf } from './labels';
import { type Placement, placementActions } from './queries';

type Values = { recipients: string[]; startDetails: string; nextSteps: string; documentsNeeded: string };

const RECIPIENTS = ['candidate', 'client'] as const;

type ConfirmationDialogProps = { placement: Placement; opened: boolean; onClose: () => void };

/** Emails the placement confirmation (agency templates) to the candidate and/or the hiring contact. */
export function ConfirmationDialog({ placement, opened, onClose }: ConfirmationDialogProps) {
  const format = useFormat();
  const firstShift = placement.schedule?.shifts[0];
  const startLine = [placement.startOn ? `Starts ${format.date(dayOf(placement.startOn))}` : null, firstShift ? `${firstShift.startTime}–${firstShift.endTime}` : null, firstShift?.location ?? null].filter(Boolean).join(', ');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { recipients: placement.hiringContact ? ['candidate', 'client'] : ['candidate'], startDetails: startLine, nextSteps: '', documentsNeeded: '' },
    validate: { recipients: (value) => (value.length === 0 ? 'Choose who receives it' : null) },
  });
  const saveState = useSaveState(form, onClose);
  const send = useMutation({
    mutationFn: (values: Values) =>
      placementActions.sendConfirmations(placement.id, {
        recipients: RECIPIENTS.filter((recipient) => values.recipients.includes(recipient)),
        startDetails: values.startDetails.trim(),
        nextSteps: values.nextSteps.trim(),
        documentsNeeded: values.documentsNeeded.trim(),
      }),
    onSuccess: (answer) => {
      notify.success(`Confirmation sent to ${answer.data.map((mail) => mail.to).join(' and ')}.`);
      saveState.close();
    },
    onError: saveState.handleError,
  });
  return (
    <FormDialog opened={opened} onClose={saveState.close} title={`Send confirmation of ${placement.reference}`} size="lg" onSubmit={form.onSubmit((values) => send.mutate(values))} submitLabel="Send" isPending={send.isPending}>
      <Text size="sm">The agency&apos;s confirmation templates are filled with the placement&apos;s details, what you write here and the recruiter&apos;s contact details.</Text>
      <Checkbox.Group label="Send to" required {...form.getInputProps('recipients')}>
        <Group mt={6}>
          <Checkbox value="candidate" label={`${placement.candidate.name} (candidate)`} />
          <Checkbox value="client" label={placement.hiringContact ? `${placement.hiringContact.name} (hiring contact)` : 'Hiring contact (none on the job)'} disabled={!placement.hiringContact} />
        </Group>
      </Checkbox.Group>
      <Textarea label="Start details" description="Where and when to report" autosize minRows={2} maxLength={2000} {...form.getInputProps('startDetails')} />
      <Textarea label="Next steps" autosize minRows={2} maxLength={2000} {...form.getInputProps('nextSteps')} />
      <Textarea label="Documents needed" autosize minRows={2} maxLength={2000} {...form.getInputProps('documentsNeeded')} />
    </FormDialog>
  );
}
