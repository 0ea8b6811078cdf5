import { Select, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { INTERVIEW_OUTCOMES } from '../../../../src/shared/pipeline';
import { isApiError } from '../../api/errors';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { pickOption } from '../../components/options';
import { StaleAlert } from '../../components/stale-alert';
import { optionsOf } from '../jobs/labels';
import { InterviewFormFields, type InterviewValues, interviewBody, interviewValues, showInterviewErrors, validateInterview } from './interview-form';
import { INTERVIEW_OUTCOME_LABELS, INTERVIEW_TYPE_LABELS, type InterviewOutcome } from './labels';
import { type Interview, type InterviewRecord, interviewActions, interviewKeys } from './queries';

type InterviewDialogProps = { interview: Interview; onClose: () => void };

/** After any change: the interview's record, every list of interviews, and the boards (their interview flags). */
function useRefresh() {
  const queryClient = useQueryClient();
  return (answer: InterviewRecord) => {
    queryClient.setQueryData(interviewKeys.record(answer.data.id), answer);
    void queryClient.invalidateQueries({ queryKey: interviewKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['pipeline'] });
  };
}

const title = (interview: Interview) => `${INTERVIEW_TYPE_LABELS[interview.type]} interview with ${interview.candidate.name}`;

/** Moves or changes a scheduled interview; the attendees get an update of the same calendar event. */
export function RescheduleDialog({ interview, onClose }: InterviewDialogProps) {
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const form = useForm<InterviewValues>({ mode: 'controlled', initialValues: interviewValues(interview), validate: validateInterview });
  const [staleMessage, setStaleMessage] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (values: InterviewValues) => interviewActions.update(interview.id, { version: interview.version, ...interviewBody(values) }),
    onSuccess: (answer) => {
      notify.success(`${title(answer.data)} was updated; the attendees get the change.`);
      refresh(answer);
      onClose();
    },
    onError: (error) => (isApiError(error, 409) ? setStaleMessage(error.message) : showInterviewErrors(form, error)),
  });

  function handleReload() {
    void queryClient.invalidateQueries({ queryKey: interviewKeys.all });
    onClose();
  }

  return (
    <FormDialog opened onClose={onClose} title={`Reschedule: ${title(interview)}`} size="lg" onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Save and send update" isPending={save.isPending} isSubmitDisabled={staleMessage !== null}>
      <Text size="sm">Every attendee receives the update to the same calendar event; colleagues or contacts you remove receive a cancellation, ones you add an invitation.</Text>
      {staleMessage ? <StaleAlert message={staleMessage} onReload={handleReload} /> : null}
      <InterviewFormFields form={form} organizationId={interview.job.organization.id} candidateName={interview.candidate.name} candidateNote={null} isCandidateInvitable />
    </FormDialog>
  );
}

/** Cancels a scheduled interview: every attendee receives the calendar cancellation, with the reason if one is given. */
export function CancelInterviewDialog({ interview, onClose }: InterviewDialogProps) {
  const refresh = useRefresh();
  const format = useFormat();
  const form = useForm({ mode: 'controlled', initialValues: { reason: '' } });
  const save = useSaveState(form, onClose);
  const cancel = useMutation({
    mutationFn: (reason: string) => interviewActions.cancel(interview.id, interview.version, reason.trim()),
    onSuccess: (answer) => {
      notify.success(`${title(answer.data)} was cancelled; the attendees are told.`);
      refresh(answer);
      save.close();
    },
    onError: save.handleError,
  });
  return (
    <FormDialog
      opened
      onClose={save.close}
      title={`Cancel the interview with ${interview.candidate.name}?`}
      onSubmit={form.onSubmit(({ reason }) => cancel.mutate(reason))}
      submitLabel="Cancel interview"
      isPending={cancel.isPending}
      isSubmitDisabled={save.isStale}
    >
      <Text size="sm">{`The ${INTERVIEW_TYPE_LABELS[interview.type].toLowerCase()} interview on ${format.dateTime(interview.startsAt)} is cancelled and every attendee receives the calendar cancellation.`}</Text>
      {save.isStale ? <StaleAlert message={save.staleMessage} onReload={save.close} /> : null}
      <Textarea label="Reason" description="Told to the attendees" autosize minRows={2} maxRows={5} data-autofocus {...form.getInputProps('reason')} />
    </FormDialog>
  );
}

type OutcomeValues = { outcome: InterviewOutcome | null; notes: string };

/** How the interview went, once it has started; recording again corrects it. */
export function OutcomeDialog({ interview, onClose }: InterviewDialogProps) {
  const refresh = useRefresh();
  const form = useForm<OutcomeValues>({
    mode: 'controlled',
    initialValues: { outcome: interview.outcome, notes: interview.outcomeNotes ?? '' },
    validate: { outcome: (value) => (value ? null : 'Choose how it went') },
  });
  const save = useSaveState(form, onClose);
  const record = useMutation({
    mutationFn: ({ outcome, notes }: { outcome: InterviewOutcome; notes: string }) => interviewActions.recordOutcome(interview.id, { version: interview.version, outcome, notes }),
    onSuccess: (answer) => {
      notify.success(`Outcome of the interview with ${answer.data.candidate.name} recorded.`);
      refresh(answer);
      save.close();
    },
    onError: save.handleError,
  });

  function handleSubmit(values: OutcomeValues) {
    const outcome = pickOption(INTERVIEW_OUTCOMES, values.outcome);
    if (outcome) {
      record.mutate({ outcome, notes: values.notes.trim() });
    }
  }

  return (
    <FormDialog opened onClose={save.close} title={`Outcome: ${title(interview)}`} onSubmit={form.onSubmit(handleSubmit)} submitLabel="Record outcome" isPending={record.isPending} isSubmitDisabled={save.isStale}>
      {save.isStale ? <StaleAlert message={save.staleMessage} onReload={save.close} /> : null}
      <Select label="Outcome" required data={optionsOf(INTERVIEW_OUTCOMES, INTERVIEW_OUTCOME_LABELS)} data-autofocus {...form.getInputProps('outcome')} />
      <Textarea label="Notes" autosize minRows={3} maxRows={8} placeholder="What the interviewers said" {...form.getInputProps('notes')} />
    </FormDialog>
  );
}
