import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconChevronLeft, IconChevronRight, IconSend, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../../api/errors';
import { useFormat } from '../../components/format';
import { formatMoney } from '../../components/money';
import { notify } from '../../components/notify';
import { ListSkeleton, LoadError } from '../../components/page';
import { StaleAlert } from '../../components/stale-alert';
import { CandidateLink } from '../candidates/candidate-ui';
import { ApprovalBadge, EscalatedBadge, addDays, dayLabel, hoursOf, minutesOf, weekLabel } from './labels';
import { type TimesheetWeekRecord, fetchWeek, timesheetActions, timesheetKeys } from './queries';
import { AssignmentExpenses } from './assignment-expenses';
import { RejectDialog } from './reject-dialog';

const route = getRouteApi('/app/timesheets/$assignmentId/$weekStart');
const KINDS = [
  { key: 'regularMinutes', label: 'Regular' },
  { key: 'overtimeMinutes', label: 'Overtime' },
  { key: 'doubleMinutes', label: 'Double time' },
] as const;
type Kind = (typeof KINDS)[number]['key'];
type DayDraft = { workDate: string; note: string } & Record<Kind, string>;

const draftOf = (record: TimesheetWeekRecord) => ({
  days: record.data.days.map((day): DayDraft => ({ workDate: day.workDate, note: day.note, regularMinutes: hoursOf(day.regularMinutes), overtimeMinutes: hoursOf(day.overtimeMinutes), doubleMinutes: hoursOf(day.doubleMinutes) })),
  notes: record.data.notes,
});

/** One assignment's week: hours per day by kind, notes, actual against scheduled, pay and bill; submit, approve or reject. */
export function TimesheetWeekPage() {
  const { assignmentId, weekStart } = route.useParams();
  const week = useQuery({ queryKey: timesheetKeys.week(assignmentId, weekStart), queryFn: () => fetchWeek(assignmentId, weekStart) });
  if (week.isPending) {
    return <ListSkeleton rows={8} />;
  }
  if (week.isError) {
    return <LoadError error={week.error} onRetry={() => void week.refetch()} />;
  }
  return <WeekEditor key={`${week.data.data.id ?? 'new'}:${week.data.data.version ?? 0}`} record={week.data} onReload={() => void week.refetch()} />;
}

function WeekEditor({ record, onReload }: { record: TimesheetWeekRecord; onReload: () => void }) {
  const { data: sheet, abilities } = record;
  const format = useFormat();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(record));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stale, setStale] = useState<string | null>(null);
  const [isRejecting, setIsRejecting] = useState(false);
  const currency = sheet.bill.currency ?? sheet.pay.currency;

  const setDay = (index: number, field: keyof DayDraft, value: string) => setDraft((current) => ({ ...current, days: current.days.map((day, at) => (at === index ? { ...day, [field]: value } : day)) }));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: timesheetKeys.all });

  function bodyOf() {
    const problems: Record<string, string> = {};
    const days = draft.days.map((day, index) => {
      const minutes = (key: Kind): number => {
        const value = minutesOf(day[key]);
        if (value === null || value < 0) {
          problems[`days[${index}].${key}`] = 'hours as a number, such as 7.5';
        }
        return value ?? 0;
      };
      return { workDate: day.workDate, note: day.note, regularMinutes: minutes('regularMinutes'), overtimeMinutes: minutes('overtimeMinutes'), doubleMinutes: minutes('doubleMinutes') };
    });
    setErrors(problems);
    return Object.keys(problems).length > 0 ? null : { ...(sheet.version === null ? {} : { version: sheet.version }), days, notes: draft.notes };
  }

  function handleError(error: unknown) {
    if (error instanceof ApiError && error.isConflict) {
      setStale(error.message);
      return;
    }
    if (error instanceof ApiError && error.fields.length > 0) {
      setErrors(Object.fromEntries(error.fields.map((field) => [field.path, field.message])));
    }
    notify.error(error);
  }

  const save = useMutation({
    mutationFn: async (andSubmit: boolean) => {
      const body = bodyOf();
      if (!body) {
        throw new Error('Some hours are not numbers; correct them first.');
      }
      const saved = await timesheetActions.save(sheet.assignment.id, sheet.weekStart, body);
      if (andSubmit && saved.data.id && saved.data.version !== null) {
        return timesheetActions.submit(saved.data.id, saved.data.version);
      }
      return saved;
    },
    onSuccess: (answer, andSubmit) => {
      notify.success(andSubmit ? 'Timesheet submitted for approval.' : 'Timesheet saved.');
      queryClient.setQueryData(timesheetKeys.week(sheet.assignment.id, sheet.weekStart), answer);
      refresh();
    },
    onError: handleError,
  });
  const submit = useMutation({
    mutationFn: () => timesheetActions.submit(sheet.id ?? '', sheet.version ?? 0),
    onSuccess: () => {
      notify.success('Timesheet submitted for approval.');
      refresh();
    },
    onError: handleError,
  });
  const approve = useMutation({
    mutationFn: () => timesheetActions.approve([sheet.id ?? '']),
    onSuccess: () => {
      notify.success('Timesheet approved.');
      refresh();
    },
    onError: handleError,
  });

  const totals = KINDS.map(({ key }) => draft.days.reduce((sum, day) => sum + (minutesOf(day[key]) ?? 0), 0));
  const actual = totals.reduce((sum, minutes) => sum + minutes, 0);
  const isEditing = abilities.edit;
  const dayError = (index: number) => Object.entries(errors).find(([path]) => path.startsWith(`days[${index}]`))?.[1];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Anchor size="sm" renderRoot={(root) => <Link {...root} to="/timesheets" search={{ week: sheet.weekStart }} />}>
            ← Timesheets
          </Anchor>
          <Title order={1} size="h3" fw={600}>
            Timesheet: {sheet.candidate.name}
          </Title>
          <Text size="sm" c="dimmed">
            <CandidateLink id={sheet.candidate.id} size="sm" underline="always">
              {sheet.candidate.name}
            </CandidateLink>{' '}
            · {sheet.organization.name} · {sheet.job.title} (J-{sheet.job.number}) · week of {weekLabel(sheet.weekStart, sheet.weekEnd)}
          </Text>
          <Group gap={6}>
            <ApprovalBadge state={sheet.status} />
            {sheet.escalated ? <EscalatedBadge /> : null}
            {sheet.submittedAt ? <Text size="xs" c="dimmed">Submitted {format.dateTime(sheet.submittedAt)}</Text> : null}
            {sheet.decidedAt ? <Text size="xs" c="dimmed">{sheet.status === 'approved' ? 'Approved' : 'Decided'} by {sheet.decidedByLabel} {format.dateTime(sheet.decidedAt)}</Text> : null}
          </Group>
        </Stack>
        <Group gap="xs">
          <Button variant="default" size="xs" leftSection={<IconChevronLeft size={14} />} renderRoot={(root) => <Link {...root} to="/timesheets/$assignmentId/$weekStart" params={{ assignmentId: sheet.assignment.id, weekStart: addDays(sheet.weekStart, -7) }} />}>
            Previous week
          </Button>
          <Button variant="default" size="xs" rightSection={<IconChevronRight size={14} />} renderRoot={(root) => <Link {...root} to="/timesheets/$assignmentId/$weekStart" params={{ assignmentId: sheet.assignment.id, weekStart: addDays(sheet.weekStart, 7) }} />}>
            Next week
          </Button>
        </Group>
      </Group>

      {sheet.status === 'rejected' && sheet.rejectionReason ? (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="Rejected">
          {sheet.rejectionReason}. Correct the week and submit it again.
        </Alert>
      ) : null}
      {stale ? <StaleAlert message={stale} onReload={onReload} /> : null}
      {sheet.assignment.status !== 'active' ? (
        <Text size="sm" c="dimmed">
          {sheet.assignment.status === 'needs_approval' ? 'The assignment is waiting for approval: it takes no time yet.' : `The assignment is ${sheet.assignment.status}: it takes time up to its end date${sheet.assignment.endOn ? ` (${format.date(`${sheet.assignment.endOn}T12:00:00Z`)})` : ''}, never after.`}
        </Text>
      ) : null}

      <Table withTableBorder verticalSpacing={6} aria-label="Hours per day">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Day</Table.Th>
            <Table.Th ta="right">Scheduled</Table.Th>
            {KINDS.map((kind) => (
              <Table.Th key={kind.key}>{kind.label} hours</Table.Th>
            ))}
            <Table.Th>Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {draft.days.map((day, index) => {
            const source = sheet.days[index];
            const isOpen = isEditing && Boolean(source?.enterable);
            const label = dayLabel(day.workDate);
            return (
              <Table.Tr key={day.workDate}>
                <Table.Td>
                  <Text size="sm" c={source?.enterable ? undefined : 'dimmed'}>
                    {label}
                  </Text>
                  {dayError(index) ? (
                    <Text size="xs" c="red" role="alert">
                      {dayError(index)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">{source?.scheduledMinutes === null || source?.scheduledMinutes === undefined ? '—' : hoursOf(source.scheduledMinutes)}</Table.Td>
                {KINDS.map((kind) => (
                  <Table.Td key={kind.key}>
                    <TextInput size="xs" w={80} inputMode="decimal" aria-label={`${kind.label} hours, ${label}`} value={day[kind.key]} disabled={!isOpen} onChange={(event) => setDay(index, kind.key, event.currentTarget.value)} />
                  </Table.Td>
                ))}
                <Table.Td>
                  <TextInput size="xs" aria-label={`Note, ${label}`} value={day.note} maxLength={500} disabled={!isOpen} onChange={(event) => setDay(index, 'note', event.currentTarget.value)} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>Total</Table.Th>
            <Table.Th ta="right">{sheet.scheduled ? hoursOf(sheet.scheduled.weekMinutes) : '—'}</Table.Th>
            {totals.map((minutes, index) => (
              <Table.Th key={KINDS[index]?.key}>{hoursOf(minutes)}</Table.Th>
            ))}
            <Table.Th>{hoursOf(actual)} hours in all</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>

      <Textarea label="Notes" autosize minRows={2} maxLength={2000} value={draft.notes} disabled={!isEditing} onChange={(event) => {
          const notes = event.currentTarget.value;
          setDraft((current) => ({ ...current, notes }));
        }} />

      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Paper withBorder p="sm" radius="md">
          <Text size="xs" c="dimmed">Actual against scheduled</Text>
          <Text fw={600}>
            {hoursOf(sheet.totals.totalMinutes)} h {sheet.scheduled ? `of ${hoursOf(sheet.scheduled.weekMinutes)} h scheduled` : '(no schedule)'}
          </Text>
        </Paper>
        <Paper withBorder p="sm" radius="md">
          <Text size="xs" c="dimmed">Pay (saved hours × pay rates)</Text>
          <Text fw={600} aria-label="Pay total">{currency ? formatMoney(sheet.pay.totalMinor, currency) : 'No rates'}</Text>
        </Paper>
        <Paper withBorder p="sm" radius="md">
          <Text size="xs" c="dimmed">Bill (saved hours × bill rates)</Text>
          <Text fw={600} aria-label="Bill total">{currency ? formatMoney(sheet.bill.totalMinor, currency) : 'No rates'}</Text>
        </Paper>
      </SimpleGrid>
      {sheet.unpricedDates.length > 0 ? <Text size="sm" c="orange">No rates in force on {sheet.unpricedDates.join(', ')}: those hours are not priced.</Text> : null}

      <Group gap="xs">
        {isEditing ? (
          <>
            <Button variant="default" loading={save.isPending && save.variables === false} disabled={stale !== null} onClick={() => save.mutate(false)}>
              Save draft
            </Button>
            <Button leftSection={<IconSend size={16} />} loading={save.isPending && save.variables === true} disabled={stale !== null} onClick={() => save.mutate(true)}>
              Submit for approval
            </Button>
          </>
        ) : null}
        {!isEditing && abilities.submit ? (
          <Button leftSection={<IconSend size={16} />} loading={submit.isPending} onClick={() => submit.mutate()}>
            Submit for approval
          </Button>
        ) : null}
        {abilities.approve ? (
          <Button color="teal" leftSection={<IconCheck size={16} />} loading={approve.isPending} onClick={() => approve.mutate()}>
            Approve
          </Button>
        ) : null}
        {abilities.reject ? (
          <Button color="red" variant="light" leftSection={<IconX size={16} />} onClick={() => setIsRejecting(true)}>
            Reject…
          </Button>
        ) : null}
      </Group>
      <RejectDialog
        opened={isRejecting}
        what="this timesheet"
        refusedLabel="Refused timesheets"
        onClose={() => setIsRejecting(false)}
        onReject={(reason) => timesheetActions.reject([sheet.id ?? ''], reason)}
        onDone={() => {
          notify.success('Timesheet rejected.');
          refresh();
        }}
      />
      <AssignmentExpenses assignmentId={sheet.assignment.id} />
    </Stack>
  );
}
