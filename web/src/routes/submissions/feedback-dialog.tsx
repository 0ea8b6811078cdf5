import { Group, Select, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FEEDBACK_KINDS, type FeedbackKind } from '../../../../src/shared/pipeline';
import { useCurrentUser } from '../../components/current-user';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { pickOption } from '../../components/options';
import { dateIn, timeIn, zonedToInstant } from '../../components/record-activity/zoned-time';
import { optionsOf } from '../jobs/labels';
import { FEEDBACK_KIND_LABELS } from './labels';
import { type Submission, submissionActions, submissionKeys } from './queries';

type FeedbackValues = { kind: FeedbackKind | null; remark: string; receivedDate: string; receivedTime: string };

type FeedbackDialogProps = { submission: Submission | null; onClose: () => void };

/** The client's answer to a submission (interview, hold, reject, more information), with a remark and when it came. */
export function FeedbackDialog({ submission, onClose }: FeedbackDialogProps) {
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const timeZone = user.timeZone ?? user.agency.timeZone;
  const form = useForm<FeedbackValues>({
    mode: 'controlled',
    initialValues: { kind: null, remark: '', receivedDate: dateIn(new Date(), timeZone), receivedTime: timeIn(new Date(), timeZone) },
    validate: {
      kind: (value) => (value ? null : 'Choose what the client said'),
      receivedDate: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'Choose the day the client answered'),
      receivedTime: (value) => (/^\d{2}:\d{2}$/.test(value) ? null : 'Choose the time'),
    },
  });

  /**
   * Left as it opened (now), the server takes its own now. A typed time has minutes only: in the minute the
   * submission went, it means the submission's own instant (never before it).
   */
  function receivedAt(answered: Submission, values: FeedbackValues): string | undefined {
    if (!form.isDirty('receivedDate') && !form.isDirty('receivedTime')) {
      return undefined;
    }
    const instant = zonedToInstant(values.receivedDate, values.receivedTime, timeZone);
    const sent = Date.parse(answered.sentAt);
    return Date.parse(instant) < sent && sent - Date.parse(instant) < 60_000 ? answered.sentAt : instant;
  }

  const record = useMutation({
    mutationFn: ({ submission: answered, kind, values }: { submission: Submission; kind: FeedbackKind; values: FeedbackValues }) =>
      submissionActions.recordFeedback(answered.id, { kind, remark: values.remark.trim(), receivedAt: receivedAt(answered, values) }),
    onSuccess: (answer) => {
      notify.success(`Feedback on ${answer.data.candidate.name} recorded.`);
      queryClient.setQueryData(submissionKeys.record(answer.data.id), answer);
      void queryClient.invalidateQueries({ queryKey: submissionKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['pipeline'] });
      handleClose();
    },
    onError: (error) => showFormErrors(form, error),
  });

  function handleSubmit(values: FeedbackValues) {
    const kind = pickOption(FEEDBACK_KINDS, values.kind);
    if (submission && kind) {
      record.mutate({ submission, kind, values });
    }
  }

  function handleClose() {
    form.reset();
    onClose();
  }

  return (
    <FormDialog
      opened={submission !== null}
      onClose={handleClose}
      title={submission ? `Client feedback on ${submission.candidate.name}` : 'Client feedback'}
      onSubmit={form.onSubmit(handleSubmit)}
      submitLabel="Record feedback"
      isPending={record.isPending}
    >
      <Select label="Feedback" required data={optionsOf(FEEDBACK_KINDS, FEEDBACK_KIND_LABELS)} placeholder="What the client said" data-autofocus {...form.getInputProps('kind')} />
      <Textarea label="Remark" autosize minRows={2} maxRows={6} placeholder="In the client's words" {...form.getInputProps('remark')} />
      <Group grow align="flex-start">
        <TextInput type="date" label="Received on" required {...form.getInputProps('receivedDate')} />
        <TextInput type="time" label={`Time (${timeZone})`} required {...form.getInputProps('receivedTime')} />
      </Group>
    </FormDialog>
  );
}
