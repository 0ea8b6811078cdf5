import { Badge } from '@mantine/core';
import type { INTERVIEW_OUTCOMES, INTERVIEW_STATUSES, INTERVIEW_TYPES } from '../../../../src/shared/pipeline';

export type InterviewType = (typeof INTERVIEW_TYPES)[number];
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export type InterviewOutcome = (typeof INTERVIEW_OUTCOMES)[number];

export const INTERVIEW_TYPE_LABELS: Record<InterviewType, string> = { phone: 'Phone', video: 'Video', onsite: 'On site', panel: 'Panel' };
export const INTERVIEW_STATUS_LABELS: Record<InterviewStatus, string> = { scheduled: 'Scheduled', completed: 'Completed', cancelled: 'Cancelled' };
const STATUS_COLORS: Record<InterviewStatus, string> = { scheduled: 'violet', completed: 'teal', cancelled: 'gray' };
export const INTERVIEW_OUTCOME_LABELS: Record<InterviewOutcome, string> = {
  passed: 'Passed',
  failed: 'Not successful',
  no_show: 'No-show',
  rescheduled_by_client: 'Rescheduled by the client',
  undecided: 'Undecided',
};

export const InterviewStatusBadge = ({ status }: { status: InterviewStatus }) => (
  <Badge variant="dot" color={STATUS_COLORS[status]} radius="sm">
    {INTERVIEW_STATUS_LABELS[status]}
  </Badge>
);
