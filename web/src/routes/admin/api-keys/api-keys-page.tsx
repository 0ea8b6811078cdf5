import { Badge, Button, Code, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useCursorList } from '../../../api/pages';
import type { ApiKey } from '../../../api/types';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useFormat } from '../../../components/format';
import { notify } from '../../../components/notify';
import { ListTable } from '../../../components/list-table';
import { Empty, PageHeader } from '../../../components/page';
import { CreateApiKeyDialog } from './create-api-key-dialog';
import { apiKeyKeys, fetchApiKeys, revokeApiKey } from './queries';

const route = getRouteApi('/app/admin/api-keys');

export function ApiKeysPage() {
  const { create } = route.useSearch();
  const navigate = route.useNavigate();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const list = useCursorList(apiKeyKeys.all, fetchApiKeys);
  const setCreateOpen = (open: boolean) => void navigate({ search: { create: open ? true : undefined } });

  const revoke = useMutation({
    mutationFn: (key: ApiKey) => revokeApiKey(key.id),
    onSuccess: async (answer) => {
      setRevoking(null);
      notify.success(`${answer.data.name} no longer works.`, 'API key revoked');
      await queryClient.invalidateQueries({ queryKey: apiKeyKeys.all });
    },
    onError: (error) => {
      setRevoking(null);
      notify.error(error);
    },
  });

  return (
    <Stack gap={0}>
      <PageHeader
        title="API keys"
        description="Keys let other systems use Fillrate's REST API on this agency's behalf."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreateOpen(true)}>
            Create API key
          </Button>
        }
      />
      <ListTable<ApiKey>
        query={list}
            aria-label="API keys"
            rowStyle={(key) => (key.revokedAt ? { opacity: 0.6 } : undefined)}
            columns={[
              { accessor: 'name', title: 'Name', render: (key) => <Text size="sm" fw={500}>{key.name}</Text> },
              { accessor: 'prefix', title: 'Key', render: (key) => <Code>{key.prefix}…</Code> },
              {
                accessor: 'scopes',
                title: 'Scopes',
                render: (key) => (
                  <Group gap={4}>
                    {key.scopes.map((scope) => (
                      <Badge key={scope} variant="outline" color="gray" radius="sm">
                        {scope}
                      </Badge>
                    ))}
                  </Group>
                ),
              },
              { accessor: 'userName', title: 'Created by' },
              { accessor: 'createdAt', title: 'Created', render: (key) => format.dateTime(key.createdAt) },
              { accessor: 'lastUsedAt', title: 'Last used', render: (key) => format.dateTime(key.lastUsedAt, 'Never') },
              {
                accessor: 'revokedAt',
                title: 'Status',
                render: (key) =>
                  key.revokedAt ? (
                    <Badge color="gray" variant="light" radius="sm" title={`Revoked ${format.dateTime(key.revokedAt)}`}>
                      Revoked {format.date(key.revokedAt)}
                    </Badge>
                  ) : (
                    <Badge color="teal" variant="dot" radius="sm">
                      Active
                    </Badge>
                  ),
              },
              {
                accessor: 'actions',
                title: <VisuallyHidden>Actions</VisuallyHidden>,
                textAlign: 'right',
                render: (key) =>
                  key.revokedAt ? null : (
                    <Button size="compact-xs" color="red" variant="subtle" aria-label={`Revoke ${key.name}`} onClick={() => setRevoking(key)}>
                      Revoke
                    </Button>
                  ),
              },
            ]}
            emptyState={<Empty title="No API keys">Create a key when an integration (payroll, a job board, your own scripts) needs to use the API.</Empty>}
      />
      <CreateApiKeyDialog opened={create === true} onClose={() => setCreateOpen(false)} />
      <ConfirmDialog
        opened={revoking !== null}
        title={`Revoke ${revoking?.name ?? 'this key'}?`}
        confirmLabel="Revoke key"
        isPending={revoke.isPending}
        onConfirm={() => {
          if (revoking) {
            revoke.mutate(revoking);
          }
        }}
        onClose={() => setRevoking(null)}
      >
        Anything using this key is refused from now on. This cannot be undone; create a new key if it is needed again.
      </ConfirmDialog>
    </Stack>
  );
}
