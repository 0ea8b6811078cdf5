import { Badge } from '@mantine/core';
import { ROLE_LABELS } from '../../../src/shared/roles';
import type { Mail, Role, UserStatus } from '../api/types';

const ROLE_COLORS: Record<Role, string> = { admin: 'grape', manager: 'indigo', recruiter: 'blue', account_manager: 'cyan', back_office: 'pink' };
const USER_STATUS: Record<UserStatus, { label: string; color: string }> = {
  invited: { label: 'Invited', color: 'yellow' },
  active: { label: 'Active', color: 'teal' },
  deactivated: { label: 'Deactivated', color: 'gray' },
};
const MAIL_STATUS: Record<Mail['status'], { label: string; color: string }> = {
  queued: { label: 'Queued', color: 'blue' },
  sent: { label: 'Sent', color: 'teal' },
  kept: { label: 'Kept (no SMTP)', color: 'gray' },
  failed: { label: 'Failed', color: 'red' },
};

export const RoleBadge = ({ role }: { role: Role }) => (
  <Badge variant="light" color={ROLE_COLORS[role]} radius="sm">
    {ROLE_LABELS[role]}
  </Badge>
);

export const UserStatusBadge = ({ status }: { status: UserStatus }) => (
  <Badge variant="dot" color={USER_STATUS[status].color} radius="sm">
    {USER_STATUS[status].label}
  </Badge>
);

export const MailStatusBadge = ({ status }: { status: Mail['status'] }) => (
  <Badge variant="dot" color={MAIL_STATUS[status].color} radius="sm">
    {MAIL_STATUS[status].label}
  </Badge>
);

export const USER_STATUS_OPTIONS = Object.entries(USER_STATUS).map(([value, { label }]) => ({ value, label }));
