import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { GridState } from '../../../../src/shared/timesheets';

/** Adds whole days to an ISO date (no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A date of a week as people read it: "Mon 3 Mar". */
export const dayLabel = (isoDate: string): string => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
export const weekLabel = (weekStart: string, weekEnd: string): string => {
  const format = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `${format.format(new Date(`${weekStart}T00:00:00Z`))} – ${format.format(new Date(`${weekEnd}T00:00:00Z`))}`;
};

/** Whole minutes as hours, "7.5" (no trailing zeros), "0" for none. */
export const hoursOf = (minutes: number): string => String(Math.round((minutes / 60) * 100) / 100);
/** Hours typed as a number ("7.5", "7,5") into whole minutes; null when it is not a number. */
export function minutesOf(hours: string | number): number | null {
  if (hours === '' || hours === null) {
    return 0;
  }
  const value = typeof hours === 'number' ? hours : Number(String(hours).replace(',', '.'));
  return Number.isFinite(value) ? Math.round(value * 60) : null;
}

const STATE_LABELS: Record<GridState, string> = { missing: 'Missing', draft: 'Draft', submitted: 'Submitted', approved: 'Approved', rejected: 'Rejected' };
const STATE_COLORS: Record<GridState, string> = { missing: 'gray', draft: 'blue', submitted: 'yellow', approved: 'teal', rejected: 'red' };

export const ApprovalBadge = ({ state }: { state: GridState }) => (
  <Badge variant="light" color={STATE_COLORS[state]} radius="sm" tt="none" fw={500}>
    {STATE_LABELS[state]}
  </Badge>
);

export const EscalatedBadge = () => (
  <Badge variant="filled" color="orange" radius="sm" tt="none" fw={500}>
    Escalated
  </Badge>
);

/** A titled panel of an assignment's page (its timesheets, its expenses), with the panel's action on the right. */
export function AssignmentPanel({ title, action, children }: { title: string; action: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" fw={600}>
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
