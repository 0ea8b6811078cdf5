import { Button, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormat } from '../format';
import { notify } from '../notify';
import { type RecordRef, activityActions, activityKeys, fetchNextAction } from './queries';
import { TaskFormDialog } from './task-form-dialog';
import { formatDue } from './zoned-time';

export type NextActionCardProps = { record: RecordRef };

/** The record's next action (its earliest open task) with "Done" and "Set next action". */
export function NextActionCard({ record }: NextActionCardProps) {
  const queryClient = useQueryClient();
  const { timeZone } = useFormat();
  const [setting, setSetting] = useState(false);
  const next = useQuery({ queryKey: activityKeys.nextAction(record), queryFn: () => fetchNextAction(record) });
  const complete = useMutation({
    mutationFn: activityActions.completeTask,
    onSuccess: async (answer) => {
      notify.success(`“${answer.data.title}” is done.`);
      await queryClient.invalidateQueries({ queryKey: activityKeys.tasks });
    },
    onError: (error) => notify.error(error, 'Could not mark it done'),
  });
  const task = next.data;
  const overdue = task ? new Date(task.dueAt).getTime() < Date.now() && !task.allDay : false;

  return (
    <Card withBorder radius="md" padding="md" aria-label="Next action" component="section">
      <Stack gap="xs">
        <Text size="xs" fw={600} tt="uppercase" c="dimmed">
          Next action
        </Text>
        {next.isPending ? (
          <Skeleton height={40} />
        ) : next.isError ? (
          <Text size="sm" c="red">
            Could not load the next action.
          </Text>
        ) : task ? (
          <Stack gap={2}>
            <Text fw={600} size="sm">
              {task.title}
            </Text>
            <Text size="xs" c={overdue ? 'red' : 'dimmed'}>
              Due {formatDue(task, timeZone)} · {task.assignee.name}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            None set. What happens next, and when?
          </Text>
        )}
        <Group gap="xs">
          {task ? (
            <Button size="xs" variant="default" leftSection={<IconCheck size={14} />} loading={complete.isPending} onClick={() => complete.mutate(task.id)}>
              Done
            </Button>
          ) : null}
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setSetting(true)}>
            Set next action
          </Button>
        </Group>
      </Stack>
      <TaskFormDialog opened={setting} onClose={() => setSetting(false)} record={record} heading="Set next action" />
    </Card>
  );
}
