import { ActionIcon, Anchor, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { GRID_STATES } from '../../../../src/shared/timesheets';
import { ChoiceFilter } from '../../components/list-filters';
import { ListTable } from '../../components/list-table';
import { Empty, PageHeader } from '../../components/page';
import { candidateColumn } from '../candidates/candidate-ui';
import { ApprovalQueue, TimesheetViews } from './approval-queue';
import { ApprovalBadge, EscalatedBadge, addDays, hoursOf, weekLabel } from './labels';
import { type GridRow, fetchGrid, timesheetKeys } from './queries';
import { useTimesheetSelection } from './timesheet-decisions';

const route = getRouteApi('/app/timesheets');
const STATE_OPTIONS = GRID_STATES.map((state) => ({ value: state, label: state[0]?.toUpperCase() + state.slice(1) }));

/** The timesheet page: the week grid, or (with `?queue=`) an approval queue across all weeks. */
export function TimesheetsPage() {
  const { queue } = route.useSearch();
  return queue ? <ApprovalQueue key={queue} queue={queue} /> : <WeekGrid />;
}

/**
 * The timesheet grid (PRODUCT.md §6): a week at a glance for every assignment taking time — missing, draft,
 * submitted, approved or rejected — with hours and escalations; the back office selects submitted sheets and
 * approves or rejects them at once. Each row opens the week's editor.
 */
function WeekGrid() {
  const { week, state } = route.useSearch();
  const navigate = route.useNavigate();
  const grid = useQuery({ queryKey: timesheetKeys.grid(week, state), queryFn: () => fetchGrid(week, state) });
  const selection = useTimesheetSelection<GridRow>({
    idOf: (row) => row.timesheet?.id,
    allLabel: 'Select all submitted timesheets',
    isRecordSelectable: (row) => row.state === 'submitted',
  });
  const weekStart = grid.data?.weekStart;
  const goTo = (start: string | undefined) => {
    selection.clear();
    void navigate({ search: (previous) => ({ ...previous, week: start }) });
  };
  const filterBy = (next: GridRow['state'] | undefined) => {
    selection.clear();
    void navigate({ search: (previous) => ({ ...previous, state: next }) });
  };

  const rows = grid.data?.data ?? [];
  const counts = rows.reduce<Record<string, number>>((sum, row) => ({ ...sum, [row.state]: (sum[row.state] ?? 0) + 1 }), {});

  return (
    <Stack gap={0}>
      <PageHeader
        title="Timesheets"
        description="Every assignment taking time this week, with its timesheet's state. Open a row to enter or review the week."
        actions={
          <Group gap={4} wrap="nowrap">
            <ActionIcon variant="default" aria-label="Previous week" onClick={() => weekStart && goTo(addDays(weekStart, -7))} disabled={!weekStart}>
              <IconChevronLeft size={16} />
            </ActionIcon>
            <Text size="sm" fw={500} miw={200} ta="center" aria-live="polite">
              {grid.data ? `Week of ${weekLabel(grid.data.weekStart, grid.data.weekEnd)}` : 'Loading week…'}
            </Text>
            <ActionIcon variant="default" aria-label="Next week" onClick={() => weekStart && goTo(addDays(weekStart, 7))} disabled={!weekStart}>
              <IconChevronRight size={16} />
            </ActionIcon>
            <Button variant="subtle" size="xs" onClick={() => goTo(undefined)} disabled={week === undefined}>
              This week
            </Button>
          </Group>
        }
      />
      <TimesheetViews />
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {grid.data ? GRID_STATES.filter((each) => !state || each === state).map((each) => `${counts[each] ?? 0} ${each}`).join(' · ') : null}
        </Text>
        <ChoiceFilter label="Timesheet state" placeholder="All states" values={GRID_STATES} data={STATE_OPTIONS} value={state} onChange={filterBy} w={160} />
      </Group>
      {selection.bar}
      <ListTable<GridRow>
        query={grid}
        records={rows}
        aria-label="Timesheets of the week"
        idAccessor="assignment.id"
        {...selection.tableProps}
        columns={[
          candidateColumn<GridRow>(),
          { accessor: 'organization.name', title: 'Client' },
          { accessor: 'job.title', title: 'Job', render: (row) => `${row.job.title} (J-${row.job.number})` },
          {
            accessor: 'state',
            title: 'Timesheet',
            render: (row) => (
              <Group gap={6} wrap="nowrap">
                <ApprovalBadge state={row.state} />
                {row.escalated ? <EscalatedBadge /> : null}
                {row.state === 'rejected' && row.timesheet?.rejectionReason ? (
                  <Tooltip label={row.timesheet.rejectionReason}>
                    <Text size="xs" c="dimmed" lineClamp={1} maw={180}>
                      {row.timesheet.rejectionReason}
                    </Text>
                  </Tooltip>
                ) : null}
              </Group>
            ),
          },
          { accessor: 'hours', title: 'Hours', textAlign: 'right', render: (row) => (row.timesheet ? hoursOf(row.timesheet.totalMinutes) : '—') },
          {
            accessor: 'open',
            title: 'Week',
            textAlign: 'right',
            render: (row) =>
              grid.data ? (
                <Anchor
                  size="sm"
                  aria-label={`${row.state === 'missing' ? 'Enter time for' : 'Open the week of'} ${row.candidate.name}`}
                  renderRoot={(root) => <Link {...root} to="/timesheets/$assignmentId/$weekStart" params={{ assignmentId: row.assignment.id, weekStart: grid.data?.weekStart ?? '' }} />}
                >
                  {row.state === 'missing' ? 'Enter time' : 'Open'}
                </Anchor>
              ) : null,
          },
        ]}
        emptyState={
          state ? (
            <Empty title={`No timesheet is ${state} this week`}>Clear the state filter to see every assignment taking time this week.</Empty>
          ) : (
            <Empty title="No assignment takes time this week">Active assignments, and closed or cancelled ones up to their end dates, appear here week by week.</Empty>
          )
        }
      />
    </Stack>
  );
}
