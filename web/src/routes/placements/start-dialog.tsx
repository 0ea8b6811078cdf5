import { Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { START_OUTCOMES } from '../../../../src/shared/pipeline';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { pickOption } from '../../components/options';
import { StaleAlert } from '../../components/stale-alert';
import { START_OUTCOME_LABELS, dayOf } from './labels';
import { type Placement, placementActions } from './queries';
import { usePlacementUpdate } from './use-placement-update';

type Values = { outcome: string; newStartOn: string; note: string };

type StartDialogProps = { placement: Placement; opened: boolean; onClose: () => void };

/** The start, confirmed on or after the start date: on time, late (with the new date), no-show, or withdrew before start (with why). */
export function StartDialog({ placement, opened, onClose }: StartDialogProps) {
  const format = useFormat();
  const update = usePlacementUpdate();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { outcome: 'on_time', newStartOn: '', note: '' },
    validate: {
      newStartOn: (value, values) => (values.outcome === 'late' && value === '' ? 'Give the new start date' : null),
      note: (value, values) => (values.outcome === 'withdrew' && value.trim() === '' ? 'Say why the candidate withdrew' : null),
    },
  });
  const saveState = useSaveState(form, onClose);
  const confirm = useMutation({
    mutationFn: (values: Values) =>
      placementActions.confirmStart(placement.id, {
        version: placement.version,
        outcome: pickOption(START_OUTCOMES, values.outcome) ?? 'on_time',
        newStartOn: values.outcome === 'late' ? values.newStartOn : null,
        note: values.note.trim() === '' ? null : values.note.trim(),
      }),
    onSuccess: (answer) => {
      update(answer);
      notify.success(`Start of ${answer.data.reference} recorded: ${answer.data.startOutcome ? START_OUTCOME_LABELS[answer.data.startOutcome].toLowerCase() : 'done'}.`);
      saveState.close();
    },
    onError: saveState.handleError,
  });
  const { outcome } = form.getValues();

  return (
    <FormDialog opened={opened} onClose={saveState.close} title={`Confirm the start of ${placement.candidate.name}`} onSubmit={form.onSubmit((values) => confirm.mutate(values))} submitLabel="Record start" isPending={confirm.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={saveState.close} /> : null}
      <Text size="sm">
        {placement.reference} was due to start on {format.date(dayOf(placement.startOn))}. The start is recorded on or after that day; a late start moves the start date and the open follow-ups.
      </Text>
      <Radio.Group label="How did the start go?" required {...form.getInputProps('outcome')}>
        <Stack gap={6} mt={6}>
          {START_OUTCOMES.map((value) => (
            <Radio key={value} value={value} label={START_OUTCOME_LABELS[value]} />
          ))}
        </Stack>
      </Radio.Group>
      {outcome === 'late' ? <TextInput label="New start date" type="date" required {...form.getInputProps('newStartOn')} /> : null}
      <Textarea
        label={outcome === 'withdrew' ? 'Why the candidate withdrew' : 'Note'}
        description={outcome === 'withdrew' ? undefined : 'Optional'}
        required={outcome === 'withdrew'}
        autosize
        minRows={2}
        maxLength={500}
        {...form.getInputProps('note')}
      />
    </FormDialog>
  );
}
