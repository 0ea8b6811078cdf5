import { Anchor, type AnchorProps, Badge } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { MouseEventHandler, ReactNode } from 'react';
import type { AssignmentAction, AssignmentEventKind } from '../../../../src/shared/back-office';
import type { StaffRole } from '../../../../src/shared/roles';
import type { AssignmentStatus } from '../../../../src/shared/pipeline';
import { useCurrentUser } from '../../components/current-user';
import { dateIn } from '../../components/record-activity/zoned-time';
import { ASSIGNMENT_STATUS_LABELS } from '../placements/labels';

export { ASSIGNMENT_STATUS_LABELS, dayOf } from '../placements/labels';

const STATUS_COLORS: Record<AssignmentStatus, string> = { needs_approval: 'yellow', active: 'teal', closed: 'gray', cancelled: 'red' };

/** An assignment's status on its own (the placement pages prefix it with "Assignment:"). */
export const StatusBadge = ({ status }: { status: AssignmentStatus }) => (
  <Badge variant="dot" color={STATUS_COLORS[status]} radius="sm" tt="none" fw={500}>
    {ASSIGNMENT_STATUS_LABELS[status]}
  </Badge>
);

export const ACTION_LABELS: Record<AssignmentAction, string> = { approve: 'Approve', close: 'Close', cancel: 'Cancel', reactivate: 'Reactivate' };

export const EVENT_LABELS: Record<AssignmentEventKind, string> = {
  placed: 'Placed',
  approved: 'Approved',
  closed: 'Closed',
  cancelled: 'Cancelled',
  reactivated: 'Reactivated',
  extended: 'Extended',
  rates_changed: 'Rates changed',
  schedule_changed: 'Schedule changed',
  dates_changed: 'Dates changed',
};

/** The Update status dialog's actions for assignments sharing a status (PRODUCT.md §6's transition table). */
export const ACTIONS_FROM: Record<AssignmentStatus, readonly AssignmentAction[]> = {
  needs_approval: ['approve', 'cancel'],
  active: ['close', 'cancel'],
  closed: ['reactivate'],
  cancelled: ['reactivate'],
};

/** Who changes assignments (B5–B12): the back office, managers and admins; everyone else reads. */
const BACK_OFFICE: readonly StaffRole[] = ['admin', 'manager', 'back_office'];
export const canChangeAssignments = (role: StaffRole): boolean => BACK_OFFICE.includes(role);

/** "Today" is the agency's date, in its time zone. */
export function useAgencyToday(): string {
  const user = useCurrentUser();
  return dateIn(new Date(), user.agency.timeZone);
}

type AssignmentLinkProps = AnchorProps & { id: string; children: ReactNode; onClick?: MouseEventHandler<HTMLAnchorElement> };

export const AssignmentLink = ({ id, children, ...props }: AssignmentLinkProps) => (
  <Anchor {...props} renderRoot={(root) => <Link {...root} to="/assignments/$id" params={{ id }} />}>
    {children}
  </Anchor>
);
