import { Button, Group, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { IconPencil, IconRefresh, IconUserOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Fact } from '../../components/fact';
import { useFormat } from '../../components/format';
import { RecordFallback, RecordLayout } from '../../components/record-page';
import { AssignmentLink, StatusBadge, useAgencyToday } from '../assignments/labels';
import { CandidateLink } from '../candidates/candidate-ui';
import { Section } from '../clients/client-ui';
import { EditEmployeeDialog, ReactivateDialog, TerminateDialog } from './employee-dialogs';
import { EmployeeDocuments } from './employee-documents';
import { EVENT_LABELS, EmployeeStatusBadge, dayOf, employeeReference, labelOf } from './labels';
import { type Employee, employeeKeys, fetchEmployee, fetchEmployeeLists } from './queries';

const route = getRouteApi('/app/employees/$id');

type Dialog = 'edit' | 'terminate' | 'reactivate';

/** Hires, terminations and reactivations, newest first. */
function EmployeeHistory({ employee }: { employee: Employee }) {
  const format = useFormat();
  return (
    <Section title="History">
      <Timeline bulletSize={14} lineWidth={2} active={-1}>
        {employee.events.map((event) => (
          <Timeline.Item key={event.id} title={`${EVENT_LABELS[event.kind]} ${format.date(dayOf(event.on))}`}>
            <Text size="xs" c="dimmed">
              {event.reason ? `${event.reason} · ` : ''}by {event.actorLabel}, {format.dateTime(event.createdAt)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Section>
  );
}

/** The candidate's assignments, with their status, job, client and dates. */
function EmployeeAssignments({ employee }: { employee: Employee }) {
  const format = useFormat();
  return (
    <Section title="Assignments">
      {employee.assignments.length === 0 ? (
        <Text size="sm" c="dimmed">
          No assignments.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={6} aria-label="Assignments of the employee">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Job</Table.Th>
                <Table.Th>Client</Table.Th>
                <Table.Th>Start</Table.Th>
                <Table.Th>End</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {employee.assignments.map((assignment) => (
                <Table.Tr key={assignment.id}>
                  <Table.Td>
                    <AssignmentLink id={assignment.id} size="sm">
                      {assignment.jobTitle}
                    </AssignmentLink>
                  </Table.Td>
                  <Table.Td>{assignment.organizationName}</Table.Td>
                  <Table.Td>{format.date(dayOf(assignment.startOn), 'Not set')}</Table.Td>
                  <Table.Td>{format.date(dayOf(assignment.endOn), 'Not set')}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={assignment.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

/** An employee record: number, status, hire and termination, documents checklist, history and assignments. */
export function EmployeePage() {
  const { id } = route.useParams();
  const format = useFormat();
  const today = useAgencyToday();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const record = useQuery({ queryKey: employeeKeys.record(id), queryFn: () => fetchEmployee(id) });
  const lists = useQuery({ queryKey: employeeKeys.lists, queryFn: fetchEmployeeLists });

  if (!record.isSuccess) {
    return <RecordFallback query={record} />;
  }
  const { data: employee, abilities } = record.data;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text size="sm" c="dimmed" ff="monospace">
              {employeeReference(employee.number)}
            </Text>
            <EmployeeStatusBadge status={employee.status} />
          </Group>
          <Title order={1} size="h3" fw={600}>
            {employee.candidate.name}
          </Title>
          <Text size="sm">
            Hired {format.date(dayOf(employee.hiredOn))}
            {employee.terminatedOn ? ` · terminated ${format.date(dayOf(employee.terminatedOn))}${employee.terminationReason ? ` (${employee.terminationReason})` : ''}` : ''} ·{' '}
            <CandidateLink id={employee.candidate.id} size="sm">
              Candidate record
            </CandidateLink>
          </Text>
        </Stack>
        <Group gap="xs">
          {abilities.update ? (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
              Edit
            </Button>
          ) : null}
          {abilities.terminate ? (
            <Button variant="default" color="red" leftSection={<IconUserOff size={16} />} onClick={() => setDialog('terminate')}>
              Terminate
            </Button>
          ) : null}
          {abilities.reactivate ? (
            <Button leftSection={<IconRefresh size={16} />} onClick={() => setDialog('reactivate')}>
              Reactivate
            </Button>
          ) : null}
        </Group>
      </Group>
      <RecordLayout
        main={
          <>
            <EmployeeDocuments employee={employee} canTick={abilities.tickDocuments} />
            <EmployeeAssignments employee={employee} />
            <EmployeeHistory employee={employee} />
          </>
        }
        aside={
          <Section title="Key facts">
            <Fact label="Employee number">{employeeReference(employee.number)}</Fact>
            <Fact label="Status">{employee.status === 'active' ? 'Active' : 'Terminated'}</Fact>
            <Fact label="Worker type">{labelOf(lists.data?.workerTypes, employee.workerType)}</Fact>
            <Fact label="Pay frequency">{labelOf(lists.data?.payFrequencies, employee.payFrequency)}</Fact>
            <Fact label="Hire date">{format.date(dayOf(employee.hiredOn))}</Fact>
            {employee.terminatedOn ? <Fact label="Termination date">{format.date(dayOf(employee.terminatedOn))}</Fact> : null}
          </Section>
        }
      />
      {abilities.update ? <EditEmployeeDialog key={`edit:${employee.version}`} employee={employee} opened={dialog === 'edit'} onClose={() => setDialog(null)} /> : null}
      {abilities.terminate ? <TerminateDialog key={`terminate:${employee.version}`} employee={employee} today={today} opened={dialog === 'terminate'} onClose={() => setDialog(null)} /> : null}
      {abilities.reactivate ? <ReactivateDialog key={`reactivate:${employee.version}`} employee={employee} today={today} opened={dialog === 'reactivate'} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}
