import { Anchor, type AnchorProps, Badge } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { MouseEventHandler, ReactNode } from 'react';
import { EMPLOYEE_STATUSES } from '../../../../src/shared/pipeline';
import type { ListOption } from './queries';

export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

export const EMPLOYEE_STATUS_LABELS: Record<EmployeeStatus, string> = { active: 'Active', terminated: 'Terminated' };
const EMPLOYEE_STATUS_COLORS: Record<EmployeeStatus, string> = { active: 'teal', terminated: 'gray' };
export const EMPLOYEE_STATUS_OPTIONS = EMPLOYEE_STATUSES.map((value) => ({ value, label: EMPLOYEE_STATUS_LABELS[value] }));
export const EVENT_LABELS: Record<'hired' | 'terminated' | 'reactivated', string> = { hired: 'Hired', terminated: 'Terminated', reactivated: 'Reactivated' };

/** People-facing employee number, as the server's messages write it. */
export const employeeReference = (number: number): string => `E-${number}`;

export const EmployeeStatusBadge = ({ status }: { status: EmployeeStatus }) => (
  <Badge variant="dot" color={EMPLOYEE_STATUS_COLORS[status]} radius="sm">
    {EMPLOYEE_STATUS_LABELS[status]}
  </Badge>
);

/** The label of a list value (worker type, pay frequency), or the value itself when the list no longer has it. */
export const labelOf = (options: readonly ListOption[] | undefined, value: string): string => options?.find((option) => option.value === value)?.label ?? value;

/** Select options of a list: the open items, plus the current value when it was archived since. */
export const selectOptions = (options: readonly ListOption[] | undefined, current?: string) =>
  (options ?? []).filter((option) => !option.archived || option.value === current).map((option) => ({ value: option.value, label: option.label }));

type EmployeeLinkProps = AnchorProps & { id: string; children: ReactNode; onClick?: MouseEventHandler<HTMLAnchorElement> };

export const EmployeeLink = ({ id, children, ...props }: EmployeeLinkProps) => (
  <Anchor {...props} renderRoot={(root) => <Link {...root} to="/employees/$id" params={{ id }} />}>
    {children}
  </Anchor>
);

/** A date-only value (YYYY-MM-DD) read at noon UTC, so every time zone shows the same day. */
export const dayOf = (date: string | null): string | null => (date ? `${date}T12:00:00Z` : null);
