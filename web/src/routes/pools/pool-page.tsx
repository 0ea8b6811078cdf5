import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notify } from '../../components/notify';
import { PageHeader } from '../../components/page';
import { EditButton, RecordFallback } from '../../components/record-page';
import { PoolFormDialog } from './pool-form-dialog';
import { PoolMembers } from './pool-members';
import { PoolVisibilityBadge } from './pool-ui';
import { fetchPool, plural, poolActions, poolKeys } from './queries';

const route = getRouteApi('/app/pools/$poolId');

/** One pool: what it is for, who keeps it, and its candidates. */
export function PoolPage() {
  const { poolId } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const record = useQuery({ queryKey: poolKeys.record(poolId), queryFn: () => fetchPool(poolId) });
  const remove = useMutation({
    mutationFn: () => poolActions.remove(poolId),
    onSuccess: async () => {
      notify.success(`${record.data?.data.name ?? 'The pool'} was deleted.`);
      setDialog(null);
      await navigate({ to: '/pools' });
      queryClient.removeQueries({ queryKey: poolKeys.record(poolId) });
      await queryClient.invalidateQueries({ queryKey: poolKeys.all });
    },
    onError: (error) => notify.error(error),
  });

  if (!record.isSuccess) {
    return <RecordFallback query={record} />;
  }
  const { data: pool, abilities } = record.data;

  return (
    <Stack gap={0}>
      <PageHeader
        title={pool.name}
        description={
          <Group gap="xs" component="span">
            <PoolVisibilityBadge shared={pool.shared} />
            <span>
              {plural(pool.memberCount, 'candidate')} · kept by {pool.mine ? 'you' : pool.owner.name}
            </span>
          </Group>
        }
        actions={
          <>
            {abilities.update ? <EditButton onClick={() => setDialog('edit')} /> : null}
            {abilities.delete ? (
              <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
                Delete
              </Button>
            ) : null}
          </>
        }
      />
      {pool.description ? (
        <Paper withBorder radius="md" p="sm" mb="md" component="section" aria-label="Description">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {pool.description}
          </Text>
        </Paper>
      ) : null}
      <PoolMembers pool={pool} canManage={abilities.manageMembers} />
      {abilities.update ? <PoolFormDialog key={`edit:${pool.id}:${pool.version}`} opened={dialog === 'edit'} onClose={() => setDialog(null)} pool={pool} /> : null}
      <ConfirmDialog opened={dialog === 'delete'} title={`Delete ${pool.name}?`} confirmLabel="Delete pool" isPending={remove.isPending} onConfirm={() => remove.mutate()} onClose={() => setDialog(null)}>
        The pool and its list of {plural(pool.memberCount, 'candidate')} go; the candidates themselves stay, with any other pools they are in.
      </ConfirmDialog>
    </Stack>
  );
}
