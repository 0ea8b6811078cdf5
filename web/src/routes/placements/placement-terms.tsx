import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fact } from '../../components/fact';
import { useFormat } from '../../components/format';
import { CandidateLink } from '../candidates/candidate-ui';
import { Section } from '../clients/client-ui';
import { ContactLink, JobLink, OrganizationLink } from '../clients/record-links';
import { EMPLOYMENT_TYPE_LABELS, RATE_UNIT_LABELS } from '../jobs/labels';
import { formatMoney, formatPercent } from '../../components/money';
import { fetchContactOptions, pickerKeys } from '../jobs/queries';
import { PipelineJobLink } from '../pipeline/pipeline-ui';
import { BackOfficeLink, CADENCE_LABELS, PlacementLink, PlacementStatusBadge, WEEKDAY_LABELS, dayOf } from './labels';
import type { Placement, PlacementSchedule } from './queries';

const rate = (minor: number | null, unit: Placement['payUnit'], currency: string) => (minor === null ? '—' : `${formatMoney(minor, currency)}${unit ? ` ${RATE_UNIT_LABELS[unit]}` : ''}`);

function feeText(placement: Placement): string {
  const { feeType, currency } = placement;
  if (feeType === 'percent') {
    const salary = placement.firstYearSalaryMinor === null ? 'first-year salary not given' : `of ${formatMoney(placement.firstYearSalaryMinor, currency)}`;
    return `${formatPercent(placement.feeBp)} ${salary}${placement.feeMinor === null ? '' : ` = ${formatMoney(placement.feeMinor, currency)}`}`;
  }
  if (feeType === 'flat') {
    return `${formatMoney(placement.feeFlatMinor, currency)} flat`;
  }
  return 'No fee';
}

/** The terms placed: type, dates, rates and fee, shifts and timesheets, milestones and billing. */
/** Shifts, expected hours and the timesheet cadence with its approver (named by the caller), on placements and assignments. */
export function ScheduleFacts({ schedule, approver }: { schedule: PlacementSchedule; approver: string }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <Fact label="Shifts">
        {schedule.shifts.length === 0
          ? '—'
          : schedule.shifts.map((shift, index) => (
              <Text key={index} size="sm">
                {shift.days.map((day) => WEEKDAY_LABELS[day]).join(', ')} {shift.startTime}–{shift.endTime}
                {shift.location ? ` · ${shift.location}` : ''}
              </Text>
            ))}
      </Fact>
      <Fact label="Expected hours per week">{schedule.expectedHoursPerWeek ?? '—'}</Fact>
      <Fact label="Timesheets">{`${CADENCE_LABELS[schedule.timesheetCadence]}${schedule.timesheetApproverId ? `, approved by ${approver}` : ', no approver yet'}`}</Fact>
    </SimpleGrid>
  );
}

export function PlacementTerms({ placement }: { placement: Placement }) {
  const format = useFormat();
  const { schedule, currency } = placement;
  const contacts = useQuery({ queryKey: pickerKeys.contacts(placement.organization.id), queryFn: () => fetchContactOptions(placement.organization.id), enabled: Boolean(schedule?.timesheetApproverId) });
  const approver = contacts.data?.data.find((contact) => contact.id === schedule?.timesheetApproverId);
  return (
    <Section title="Terms">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Fact label="Employment type">{EMPLOYMENT_TYPE_LABELS[placement.employmentType]}</Fact>
        <Fact label="Start">{format.date(dayOf(placement.startOn), 'Not set yet')}</Fact>
        <Fact label="End">{format.date(dayOf(placement.endOn), 'Open-ended')}</Fact>
        <Fact label="Pay">{rate(placement.payMinor, placement.payUnit, currency)}</Fact>
        <Fact label="Bill rate">{rate(placement.billRateMinor, placement.billRateUnit, currency)}</Fact>
        <Fact label="Fee">{feeText(placement)}</Fact>
        <Fact label="Billing contact">
          {placement.billingContact ? (
            <ContactLink id={placement.billingContact.id} size="sm">
              {placement.billingContact.name}
            </ContactLink>
          ) : (
            '—'
          )}
        </Fact>
        <Fact label="PO number">{placement.poNumber ?? '—'}</Fact>
        <Fact label="Payment terms">{placement.paymentTermsDays === null ? 'The client’s terms' : `${placement.paymentTermsDays} days`}</Fact>
      </SimpleGrid>
      {schedule ? <ScheduleFacts schedule={schedule} approver={approver ? `${approver.firstName} ${approver.lastName}` : 'a client contact'} /> : null}
      {placement.retainedMilestones.length > 0 ? (
        <Fact label="Retained milestones">
          {placement.retainedMilestones.map((milestone, index) => (
            <Text key={index} size="sm">
              {milestone.name}: {formatMoney(milestone.feeMinor, currency)}
              {milestone.dueOn ? `, due ${format.date(dayOf(milestone.dueOn))}` : ''}
              {milestone.reachedOn ? `, reached ${format.date(dayOf(milestone.reachedOn))}` : ''}
            </Text>
          ))}
        </Fact>
      ) : null}
    </Section>
  );
}

/** The right rail: who and what the placement is about, and where it sits in the back office (B1). */
export function PlacementKeyFacts({ placement }: { placement: Placement }) {
  const format = useFormat();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Key facts">
      <Title order={2} size="h5" mb="sm">
        Key facts
      </Title>
      <Stack gap="sm">
        <Fact label="Candidate">
          <CandidateLink id={placement.candidate.id} size="sm">
            {placement.candidate.name}
          </CandidateLink>
          {placement.firstTime ? <Text size="xs" c="dimmed">Placed for the first time (not an employee yet)</Text> : null}
        </Fact>
        <Fact label="Job">
          <JobLink id={placement.job.id} size="sm">
            J-{placement.job.number} {placement.job.title}
          </JobLink>
        </Fact>
        <Fact label="Client">
          <OrganizationLink id={placement.organization.id} size="sm">
            {placement.organization.name}
          </OrganizationLink>
        </Fact>
        <Fact label="Hiring contact">
          {placement.hiringContact ? (
            <ContactLink id={placement.hiringContact.id} size="sm">
              {placement.hiringContact.name}
            </ContactLink>
          ) : (
            '—'
          )}
        </Fact>
        <Fact label="Recruiter">{placement.recruiter?.name ?? '—'}</Fact>
        <Fact label="Account manager">{placement.accountManager?.name ?? '—'}</Fact>
        <Fact label="Placed">{format.dateTime(placement.placedAt)}</Fact>
        <Fact label="In the back office">
          <BackOfficeLink place={placement.backOffice} placementId={placement.id} candidateId={placement.candidate.id} assignmentStatus={placement.assignmentStatus} />
        </Fact>
        <Fact label="Fee">{formatMoney(placement.feeMinor, placement.currency)}</Fact>
      </Stack>
    </Paper>
  );
}

/** Replacement links: the placement this one replaces, and those that replaced it; how to place a replacement. */
export function Replacements({ placement, canReplace }: { placement: Placement; canReplace: boolean }) {
  const { replaces, replacedBy } = placement;
  if (!replaces && replacedBy.length === 0 && !canReplace) {
    return null;
  }
  return (
    <Section title="Replacement">
      {replaces ? (
        <Text size="sm">
          Replaces{' '}
          <PlacementLink id={replaces.id} size="sm">
            {replaces.reference}
          </PlacementLink>{' '}
          ({replaces.candidateName}) <PlacementStatusBadge status={replaces.status} />
        </Text>
      ) : null}
      {replacedBy.map((next) => (
        <Text key={next.id} size="sm">
          Replaced by{' '}
          <PlacementLink id={next.id} size="sm">
            {next.reference}
          </PlacementLink>{' '}
          ({next.candidateName}) <PlacementStatusBadge status={next.status} />
        </Text>
      ))}
      {canReplace ? (
        <Text size="sm" c="dimmed">
          This placement fell off. To replace it (for example within a guarantee period), place another candidate from the{' '}
          <PipelineJobLink jobId={placement.job.id} size="sm">
            job&apos;s pipeline
          </PipelineJobLink>{' '}
          and choose {placement.reference} under “Replaces placement” in the place form: the new placement links to this one.
        </Text>
      ) : null}
    </Section>
  );
}
