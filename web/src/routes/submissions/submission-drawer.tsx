import { Button, Divider, Drawer, Group, SimpleGrid, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fact } from '../../components/fact';
import { useFormat } from '../../components/format';
import { LoadError } from '../../components/page';
import { CandidateLink } from '../candidates/candidate-ui';
import { StageBadge } from '../pipeline/pipeline-ui';
import { FeedbackBadge, SUBMISSION_FIELD_LABELS, SubmissionStatusBadge } from './labels';
import { type Submission, type SubmissionFeedback, fetchSubmission, submissionKeys } from './queries';

type SubmissionDrawerProps = {
  submissionId: string | null;
  onClose: () => void;
  onRecordFeedback: (submission: Submission) => void;
  onWithdraw: (submission: Submission) => void;
};

function FeedbackItem({ feedback }: { feedback: SubmissionFeedback }) {
  const format = useFormat();
  return (
    <Stack gap={2}>
      <FeedbackBadge kind={feedback.kind} />
      {feedback.remark ? <Text size="sm">{feedback.remark}</Text> : null}
      <Text size="xs" c="dimmed">
        {format.dateTime(feedback.receivedAt)} · recorded by {feedback.recordedBy}
        {feedback.source === 'portal' ? ' (client portal)' : ''}
      </Text>
    </Stack>
  );
}

const hoursText = (hours: number) => (hours < 48 ? `${hours} hours` : `${Math.round((hours / 24) * 10) / 10} days`);

/** One submission: what was sent to whom, and every answer the client gave (newest first). */
export function SubmissionDrawer({ submissionId, onClose, onRecordFeedback, onWithdraw }: SubmissionDrawerProps) {
  const format = useFormat();
  const record = useQuery({ queryKey: submissionKeys.record(submissionId ?? ''), queryFn: () => fetchSubmission(submissionId ?? ''), enabled: submissionId !== null });
  const submission = record.data?.data;
  const abilities = record.data?.abilities;

  return (
    <Drawer opened={submissionId !== null} onClose={onClose} position="right" size="md" closeButtonProps={{ 'aria-label': 'Close' }} title={<Text fw={600}>{submission ? `Submission of ${submission.candidate.name}` : 'Submission'}</Text>}>
      {record.isPending ? (
        <Stack gap="sm">
          <Skeleton height={20} width="60%" />
          <Skeleton height={120} />
        </Stack>
      ) : record.isError ? (
        <LoadError error={record.error} onRetry={() => void record.refetch()} />
      ) : submission && abilities ? (
        <Stack gap="md">
          <Group gap="xs">
            <SubmissionStatusBadge status={submission.status} />
            <StageBadge name={submission.stage.name} kind={submission.stage.kind} />
          </Group>
          <SimpleGrid cols={2} spacing="md">
            <Fact label="Candidate">
              <CandidateLink id={submission.candidate.id} size="sm">
                {submission.candidate.name}
              </CandidateLink>
            </Fact>
            <Fact label="Job">{`${submission.job.reference} ${submission.job.title}`}</Fact>
            <Fact label="Sent">{`${format.dateTime(submission.sentAt)}${submission.submittedBy ? ` by ${submission.submittedBy.name}` : ''}`}</Fact>
            <Fact label="To">{submission.contact ? `${submission.contact.name}${submission.contact.email ? ` (${submission.contact.email})` : ''}` : '—'}</Fact>
            <Fact label="CV">{submission.document?.fileName ?? 'None'}</Fact>
            <Fact label="How">{submission.emailed ? 'Emailed from Fillrate' : 'Recorded (sent another way)'}</Fact>
            <Fact label="First feedback after">{submission.hoursToFirstFeedback === null ? 'No feedback yet' : hoursText(submission.hoursToFirstFeedback)}</Fact>
            {submission.withdrawnAt ? <Fact label="Withdrawn">{`${format.dateTime(submission.withdrawnAt)}: ${submission.withdrawnReason ?? ''}`}</Fact> : null}
          </SimpleGrid>
          <Fact label="Fields shared">{submission.sharedFields.map((field) => SUBMISSION_FIELD_LABELS[field]).join(', ') || 'None (name only)'}</Fact>
          {submission.note ? <Fact label="Note">{submission.note}</Fact> : null}
          {abilities.recordFeedback || abilities.withdraw ? (
            <Group gap="xs">
              {abilities.recordFeedback ? (
                <Button size="xs" variant="light" onClick={() => onRecordFeedback(submission)}>
                  Record client feedback
                </Button>
              ) : null}
              {abilities.withdraw ? (
                <Button size="xs" variant="default" color="red" onClick={() => onWithdraw(submission)}>
                  Withdraw submission
                </Button>
              ) : null}
            </Group>
          ) : null}
          <Divider />
          <Stack gap="xs" component="section" aria-label="Client feedback">
            <Title order={3} size="h6">
              Client feedback
            </Title>
            {submission.feedback.length === 0 ? (
              <Text size="sm" c="dimmed">
                The client has not answered yet.
              </Text>
            ) : (
              <Timeline active={0} bulletSize={14} lineWidth={2}>
                {submission.feedback.map((feedback) => (
                  <Timeline.Item key={feedback.id}>
                    <FeedbackItem feedback={feedback} />
                  </Timeline.Item>
                ))}
              </Timeline>
            )}
          </Stack>
        </Stack>
      ) : null}
    </Drawer>
  );
}
