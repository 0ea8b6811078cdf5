import { Badge } from '@mantine/core';
import type { FeedbackKind, SubmissionField } from '../../../../src/shared/pipeline';
import type { SUBMISSION_STATUSES } from '../../../../src/shared/pipeline';

type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_FIELD_LABELS: Record<SubmissionField, string> = {
  current_title: 'Current title',
  location: 'Location',
  skills: 'Skills',
  work_history: 'Work history',
  education: 'Education',
  availability: 'Availability',
  desired_pay: 'Desired pay',
  email: 'Email',
  phone: 'Phone',
  profile_links: 'Profile links',
};

/** What a submission shares unless the recruiter changes it: the profile, never contact details or pay. */
export const DEFAULT_SHARED_FIELDS: SubmissionField[] = ['current_title', 'location', 'skills', 'work_history', 'education', 'availability'];

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = { interview: 'Wants an interview', hold: 'On hold', reject: 'Rejected', more_info: 'Wants more information' };
const FEEDBACK_COLORS: Record<FeedbackKind, string> = { interview: 'teal', hold: 'yellow', reject: 'red', more_info: 'blue' };

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = { submitted: 'Submitted', withdrawn: 'Withdrawn' };

export const SubmissionStatusBadge = ({ status }: { status: SubmissionStatus }) => (
  <Badge variant="dot" color={status === 'submitted' ? 'indigo' : 'gray'} radius="sm">
    {SUBMISSION_STATUS_LABELS[status]}
  </Badge>
);

export const FeedbackBadge = ({ kind }: { kind: FeedbackKind }) => (
  <Badge variant="light" color={FEEDBACK_COLORS[kind]} radius="sm" tt="none" fw={500}>
    {FEEDBACK_KIND_LABELS[kind]}
  </Badge>
);
