import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { STAFF_ROLES } from '../../../../../src/shared/roles';
import { useCursorList } from '../../../api/pages';
import type { Role, User, UserStatus } from '../../../api/types';
import { RoleBadge, USER_STATUS_OPTIONS, UserStatusBadge } from '../../../components/badges';
import { useFormat } from '../../../components/format';
import { ChoiceFilter, SearchInput } from '../../../components/list-filters';
import { ROLE_OPTIONS } from '../../../components/options';
import { ListTable } from '../../../components/list-table';
import { Empty, PageHeader } from '../../../components/page';
import { InviteUserDialog } from './invite-user-dialog';
import { type UserFilters, fetchUsers, userKeys } from './queries';
import { UserDrawer } from './user-drawer';

const route = getRouteApi('/app/admin/users');
const STATUSES: readonly UserStatus[] = ['invited', 'active', 'deactivated'];

export function UsersPage() {
  const { invite } = route.useSearch();
  const navigate = route.useNavigate();
  const format = useFormat();
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 250);
  const [status, setStatus] = useState<UserStatus | undefined>();
  const [role, setRole] = useState<Role | undefined>();
  const [openUserId, setOpenUserId] = useState<string | null>(null);

  const filters: UserFilters = { q: debouncedQuery || undefined, status, role };
  const list = useCursorList(userKeys.list(filters), (cursor) => fetchUsers(filters, cursor));
  const isFiltered = Boolean(filters.q || status || role);
  const setInviteOpen = (open: boolean) => void navigate({ search: { invite: open ? true : undefined } });

  return (
    <Stack gap={0}>
      <PageHeader
        title="Users"
        description="Everyone who works in this agency's Fillrate, their role and whether they can sign in."
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviteOpen(true)}>
            Invite user
          </Button>
        }
      />
      <Group gap="xs" mb="sm" wrap="wrap">
        <SearchInput label="Search users" placeholder="Search name or email" value={query} onChange={setQuery} w={260} />
        <ChoiceFilter label="Status" placeholder="Any status" values={STATUSES} data={USER_STATUS_OPTIONS} value={status} onChange={setStatus} w={160} />
        <ChoiceFilter label="Role" placeholder="Any role" values={STAFF_ROLES} data={ROLE_OPTIONS} value={role} onChange={setRole} w={180} />
      </Group>

      <ListTable<User>
        query={list}
            aria-label="Users"
            hasRefetchOverlay
            onRowClick={({ record }) => setOpenUserId(record.id)}
            columns={[
              {
                accessor: 'name',
                title: 'Name',
                render: (user) => (
                  <Anchor component="button" type="button" size="sm" fw={500} c="var(--mantine-color-text)" onClick={() => setOpenUserId(user.id)}>
                    {user.name}
                  </Anchor>
                ),
              },
              { accessor: 'email', title: 'Email' },
              { accessor: 'role', title: 'Role', render: (user) => <RoleBadge role={user.role} /> },
              { accessor: 'status', title: 'Status', render: (user) => <UserStatusBadge status={user.status} /> },
              { accessor: 'lastLoginAt', title: 'Last sign-in', render: (user) => format.dateTime(user.lastLoginAt, 'Never') },
            ]}
            emptyState={
              isFiltered ? (
                <Empty title="No users match">Nobody matches these filters. Clear the search, status or role to see everyone.</Empty>
              ) : (
                <Empty title="No users yet">Invite your team with Invite user; each person gets a link to choose a password.</Empty>
              )
            }
      />
      <InviteUserDialog opened={invite === true} onClose={() => setInviteOpen(false)} />
      <UserDrawer userId={openUserId} onClose={() => setOpenUserId(null)} />
    </Stack>
  );
}
