import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title, Typography } from '@mantine/core';
import type { ReactNode } from 'react';
import { useFormat } from '../../components/format';
import { APPLICATION_FIELD_LABELS, QUESTION_KIND_LABELS, RATE_UNIT_LABELS, REMOTE_POLICY_LABELS, SOURCING_LABELS, URGENCY_LABELS } from './labels';
import { formatMoney, formatPercent } from '../../components/money';
import type { Job } from './queries';

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap' }}>
        {children === null || children === '' || children === undefined ? '—' : children}
      </Text>
    </Stack>
  );
}

const Tags = ({ values }: { values: string[] }) =>
  values.length === 0 ? (
    '—'
  ) : (
    <Group gap={4} mt={2}>
      {values.map((value) => (
        <Badge key={value} variant="default" radius="sm" tt="none" fw={500}>
          {value}
        </Badge>
      ))}
    </Group>
  );

function payRange(job: Job): string {
  if (job.payMinMinor === null && job.payMaxMinor === null) {
    return '—';
  }
  const range = [job.payMinMinor, job.payMaxMinor].filter((value) => value !== null).map((value) => formatMoney(value, job.currency)).join(' – ');
  return job.payUnit ? `${range} ${RATE_UNIT_LABELS[job.payUnit]}` : range;
}

function fee(job: Job): string {
  if (job.feeType === 'percent') {
    return `${formatPercent(job.feeBp)} of salary`;
  }
  if (job.feeType === 'flat') {
    return `${formatMoney(job.feeFlatMinor, job.currency)} flat`;
  }
  return '—';
}

/** What the intake captured, in reading order; money in the job's currency. */
export function JobOverview({ job }: { job: Job }) {
  return (
    <Section title="Overview">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Fact label="Location">{[job.location, REMOTE_POLICY_LABELS[job.remotePolicy]].filter(Boolean).join(' · ')}</Fact>
          <Fact label="Urgency">{URGENCY_LABELS[job.urgency]}</Fact>
          <Fact label="Currency">{job.currency}</Fact>
          <Fact label="Pay">{payRange(job)}</Fact>
          <Fact label="Bill rate">{job.billRateMinor === null ? '—' : `${formatMoney(job.billRateMinor, job.currency)}${job.billRateUnit ? ` ${RATE_UNIT_LABELS[job.billRateUnit]}` : ''}`}</Fact>
          <Fact label="Fee">{fee(job)}</Fact>
        </SimpleGrid>
        <Fact label="Description">
          {job.description ? (
            <Typography>
              {/* The server sanitizes rich text before storing it (src/platform/html.ts). */}
              <div dangerouslySetInnerHTML={{ __html: job.description }} />
            </Typography>
          ) : null}
        </Fact>
        <Fact label="Advert text (public)">{job.advertText}</Fact>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact label="Must-have skills">
            <Tags values={job.mustHaveSkills} />
          </Fact>
          <Fact label="Nice-to-have skills">
            <Tags values={job.niceToHaveSkills} />
          </Fact>
          <Fact label="Submission rules">{job.submissionRules}</Fact>
          <Fact label="Interview process">{job.interviewProcess}</Fact>
          <Fact label="Success criteria">{job.successCriteria}</Fact>
          <Fact label="Delivery notes (internal)">{job.deliveryNotes}</Fact>
          <Fact label="Sourcing plan">
            <Tags values={job.sourcingPlan.map((channel) => SOURCING_LABELS[channel])} />
          </Fact>
        </SimpleGrid>
      </Stack>
    </Section>
  );
}

/** Aging and the at-risk flag with its reasons. */
export function JobHealth({ job }: { job: Job }) {
  const format = useFormat();
  const { health } = job;
  return (
    <Section title="Health">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Fact label="Days in status">{`${health.daysInStatus} (since ${format.date(job.statusChangedAt)})`}</Fact>
          <Fact label="Intake to open">{health.daysIntakeToOpen === null ? 'Not opened yet' : `${health.daysIntakeToOpen} days`}</Fact>
          <Fact label="At risk">{health.atRisk ? 'Yes' : 'No'}</Fact>
        </SimpleGrid>
        {health.atRiskReasons.length > 0 ? (
          <Stack gap={4} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
            {health.atRiskReasons.map((reason) => (
              <Text key={reason.rule} size="sm" component="li">
                {reason.message}
              </Text>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Section>
  );
}

/** What applicants are asked, in brief. */
export function ApplicationFormSummary({ job }: { job: Job }) {
  const { fields, questions } = job.applicationForm;
  return (
    <Section title="Application form">
      <Stack gap="sm">
        <Fact label="Fields asked (besides name and email)">
          {fields.length === 0 ? null : fields.map((field) => `${APPLICATION_FIELD_LABELS[field.field]}${field.required ? ' (required)' : ''}`).join(', ')}
        </Fact>
        <Fact label="Screening questions">
          {questions.length === 0 ? null : (
            <Stack gap={2} component="ol" style={{ margin: 0, paddingLeft: 18 }}>
              {questions.map((question) => (
                <li key={question.id}>
                  {question.label} <Text span size="xs" c="dimmed">
                    ({QUESTION_KIND_LABELS[question.kind]}
                    {question.required ? ', required' : ''}
                    {question.knockout && question.knockout.length > 0 ? `; rules out: ${question.knockout.join(', ')}` : ''}
                    {question.knockoutBelow !== undefined ? `; rules out below ${question.knockoutBelow}` : ''})
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </Fact>
      </Stack>
    </Section>
  );
}
