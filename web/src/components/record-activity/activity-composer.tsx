import { Button, Group, SegmentedControl, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFormat } from '../format';
import { showFormErrors } from '../form-errors';
import { notify } from '../notify';
import { pickOption } from '../options';
import { type ActivityKind, type CallOutcome, type MessageChannel, type RecordRef, activityActions } from './queries';
import { zonedToInstant } from './zoned-time';

const KINDS: { value: ActivityKind; label: string }[] = [
  { value: 'note', label: 'Note' },
  { value: 'call', label: 'Call' },
  { value: 'email', label: 'Email' },
  { value: 'meeting', label: 'Meeting' },
  { value: 'message', label: 'Message' },
];
const OUTCOMES: { value: CallOutcome; label: string }[] = [
  { value: 'connected', label: 'Connected' },
  { value: 'left_voicemail', label: 'Left voicemail' },
  { value: 'no_answer', label: 'No answer' },
  { value: 'busy', label: 'Busy' },
  { value: 'wrong_number', label: 'Wrong number' },
];
const CHANNELS: { value: MessageChannel; label: string }[] = [
  { value: 'sms', label: 'SMS' },
  { value: 'whatsapp', label: 'WhatsApp' },
  { value: 'linkedin', label: 'LinkedIn' },
  { value: 'other', label: 'Other' },
];

type ComposerValues = { kind: ActivityKind; callOutcome: string; channel: string; subject: string; body: string; occurredAt: string };

const EMPTY: ComposerValues = { kind: 'note', callOutcome: '', channel: '', subject: '', body: '', occurredAt: '' };

/** "Log activity": a note, call (with its outcome), email, meeting or message (with its channel) about the record. */
export function ActivityComposer({ record }: { record: RecordRef }) {
  const queryClient = useQueryClient();
  const { timeZone } = useFormat();
  const form = useForm<ComposerValues>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: {
      body: (value, values) => (value.trim() === '' && values.subject.trim() === '' ? 'Write what happened' : null),
      channel: (value, values) => (values.kind === 'message' && value === '' ? 'Choose the channel' : null),
    },
  });
  const log = useMutation({
    mutationFn: (values: ComposerValues) => {
      const [date = '', time = ''] = values.occurredAt.split('T');
      return activityActions.log(record, {
        kind: values.kind,
        subject: values.subject.trim() || undefined,
        body: values.body.trim(),
        callOutcome: values.kind === 'call' ? pickOption(OUTCOMES.map((o) => o.value), values.callOutcome) : undefined,
        channel: values.kind === 'message' ? pickOption(CHANNELS.map((c) => c.value), values.channel) : undefined,
        occurredAt: values.occurredAt ? zonedToInstant(date, time, timeZone) : undefined,
      });
    },
    onSuccess: async (answer) => {
      notify.success(`${KINDS.find((kind) => kind.value === answer.data.kind)?.label ?? 'Activity'} logged.`);
      form.setValues({ ...EMPTY, kind: form.getValues().kind });
      await queryClient.invalidateQueries({ queryKey: ['activities'] });
    },
    onError: (error) => showFormErrors(form, error),
  });
  const kind = form.getValues().kind;

  return (
    <form noValidate aria-label="Log activity" onSubmit={form.onSubmit((values) => log.mutate(values))}>
      <Stack gap="xs">
        <SegmentedControl
          size="xs"
          aria-label="Activity kind"
          data={KINDS}
          value={kind}
          onChange={(value) => form.setFieldValue('kind', pickOption(KINDS.map((k) => k.value), value) ?? 'note')}
        />
        <Group grow align="flex-start">
          {kind === 'call' ? <Select size="xs" label="Outcome" placeholder="How did it go?" data={OUTCOMES} clearable {...form.getInputProps('callOutcome')} /> : null}
          {kind === 'message' ? <Select size="xs" label="Channel" required data={CHANNELS} {...form.getInputProps('channel')} /> : null}
          <TextInput size="xs" label="Subject" {...form.getInputProps('subject')} />
          <TextInput size="xs" type="datetime-local" label="When" description="Leave empty for now" {...form.getInputProps('occurredAt')} />
        </Group>
        <Textarea size="xs" label="What happened" autosize minRows={2} maxRows={8} {...form.getInputProps('body')} />
        <Group justify="flex-end">
          <Button size="xs" type="submit" loading={log.isPending}>
            Log {KINDS.find((k) => k.value === kind)?.label.toLowerCase() ?? 'activity'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
