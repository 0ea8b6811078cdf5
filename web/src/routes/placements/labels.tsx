import { Anchor, type AnchorProps, Badge, Group, Progress, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { MouseEventHandler, ReactNode } from 'react';
import type { AssignmentStatus, BackOfficePlace, FollowUpParty, PlacementStatus, StartOutcome } from '../../../../src/shared/pipeline';
import type { ISSUE_SEVERITIES, WEEKDAYS } from '../../../../src/shared/pipeline';

type Vocabulary<T extends string> = Record<T, string>;
export type IssueSeverity = (typeof ISSUE_SEVERITIES)[number];
export type Weekday = (typeof WEEKDAYS)[number];
export type TimesheetCadence = 'weekly' | 'biweekly' | 'monthly';

export const PLACEMENT_STATUS_LABELS: Vocabulary<PlacementStatus> = { pending: 'Pending', active: 'Active', closed: 'Closed', cancelled: 'Cancelled' };
const PLACEMENT_COLORS: Vocabulary<PlacementStatus> = { pending: 'yellow', active: 'teal', closed: 'gray', cancelled: 'red' };
export const ASSIGNMENT_STATUS_LABELS: Vocabulary<AssignmentStatus> = { needs_approval: 'Needs approval', active: 'Active', closed: 'Closed', cancelled: 'Cancelled' };
const ASSIGNMENT_COLORS: Vocabulary<AssignmentStatus> = { needs_approval: 'yellow', active: 'teal', closed: 'gray', cancelled: 'red' };
export const START_OUTCOME_LABELS: Vocabulary<StartOutcome> = { on_time: 'Started on time', late: 'Late start', no_show: 'No-show', withdrew: 'Withdrew before start' };
const START_OUTCOME_COLORS: Vocabulary<StartOutcome> = { on_time: 'teal', late: 'yellow', no_show: 'red', withdrew: 'orange' };
export const SEVERITY_LABELS: Vocabulary<IssueSeverity> = { low: 'Low', medium: 'Medium', high: 'High' };
const SEVERITY_COLORS: Vocabulary<IssueSeverity> = { low: 'gray', medium: 'yellow', high: 'red' };
export const PARTY_LABELS: Vocabulary<FollowUpParty> = { candidate: 'Candidate', client: 'Client' };
export const CADENCE_LABELS: Vocabulary<TimesheetCadence> = { weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly' };
export const WEEKDAY_LABELS: Vocabulary<Weekday> = { monday: 'Mon', tuesday: 'Tue', wednesday: 'Wed', thursday: 'Thu', friday: 'Fri', saturday: 'Sat', sunday: 'Sun' };
export const BACK_OFFICE_LABELS: Vocabulary<BackOfficePlace> = { hiring_management: 'Hiring management', assignments: 'Assignments', employees: 'Employees' };

export const PlacementStatusBadge = ({ status }: { status: PlacementStatus }) => (
  <Badge variant="dot" color={PLACEMENT_COLORS[status]} radius="sm">
    {PLACEMENT_STATUS_LABELS[status]}
  </Badge>
);

export const AssignmentStatusBadge = ({ status }: { status: AssignmentStatus }) => (
  <Badge variant="dot" color={ASSIGNMENT_COLORS[status]} radius="sm" tt="none" fw={500}>
    Assignment: {ASSIGNMENT_STATUS_LABELS[status]}
  </Badge>
);

export const StartOutcomeBadge = ({ outcome }: { outcome: StartOutcome }) => (
  <Badge variant="dot" color={START_OUTCOME_COLORS[outcome]} radius="sm" tt="none" fw={500}>
    {START_OUTCOME_LABELS[outcome]}
  </Badge>
);

export const SeverityBadge = ({ severity }: { severity: IssueSeverity }) => (
  <Badge variant="dot" color={SEVERITY_COLORS[severity]} radius="sm" tt="none" fw={500}>
    {SEVERITY_LABELS[severity]}
  </Badge>
);

/** The handoff checklist's progress, 0–100, as a labelled bar. */
export function HandoffProgress({ value, label }: { value: number; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Progress value={value} color={value === 100 ? 'teal' : 'blue'} size="md" w={80} aria-label={label} />
      <Text size="xs" c="dimmed">
        {value}%
      </Text>
    </Group>
  );
}

type PlacementLinkProps = AnchorProps & { id: string; children: ReactNode; onClick?: MouseEventHandler<HTMLAnchorElement> };

export const PlacementLink = ({ id, children, ...props }: PlacementLinkProps) => (
  <Anchor {...props} renderRoot={(root) => <Link {...root} to="/placements/$id" params={{ id }} search={{}} />}>
    {children}
  </Anchor>
);

type BackOfficeLinkProps = { place: BackOfficePlace; placementId: string; candidateId: string; assignmentStatus: AssignmentStatus; employeeId?: string | null };

/**
 * B1: where the placement now sits in the back office, as a link: hiring management while the candidate is placed for
 * the first time, the candidate's record once an employee, otherwise the assignment (shown on the placement until the
 * back office's assignment pages exist).
 */
export function BackOfficeLink({ place, placementId, candidateId, assignmentStatus, employeeId }: BackOfficeLinkProps) {
  const label = place === 'assignments' ? `${BACK_OFFICE_LABELS.assignments} (${ASSIGNMENT_STATUS_LABELS[assignmentStatus].toLowerCase()})` : BACK_OFFICE_LABELS[place];
  switch (place) {
    case 'hiring_management':
      return (
        <Anchor size="sm" renderRoot={(root) => <Link {...root} to="/hiring" />}>
          {label}
        </Anchor>
      );
    case 'employees':
      return employeeId ? (
        <Anchor size="sm" renderRoot={(root) => <Link {...root} to="/employees/$id" params={{ id: employeeId }} />}>
          {label}
        </Anchor>
      ) : (
        <Anchor size="sm" renderRoot={(root) => <Link {...root} to="/candidates/$candidateId" params={{ candidateId }} />}>
          {label}
        </Anchor>
      );
    case 'assignments':
      return (
        <Anchor size="sm" renderRoot={(root) => <Link {...root} to="/placements/$id" params={{ id: placementId }} search={{}} />}>
          {label}
        </Anchor>
      );
  }
}

/** A date-only value (YYYY-MM-DD) read at noon UTC, so every time zone shows the same day. */
export const dayOf = (date: string | null): string | null => (date ? `${date}T12:00:00Z` : null);
