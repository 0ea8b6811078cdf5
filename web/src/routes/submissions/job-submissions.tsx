import { ActionIcon, Button, Group, Menu, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconDots, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useCursorList } from '../../api/pages';
import { useCurrentUser } from '../../components/current-user';
import { useFormat } from '../../components/format';
import { ListTable } from '../../components/list-table';
import { Empty } from '../../components/page';
import { CandidateLink } from '../candidates/candidate-ui';
import { StageBadge } from '../pipeline/pipeline-ui';
import { AssignmentStatusBadge, BackOfficeLink, PlacementLink, PlacementStatusBadge } from '../placements/labels';
import { isFrontOffice } from '../placements/roles';
import { FeedbackDialog } from './feedback-dialog';
import { FeedbackBadge, SubmissionStatusBadge } from './labels';
import { type Submission, fetchJobSubmissions, submissionKeys } from './queries';
import { ShortlistDialog } from './shortlist-dialog';
import { SubmissionDrawer } from './submission-drawer';
import { WithdrawSubmissionDialog } from './withdraw-dialog';

type JobSubmissionsProps = { jobId: string; jobTitle: string; organizationId: string; hiringContactId: string | null };

/** What the client said last, and when; or that the agency still waits. */
function LatestFeedback({ submission }: { submission: Submission }) {
  const format = useFormat();
  if (!submission.latestFeedback) {
    return (
      <Text size="sm" c="dimmed">
        {submission.status === 'submitted' ? 'Awaiting feedback' : 'None'}
      </Text>
    );
  }
  const { kind, remark, receivedAt } = submission.latestFeedback;
  return (
    <Stack gap={2}>
      <FeedbackBadge kind={kind} />
      {remark ? (
        <Text size="xs" lineClamp={2}>
          {remark}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {format.dateTime(receivedAt)}
      </Text>
    </Stack>
  );
}

/** B1: the placement the submission led to, its assignment, and a link to its details. */
function PlacementCell({ submission }: { submission: Submission }) {
  const { placement } = submission;
  if (!placement) {
    return (
      <Text size="sm" c="dimmed">
        Not placed
      </Text>
    );
  }
  return (
    <Stack gap={4} align="flex-start">
      <PlacementStatusBadge status={placement.status} />
      {placement.assignmentStatus ? <AssignmentStatusBadge status={placement.assignmentStatus} /> : null}
      <PlacementLink id={placement.placementId} size="xs" onClick={(event) => event.stopPropagation()}>
        Placement details
      </PlacementLink>
    </Stack>
  );
}

/** B1: where the placement now sits in the back office (hiring management, assignments, employees), as the API says. */
function BackOfficeCell({ submission }: { submission: Submission }) {
  const { placement } = submission;
  if (!placement) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <span onClickCapture={(event) => event.stopPropagation()}>
      <BackOfficeLink place={placement.backOffice.place} placementId={placement.placementId} candidateId={submission.candidate.id} assignmentStatus={placement.assignmentStatus ?? 'needs_approval'} employeeId={/^\/employees\/(.+)$/.exec(placement.backOffice.href)?.[1] ?? null} />
    </span>
  );
}

/**
 * "Manage submissions" (B1): every submission of the job with who sent it, its status, the client's latest feedback,
 * where the candidate stands now, the placement and assignment it led to and where that sits in the back office.
 */
export function JobSubmissions({ jobId, jobTitle, organizationId, hiringContactId }: JobSubmissionsProps) {
  const user = useCurrentUser();
  const format = useFormat();
  const canWrite = isFrontOffice(user.role);
  const list = useCursorList(submissionKeys.ofJob(jobId), (cursor) => fetchJobSubmissions(jobId, cursor));
  const [feedbackFor, setFeedbackFor] = useState<Submission | null>(null);
  const [withdrawing, setWithdrawing] = useState<Submission | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [isShortlistOpen, setShortlistOpen] = useState(false);

  return (
    <Stack gap="sm" component="section" aria-label="Submissions">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h5">
            Submissions
          </Title>
          <Text size="sm" c="dimmed">
            Candidates put forward to the client, what the client said, and where each placement sits in the back office.
          </Text>
        </Stack>
        {canWrite ? (
          <Button variant="light" leftSection={<IconSend size={16} />} onClick={() => setShortlistOpen(true)}>
            Send shortlist
          </Button>
        ) : null}
      </Group>
      <ListTable<Submission>
        query={list}
        aria-label="Submissions of this job"
        onRowClick={({ record }) => setOpenId(record.id)}
        columns={[
          {
            accessor: 'candidate.name',
            title: 'Candidate',
            render: (submission) => (
              <CandidateLink id={submission.candidate.id} size="sm" fw={500} onClick={(event) => event.stopPropagation()}>
                {submission.candidate.name}
              </CandidateLink>
            ),
          },
          {
            accessor: 'sentAt',
            title: 'Sent',
            render: (submission) => (
              <Stack gap={0}>
                <Text size="sm">{format.dateTime(submission.sentAt)}</Text>
                <Text size="xs" c="dimmed">
                  {submission.emailed ? `Emailed to ${submission.contact?.name ?? 'the client'}` : 'Recorded, not emailed'}
                </Text>
              </Stack>
            ),
          },
          { accessor: 'submittedBy.name', title: 'By', render: (submission) => submission.submittedBy?.name ?? '—' },
          { accessor: 'status', title: 'Status', render: (submission) => <SubmissionStatusBadge status={submission.status} /> },
          { accessor: 'latestFeedback', title: 'Latest feedback', render: (submission) => <LatestFeedback submission={submission} /> },
          { accessor: 'stage.name', title: 'Stage now', render: (submission) => <StageBadge name={submission.stage.name} kind={submission.stage.kind} /> },
          { accessor: 'placement', title: 'Placement', render: (submission) => <PlacementCell submission={submission} /> },
          { accessor: 'backOffice', title: 'In the back office', render: (submission) => <BackOfficeCell submission={submission} /> },
          {
            accessor: 'actions',
            title: <VisuallyHidden>Actions</VisuallyHidden>,
            textAlign: 'right',
            hidden: !canWrite,
            render: (submission) => (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${submission.candidate.name}'s submission`} onClick={(event) => event.stopPropagation()}>
                    <IconDots size={16} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown onClick={(event) => event.stopPropagation()}>
                  <Menu.Item onClick={() => setFeedbackFor(submission)}>Record client feedback</Menu.Item>
                  <Menu.Item onClick={() => setOpenId(submission.id)}>Feedback history</Menu.Item>
                  {submission.status === 'submitted' ? (
                    <Menu.Item color="red" onClick={() => setWithdrawing(submission)}>
                      Withdraw submission
                    </Menu.Item>
                  ) : null}
                </Menu.Dropdown>
              </Menu>
            ),
          },
        ]}
        emptyState={
          <Empty title="No submissions yet">
            Submit a candidate from the job's pipeline: drag their card into the submitted stage, or open them and choose Submit to client. A shortlist sends several at once.
          </Empty>
        }
      />
      <FeedbackDialog submission={feedbackFor} onClose={() => setFeedbackFor(null)} />
      <WithdrawSubmissionDialog submission={withdrawing} onClose={() => setWithdrawing(null)} />
      <SubmissionDrawer submissionId={openId} onClose={() => setOpenId(null)} onRecordFeedback={setFeedbackFor} onWithdraw={setWithdrawing} />
      {canWrite ? (
        <ShortlistDialog
          opened={isShortlistOpen}
          jobId={jobId}
          jobTitle={jobTitle}
          organizationId={organizationId}
          hiringContactId={hiringContactId}
          submitted={list.records.filter((submission) => submission.status === 'submitted').map((submission) => submission.entryId)}
          onClose={() => setShortlistOpen(false)}
        />
      ) : null}
    </Stack>
  );
}
