import { Badge } from '@mantine/core';
import type { ApplicationField, EmploymentType, JobStatus, QualificationCheck, RateUnit, RemotePolicy, ScreeningQuestionKind, SourcingChannel, Urgency } from '../../../../src/shared/jobs';

type Vocabulary<T extends string> = Record<T, string>;

export const STATUS_LABELS: Vocabulary<JobStatus> = {
  intake: 'Intake',
  qualified: 'Qualified',
  open: 'Open',
  on_hold: 'On hold',
  filled: 'Filled',
  closed: 'Closed',
  cancelled: 'Cancelled',
};
const STATUS_COLORS: Vocabulary<JobStatus> = { intake: 'gray', qualified: 'blue', open: 'teal', on_hold: 'yellow', filled: 'grape', closed: 'dark', cancelled: 'red' };

export const EMPLOYMENT_TYPE_LABELS: Vocabulary<EmploymentType> = {
  permanent: 'Permanent',
  temporary: 'Temporary',
  contract: 'Contract',
  contract_to_hire: 'Contract to hire',
  retained: 'Retained',
};
export const REMOTE_POLICY_LABELS: Vocabulary<RemotePolicy> = { onsite: 'On site', hybrid: 'Hybrid', remote: 'Remote' };
export const URGENCY_LABELS: Vocabulary<Urgency> = { low: 'Low', normal: 'Normal', high: 'High', critical: 'Critical' };
export const RATE_UNIT_LABELS: Vocabulary<RateUnit> = { hour: 'per hour', day: 'per day', year: 'per year' };
export const SOURCING_LABELS: Vocabulary<SourcingChannel> = {
  job_boards: 'Job boards',
  database_search: 'Database search',
  matching: 'Matching',
  referrals: 'Referrals',
  pools: 'Talent pools',
};
export const APPLICATION_FIELD_LABELS: Vocabulary<ApplicationField> = {
  phone: 'Phone',
  location: 'Location',
  cv: 'CV',
  cover_letter: 'Cover letter',
  linkedin: 'LinkedIn profile',
  availability: 'Availability',
  desired_pay: 'Desired pay',
  work_authorization: 'Work authorization',
};
export const QUESTION_KIND_LABELS: Vocabulary<ScreeningQuestionKind> = { yes_no: 'Yes / no', choice: 'Choice', number: 'Number', text: 'Text' };
export const QUALIFICATION_LABELS: Record<QualificationCheck, { label: string; question: string }> = {
  real: { label: 'Real', question: 'Is there a real vacancy the client will hire for?' },
  fundable: { label: 'Fundable', question: 'Is the budget approved and the fee agreed?' },
  actionable: { label: 'Actionable', question: 'Can we reach the hiring manager and get feedback?' },
  specific: { label: 'Specific', question: 'Are the requirements clear enough to search?' },
};

/** Select options of a vocabulary, in the order of its list. */
export const optionsOf = <T extends string>(values: readonly T[], labels: Vocabulary<T>) => values.map((value) => ({ value, label: labels[value] }));

export const JobStatusBadge = ({ status }: { status: JobStatus }) => (
  <Badge variant="dot" color={STATUS_COLORS[status]} radius="sm">
    {STATUS_LABELS[status]}
  </Badge>
);
