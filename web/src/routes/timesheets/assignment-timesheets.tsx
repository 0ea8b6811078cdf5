import { Anchor, Button, Group, Text } from '@mantine/core';
import { IconClockPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCurrentUser } from '../../components/current-user';
import { ListTable } from '../../components/list-table';
import { Empty } from '../../components/page';
import { isBackOffice } from '../placements/roles';
import { ApprovalBadge, AssignmentPanel, EscalatedBadge, hoursOf, weekLabel } from './labels';
import { type TimesheetSummary, fetchAssignmentTimesheets, timesheetKeys } from './queries';

export type AssignmentTimesheetsProps = { assignmentId: string };

/** The assignment page's timesheets: every week entered, newest first, each opening its editor; "Enter time" opens this week. */
export function AssignmentTimesheets({ assignmentId }: AssignmentTimesheetsProps) {
  const user = useCurrentUser();
  const sheets = useQuery({ queryKey: timesheetKeys.ofAssignment(assignmentId), queryFn: () => fetchAssignmentTimesheets(assignmentId) });
  const currentWeek = sheets.data?.currentWeekStart;
  return (
    <AssignmentPanel
      title="Timesheets"
      action={
        currentWeek ? (
          <Button size="xs" variant="light" leftSection={<IconClockPlus size={14} />} renderRoot={(root) => <Link {...root} to="/timesheets/$assignmentId/$weekStart" params={{ assignmentId, weekStart: currentWeek }} />}>
            {isBackOffice(user.role) ? 'Enter this week' : 'This week'}
          </Button>
        ) : null
      }
    >
        {sheets.isSuccess && sheets.data.data.length === 0 ? (
          <Empty title="No timesheets yet">Weeks of time entered for this assignment appear here.</Empty>
        ) : (
        <ListTable<TimesheetSummary>
          query={sheets}
          records={sheets.data?.data ?? []}
          aria-label="Timesheets of the assignment"
          columns={[
            {
              accessor: 'weekStart',
              title: 'Week',
              render: (row) => (
                <Anchor size="sm" renderRoot={(root) => <Link {...root} to="/timesheets/$assignmentId/$weekStart" params={{ assignmentId, weekStart: row.weekStart }} />}>
                  {weekLabel(row.weekStart, row.weekEnd)}
                </Anchor>
              ),
            },
            {
              accessor: 'status',
              title: 'State',
              render: (row) => (
                <Group gap={6} wrap="nowrap">
                  <ApprovalBadge state={row.status} />
                  {row.escalated ? <EscalatedBadge /> : null}
                </Group>
              ),
            },
            { accessor: 'regularMinutes', title: 'Regular', textAlign: 'right', render: (row) => hoursOf(row.regularMinutes) },
            { accessor: 'overtimeMinutes', title: 'Overtime', textAlign: 'right', render: (row) => hoursOf(row.overtimeMinutes) },
            { accessor: 'doubleMinutes', title: 'Double', textAlign: 'right', render: (row) => hoursOf(row.doubleMinutes) },
            { accessor: 'totalMinutes', title: 'Hours', textAlign: 'right', render: (row) => hoursOf(row.totalMinutes) },
            { accessor: 'rejectionReason', title: 'Note', render: (row) => (row.status === 'rejected' && row.rejectionReason ? <Text size="xs" c="red">{row.rejectionReason}</Text> : null) },
          ]}
        />
        )}
    </AssignmentPanel>
  );
}
