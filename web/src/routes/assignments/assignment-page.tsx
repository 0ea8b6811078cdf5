import { Alert, Button, Group, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { IconArrowsExchange, IconCalendarPlus, IconCash, IconLock, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { ratesOn } from '../../../../src/domain/assignment-rates';
import { hasShifts } from '../../../../src/shared/pipeline';
import { useCurrentUser } from '../../components/current-user';
import { Fact } from '../../components/fact';
import { useFormat } from '../../components/format';
import { formatMoney, formatPercent } from '../../components/money';
import { RecordFallback, RecordLayout } from '../../components/record-page';
import { CandidateLink } from '../candidates/candidate-ui';
import { Section } from '../clients/client-ui';
import { JobLink, OrganizationLink } from '../clients/record-links';
import { EMPLOYMENT_TYPE_LABELS } from '../jobs/labels';
import { PlacementLink } from '../placements/labels';
import { ScheduleFacts } from '../placements/placement-terms';
import { AppAnchor } from '../../components/app-anchor';
import { DatesDialog, ExtendDialog, RatesDialog, ScheduleDialog } from './assignment-dialogs';
import { ASSIGNMENT_STATUS_LABELS, EVENT_LABELS, StatusBadge, canChangeAssignments, dayOf, useAgencyToday } from './labels';
import { type Assignment, type AssignmentAbilities, type AssignmentRate, assignmentKeys, fetchAssignment } from './queries';
import { UpdateStatusDialog } from './update-status-dialog';
import { AssignmentExpenses, AssignmentTimesheets } from '../timesheets';

const route = getRouteApi('/app/assignments/$id');

type Dialog = 'status' | 'dates' | 'schedule' | 'rates' | 'extend';

const UNIT_LABELS = { hour: 'per hour', day: 'per day' } as const;

function RatesCard({ assignment, current, canEdit, onChange }: { assignment: Assignment; current: AssignmentRate | null; canEdit: boolean; onChange: () => void }) {
  const format = useFormat();
  const money = (minor: number, currency: string) => formatMoney(minor, currency);
  return (
    <Section
      title="Rates"
      actions={
        canEdit ? (
          <Button size="xs" variant="default" leftSection={<IconCash size={14} />} onClick={onChange}>
            Change rates
          </Button>
        ) : null
      }
    >
      {current ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            In force today (from {format.date(dayOf(current.effectiveFrom))}), {current.currency}, regular {UNIT_LABELS[current.unit]}; overtime and double time per hour.
          </Text>
          <Table withTableBorder verticalSpacing={4} aria-label="Current rates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>Regular</Table.Th>
                <Table.Th>Overtime</Table.Th>
                <Table.Th>Double time</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row">Pay</Table.Th>
                <Table.Td>{money(current.payRegularMinor, current.currency)}</Table.Td>
                <Table.Td>{money(current.payOvertimeMinor, current.currency)}</Table.Td>
                <Table.Td>{money(current.payDoubleMinor, current.currency)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">Bill</Table.Th>
                <Table.Td>{money(current.billRegularMinor, current.currency)}</Table.Td>
                <Table.Td>{money(current.billOvertimeMinor, current.currency)}</Table.Td>
                <Table.Td>{money(current.billDoubleMinor, current.currency)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text size="sm">Markup: {formatPercent(current.markupBp)}</Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          No rates in force yet.{canEdit ? ' Change rates sets them from a date.' : ''}
        </Text>
      )}
      {assignment.rates.length > 0 ? (
        <Stack gap={4}>
          <Title order={3} size="h6">
            Rate history
          </Title>
          <Table verticalSpacing={4} aria-label="Rate history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>From</Table.Th>
                <Table.Th>Pay (reg / OT / DT)</Table.Th>
                <Table.Th>Bill (reg / OT / DT)</Table.Th>
                <Table.Th>Markup</Table.Th>
                <Table.Th>By</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...assignment.rates]
                .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))
                .map((rate) => (
                  <Table.Tr key={rate.id}>
                    <Table.Td>{format.date(dayOf(rate.effectiveFrom))}</Table.Td>
                    <Table.Td>{[rate.payRegularMinor, rate.payOvertimeMinor, rate.payDoubleMinor].map((minor) => money(minor, rate.currency)).join(' / ')}</Table.Td>
                    <Table.Td>{[rate.billRegularMinor, rate.billOvertimeMinor, rate.billDoubleMinor].map((minor) => money(minor, rate.currency)).join(' / ')}</Table.Td>
                    <Table.Td>{formatPercent(rate.markupBp)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{rate.actorLabel}</Text>
                      {rate.note ? (
                        <Text size="xs" c="dimmed">
                          {rate.note}
                        </Text>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}
    </Section>
  );
}

function ScheduleCard({ assignment, canEdit, onEdit }: { assignment: Assignment; canEdit: boolean; onEdit: () => void }) {
  const { schedule } = assignment;
  return (
    <Section
      title="Schedule"
      actions={
        canEdit ? (
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={onEdit}>
            Edit schedule
          </Button>
        ) : null
      }
    >
      {schedule ? (
        <ScheduleFacts schedule={schedule} approver="a client contact" />
      ) : (
        <Text size="sm" c="dimmed">
          No schedule set.{canEdit ? ' Edit schedule sets the shifts, expected hours, approver and cadence.' : ''}
        </Text>
      )}
    </Section>
  );
}

function History({ assignment }: { assignment: Assignment }) {
  const format = useFormat();
  const events = [...assignment.events].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Section title="History">
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing yet.
        </Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} active={-1}>
          {events.map((event) => {
            const dates = [event.startOn ? `start ${format.date(dayOf(event.startOn))}` : null, event.endOn ? `end ${format.date(dayOf(event.endOn))}` : null, event.previousEndOn ? `was ending ${format.date(dayOf(event.previousEndOn))}` : null].filter(Boolean);
            return (
              <Timeline.Item
                key={event.id}
                title={
                  <Text size="sm" fw={500}>
                    {EVENT_LABELS[event.kind]}
                    {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus ? `: ${ASSIGNMENT_STATUS_LABELS[event.fromStatus]} → ${ASSIGNMENT_STATUS_LABELS[event.toStatus]}` : ''}
                  </Text>
                }
              >
                <Text size="xs" c="dimmed">
                  {format.dateTime(event.createdAt)} · {event.actorLabel}
                  {dates.length > 0 ? ` · ${dates.join(', ')}` : ''}
                </Text>
                {event.note ? <Text size="sm">{event.note}</Text> : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Section>
  );
}

function KeyFacts({ assignment }: { assignment: Assignment }) {
  const format = useFormat();
  return (
    <Section title="Key facts">
      <Stack gap="sm">
        <Fact label="Job type">{`${EMPLOYMENT_TYPE_LABELS[assignment.employmentType]} (${assignment.directPath ? 'direct path' : 'temp/contract path'})`}</Fact>
        <Fact label="Placement">
          <PlacementLink id={assignment.placement.id} size="sm">
            P-{assignment.placement.number}
          </PlacementLink>
        </Fact>
        <Fact label="Employee">
          {assignment.employee ? (
            <AppAnchor href={`/employees/${assignment.employee.id}`} size="sm">
              E-{assignment.employee.number} ({assignment.employee.status})
            </AppAnchor>
          ) : (
            'Not an employee yet'
          )}
        </Fact>
        <Fact label="Status since">{format.dateTime(assignment.statusChangedAt)}</Fact>
        <Fact label="Ever approved">{assignment.everApproved ? 'Yes' : 'No'}</Fact>
      </Stack>
    </Section>
  );
}

const canUpdateStatus = (abilities: AssignmentAbilities) => abilities.approve || abilities.close || abilities.cancel || abilities.reactivate;

/**
 * An assignment: who, where and its status; dates and schedule (editable while open, read-only when closed or
 * cancelled, B10); effective-dated rates; extensions; its history; and the Update status dialog for this one record.
 */
export function AssignmentPage() {
  const { id } = route.useParams();
  const user = useCurrentUser();
  const format = useFormat();
  const today = useAgencyToday();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const record = useQuery({ queryKey: assignmentKeys.record(id), queryFn: () => fetchAssignment(id) });

  if (!record.isSuccess) {
    return <RecordFallback query={record} />;
  }
  const { data: assignment, abilities } = record.data;
  const canChange = canChangeAssignments(user.role);
  const current = ratesOn(assignment.rates, today) ?? null;
  const fallbackCurrency = assignment.currentRates?.currency ?? 'GBP';
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              Assignment
            </Text>
            <StatusBadge status={assignment.status} />
          </Group>
          <Title order={1} size="h3" fw={600}>
            <CandidateLink id={assignment.candidate.id} inherit>
              {assignment.candidate.name}
            </CandidateLink>
          </Title>
          <Text size="sm">
            <JobLink id={assignment.job.id} size="sm">
              J-{assignment.job.number} {assignment.job.title}
            </JobLink>{' '}
            at{' '}
            <OrganizationLink id={assignment.organization.id} size="sm">
              {assignment.organization.name}
            </OrganizationLink>
            {' · placement '}
            <PlacementLink id={assignment.placement.id} size="sm">
              P-{assignment.placement.number}
            </PlacementLink>
            {assignment.employee ? (
              <>
                {' · employee '}
                <AppAnchor href={`/employees/${assignment.employee.id}`} size="sm">
                  E-{assignment.employee.number}
                </AppAnchor>
              </>
            ) : null}
          </Text>
        </Stack>
        {canChange ? (
          <Group gap="xs">
            {abilities.extend ? (
              <Button variant="default" leftSection={<IconCalendarPlus size={16} />} onClick={() => setDialog('extend')}>
                Extend
              </Button>
            ) : null}
            {canUpdateStatus(abilities) ? (
              <Button leftSection={<IconArrowsExchange size={16} />} onClick={() => setDialog('status')}>
                Update status
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Group>
      {assignment.readOnly ? (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />} title={`${ASSIGNMENT_STATUS_LABELS[assignment.status]}: read-only until reactivated (B10)`} role="status">
          Dates, rates, schedule and details of a closed or cancelled assignment cannot change. Timesheets and expenses can still be entered up to its end date
          {assignment.endOn ? ` (${format.date(dayOf(assignment.endOn))})` : ''}.
        </Alert>
      ) : null}
      <RecordLayout
        main={
          <>
            <Section
              title="Details"
              actions={
                canChange && abilities.edit ? (
                  <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => setDialog('dates')}>
                    Edit dates
                  </Button>
                ) : null
              }
            >
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <Fact label="Start">{format.date(dayOf(assignment.startOn), 'Not set yet')}</Fact>
                <Fact label="End">{format.date(dayOf(assignment.endOn), 'Open-ended')}</Fact>
                <Fact label="Job type">{EMPLOYMENT_TYPE_LABELS[assignment.employmentType]}</Fact>
              </SimpleGrid>
            </Section>
            {hasShifts(assignment.employmentType) || assignment.schedule ? <ScheduleCard assignment={assignment} canEdit={canChange && abilities.edit} onEdit={() => setDialog('schedule')} /> : null}
            <RatesCard assignment={assignment} current={current} canEdit={canChange && abilities.edit} onChange={() => setDialog('rates')} />
            <AssignmentTimesheets assignmentId={assignment.id} />
            <AssignmentExpenses assignmentId={assignment.id} />
            <History assignment={assignment} />
          </>
        }
        aside={<KeyFacts assignment={assignment} />}
      />
      {canChange ? (
        <>
          <UpdateStatusDialog key={`status:${assignment.version}`} assignments={[assignment]} opened={dialog === 'status'} onClose={close} />
          {abilities.edit ? (
            <>
              <DatesDialog key={`dates:${assignment.version}`} assignment={assignment} opened={dialog === 'dates'} onClose={close} />
              <ScheduleDialog key={`schedule:${assignment.version}`} assignment={assignment} opened={dialog === 'schedule'} onClose={close} />
              <RatesDialog key={`rates:${assignment.version}`} assignment={assignment} current={current} fallbackCurrency={fallbackCurrency} opened={dialog === 'rates'} onClose={close} />
            </>
          ) : null}
          {abilities.extend ? <ExtendDialog key={`extend:${assignment.version}`} assignment={assignment} current={current} fallbackCurrency={fallbackCurrency} opened={dialog === 'extend'} onClose={close} /> : null}
        </>
      ) : null}
    </Stack>
  );
}
