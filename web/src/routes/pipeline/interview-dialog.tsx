import { Divider, Modal, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCurrentUser } from '../../components/current-user';
import { FormActions } from '../../components/form-actions';
import { notify } from '../../components/notify';
import { LoadError } from '../../components/page';
import { InterviewFormFields, type InterviewValues, interviewBody, newInterviewValues, showInterviewErrors, validateInterview } from '../interviews/interview-form';
import { InterviewItem, timeRange } from '../interviews/interview-item';
import { type Interview, fetchEntryInterviews, interviewActions, interviewKeys } from '../interviews/queries';
import { type Job, fetchJob, jobKeys } from '../jobs/queries';
import { type PipelineEntryDetail, fetchEntry, pipelineKeys } from './queries';
import type { StageDialogProps } from './stage-dialogs';

type InterviewFormProps = StageDialogProps & { job: Job; detail: PipelineEntryDetail; interviews: Interview[] };

/** Why the candidate cannot get the invitation, if they cannot. */
function candidateNote(detail: PipelineEntryDetail): string | null {
  if (detail.candidate.status === 'do_not_contact') {
    return 'Marked do not contact: they are not sent the invitation';
  }
  return detail.candidate.emails.length === 0 ? 'No email address: they cannot be sent the invitation' : null;
}

function ScheduleForm({ entry, opened, onClose, onSaved, job, detail, interviews }: InterviewFormProps) {
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const timeZone = user.timeZone ?? user.agency.timeZone;
  const note = candidateNote(detail);
  const isInvitable = detail.candidate.status !== 'do_not_contact';
  const form = useForm<InterviewValues>({ mode: 'controlled', initialValues: newInterviewValues(timeZone, job.contact?.id ?? null, note === null), validate: validateInterview });

  const schedule = useMutation({
    mutationFn: (values: InterviewValues) => interviewActions.schedule({ entryId: entry.entryId, ...interviewBody(values) }),
    onSuccess: (answer) => {
      notify.success(`Interview with ${entry.name} scheduled for ${timeRange(answer.data, answer.data.timeZone)}; invitations are on their way.`);
      queryClient.setQueryData(interviewKeys.record(answer.data.id), answer);
      void queryClient.invalidateQueries({ queryKey: interviewKeys.all });
      form.reset();
      onSaved();
    },
    onError: (error) => showInterviewErrors(form, error),
  });

  function handleClose() {
    form.reset();
    onClose();
  }

  const current = interviews.filter((interview) => interview.status !== 'cancelled');
  // The interviews so far sit outside the form: their own dialogs' submits must not reach it.
  return (
    <Modal opened={opened} onClose={handleClose} title={`Schedule an interview with ${entry.name}`} size="xl" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="sm">
        {current.length > 0 ? (
          <Stack gap="xs" component="section" aria-label="Interviews on this entry">
            <Title order={3} size="h6">
              Interviews so far
            </Title>
            {current.map((interview) => (
              <InterviewItem key={interview.id} interview={interview} />
            ))}
            <Divider label="New interview" labelPosition="left" />
          </Stack>
        ) : null}
        <form noValidate onSubmit={form.onSubmit((values) => schedule.mutate(values))}>
          <Stack gap="sm">
            <Text size="sm">
              {`For ${job.reference} ${job.title} at ${job.organization.name}. Every attendee with an email receives an invitation with a calendar file; saving moves ${entry.name} to the job's interview stage.`}
            </Text>
            <InterviewFormFields form={form} organizationId={job.organization.id} candidateName={entry.name} candidateNote={note} isCandidateInvitable={isInvitable} />
            <FormActions submitLabel="Schedule and send invitations" isPending={schedule.isPending} onCancel={handleClose} />
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}

/**
 * "Schedule interview": opened when a card is dropped into an interview stage, or from the entry. Lists the entry's
 * interviews (reschedule, cancel, record the outcome, download the .ics) above the form for a new one.
 */
export function InterviewDialog(props: StageDialogProps) {
  const { entry, opened, onClose } = props;
  const job = useQuery({ queryKey: jobKeys.record(entry.jobId), queryFn: () => fetchJob(entry.jobId), enabled: opened });
  const detail = useQuery({ queryKey: pipelineKeys.entry(entry.entryId), queryFn: () => fetchEntry(entry.entryId), enabled: opened });
  const interviews = useQuery({ queryKey: interviewKeys.ofEntry(entry.entryId), queryFn: () => fetchEntryInterviews(entry.entryId), enabled: opened });

  if (!job.isSuccess || !detail.isSuccess || !interviews.isSuccess) {
    const failed = [job, detail, interviews].find((query) => query.isError);
    return (
      <Modal opened={opened} onClose={onClose} title={`Schedule an interview with ${entry.name}`} size="xl" centered closeButtonProps={{ 'aria-label': 'Close' }}>
        {failed ? (
          <LoadError error={failed.error} onRetry={() => void failed.refetch()} />
        ) : (
          <Stack gap="sm" aria-busy="true" aria-label="Loading">
            <Skeleton height={36} />
            <Skeleton height={36} />
            <Skeleton height={120} />
          </Stack>
        )}
      </Modal>
    );
  }
  return <ScheduleForm {...props} job={job.data.data} detail={detail.data.data} interviews={interviews.data.data} />;
}
