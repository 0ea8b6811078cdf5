import { Anchor, SegmentedControl, Stack } from '@mantine/core';
import { Link, getRouteApi } from '@tanstack/react-router';
import { useCursorList } from '../../api/pages';
import { useFormat } from '../../components/format';
import { ListTable } from '../../components/list-table';
import { pickOption } from '../../components/options';
import { Empty, PageHeader } from '../../components/page';
import { candidateColumn } from '../candidates/candidate-ui';
import { EscalatedBadge, hoursOf, weekLabel } from './labels';
import { type TimesheetSummary, fetchQueue, timesheetKeys } from './queries';
import { TIMESHEET_QUEUES, type TimesheetQueue } from './search';
import { useTimesheetSelection } from './timesheet-decisions';

const route = getRouteApi('/app/timesheets');

const VIEWS = [
  { value: 'grid', label: 'Week grid' },
  { value: 'submitted', label: 'Awaiting approval' },
  { value: 'escalated', label: 'Escalated' },
];

/** Switches the timesheet page between the week grid and the approval queues, keeping the grid's week and filter. */
export function TimesheetViews() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <SegmentedControl
      aria-label="Timesheet view"
      size="xs"
      mb="sm"
      style={{ alignSelf: 'flex-start' }}
      value={search.queue ?? 'grid'}
      data={VIEWS}
      onChange={(value) => void navigate({ search: { ...search, queue: pickOption(TIMESHEET_QUEUES, value) } })}
    />
  );
}

const TEXTS: Record<TimesheetQueue, { title: string; description: string; empty: string }> = {
  submitted: { title: 'Timesheets awaiting approval', description: 'Submitted timesheets of every week, newest week first. Select some to approve or reject them, or open one to review the week.', empty: 'No timesheet is waiting for approval' },
  escalated: { title: 'Escalated timesheets', description: "Submitted timesheets that have waited past the agency's approval limit and are still waiting.", empty: 'No timesheet is escalated' },
};

/** An approval queue (PRODUCT.md §6): submitted timesheets across all weeks, or only the escalated ones, decided in bulk. */
export function ApprovalQueue({ queue }: { queue: TimesheetQueue }) {
  const format = useFormat();
  const list = useCursorList(timesheetKeys.queue(queue), (cursor) => fetchQueue(queue, cursor));
  const selection = useTimesheetSelection<TimesheetSummary>({ idOf: (row) => row.id, allLabel: 'Select all listed timesheets' });
  const texts = TEXTS[queue];

  return (
    <Stack gap={0}>
      <PageHeader title={texts.title} description={texts.description} />
      <TimesheetViews />
      {selection.bar}
      <ListTable<TimesheetSummary>
        query={list}
        aria-label={texts.title}
        {...selection.tableProps}
        columns={[
          candidateColumn<TimesheetSummary>(),
          { accessor: 'organization.name', title: 'Client' },
          {
            accessor: 'weekStart',
            title: 'Week',
            render: (row) => (
              <Anchor
                size="sm"
                aria-label={`Open the week of ${row.candidate.name}, ${weekLabel(row.weekStart, row.weekEnd)}`}
                renderRoot={(root) => <Link {...root} to="/timesheets/$assignmentId/$weekStart" params={{ assignmentId: row.assignmentId, weekStart: row.weekStart }} />}
              >
                {weekLabel(row.weekStart, row.weekEnd)}
              </Anchor>
            ),
          },
          { accessor: 'totalMinutes', title: 'Hours', textAlign: 'right', render: (row) => hoursOf(row.totalMinutes) },
          { accessor: 'submittedAt', title: 'Submitted', render: (row) => format.dateTime(row.submittedAt) },
          { accessor: 'escalated', title: 'Escalated', render: (row) => (row.escalated ? <EscalatedBadge /> : null) },
        ]}
        emptyState={<Empty title={texts.empty}>Timesheets appear here once they are submitted for approval, until they are approved or rejected.</Empty>}
      />
    </Stack>
  );
}
