import { Button, Divider, Drawer, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../../../src/shared/roles';
import { RoleBadge, UserStatusBadge } from '../../../components/badges';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Fact } from '../../../components/fact';
import { useFormat } from '../../../components/format';
import { notify } from '../../../components/notify';
import { LoadError } from '../../../components/page';
import { EditUserForm } from './edit-user-form';
import { fetchUser, userActions, userKeys } from './queries';

type UserDrawerProps = { userId: string | null; onClose: () => void };
type Decision = 'deactivate' | 'reactivate' | null;

/** One user, opened from the list in a drawer: details and the actions the server's abilities allow. */
export function UserDrawer({ userId, onClose }: UserDrawerProps) {
  const format = useFormat();
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<Decision>(null);
  const record = useQuery({ queryKey: userKeys.record(userId ?? ''), queryFn: () => fetchUser(userId ?? ''), enabled: userId !== null });

  const act = useMutation({
    mutationFn: async (action: 'deactivate' | 'reactivate' | 'resendInvitation') => ({ action, answer: await userActions[action](userId ?? '') }),
    onSuccess: async ({ action, answer }) => {
      queryClient.setQueryData(userKeys.record(answer.data.id), answer);
      setDecision(null);
      const messages = {
        deactivate: `${answer.data.name} was deactivated and signed out everywhere.`,
        reactivate: `${answer.data.name} was reactivated.`,
        resendInvitation: `A new invitation was sent to ${answer.data.email}. The earlier link no longer works.`,
      };
      notify.success(messages[action]);
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
    onError: (error) => {
      setDecision(null);
      notify.error(error);
    },
  });

  const user = record.data?.data;
  const abilities = record.data?.abilities;

  return (
    <Drawer opened={userId !== null} onClose={onClose} position="right" size="md" title={<Text fw={600}>{user ? user.name : 'User'}</Text>}>
      {record.isPending ? (
        <Stack gap="sm">
          <Skeleton height={20} width="60%" />
          <Skeleton height={80} />
          <Skeleton height={120} />
        </Stack>
      ) : record.isError ? (
        <LoadError error={record.error} onRetry={() => void record.refetch()} />
      ) : user && abilities ? (
        <Stack gap="lg">
          <SimpleGrid cols={2} spacing="md">
            <Fact label="Email">{user.email}</Fact>
            <Fact label="Status">
              <UserStatusBadge status={user.status} />
            </Fact>
            <Fact label="Role">
              <RoleBadge role={user.role} />
            </Fact>
            <Fact label="Last sign-in">{format.dateTime(user.lastLoginAt, 'Never')}</Fact>
            <Fact label="Added">{format.dateTime(user.createdAt)}</Fact>
          </SimpleGrid>
          {abilities.update ? (
            <>
              <Divider />
              <EditUserForm key={`${user.id}:${user.version}`} user={user} onReload={() => void record.refetch()} />
            </>
          ) : null}
          {abilities.resendInvitation || abilities.deactivate || abilities.reactivate ? <Divider /> : null}
          <Group gap="xs">
            {abilities.resendInvitation ? (
              <Button variant="default" onClick={() => act.mutate('resendInvitation')} loading={act.isPending && act.variables === 'resendInvitation'}>
                Resend invitation
              </Button>
            ) : null}
            {abilities.reactivate ? <Button onClick={() => setDecision('reactivate')}>Reactivate</Button> : null}
            {abilities.deactivate ? (
              <Button color="red" variant="light" onClick={() => setDecision('deactivate')}>
                Deactivate
              </Button>
            ) : null}
          </Group>
          <ConfirmDialog
            opened={decision === 'deactivate'}
            title={`Deactivate ${user.name}?`}
            confirmLabel="Deactivate"
            isPending={act.isPending}
            onConfirm={() => act.mutate('deactivate')}
            onClose={() => setDecision(null)}
          >
            {user.name} is signed out of every session at once and can no longer sign in. Their work stays in Fillrate, and you can
            reactivate them later.
          </ConfirmDialog>
          <ConfirmDialog
            opened={decision === 'reactivate'}
            title={`Reactivate ${user.name}?`}
            confirmLabel="Reactivate"
            color="indigo"
            isPending={act.isPending}
            onConfirm={() => act.mutate('reactivate')}
            onClose={() => setDecision(null)}
          >
            {user.name} can sign in again as {ROLE_LABELS[user.role].toLowerCase()}. If they never accepted their invitation, send them a new one
            afterwards.
          </ConfirmDialog>
        </Stack>
      ) : null}
    </Drawer>
  );
}
