import { Anchor, Badge, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCurrentUser } from '../../components/current-user';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { Empty, ListSkeleton, LoadError, PageHeader } from '../../components/page';
import { type MyTasks, type Task, activityActions, activityKeys, fetchMyTasks, recordHref } from '../../components/record-activity/queries';
import { TaskFormDialog } from '../../components/record-activity/task-form-dialog';
import { formatDue } from '../../components/record-activity/zoned-time';

type TaskGroupKey = 'overdue' | 'today' | 'upcoming';
const GROUPS: { key: TaskGroupKey; title: string; empty: string; color: string }[] = [
  { key: 'overdue', title: 'Overdue', empty: 'Nothing overdue.', color: 'red' },
  { key: 'today', title: 'Today', empty: 'Nothing due today.', color: 'indigo' },
  { key: 'upcoming', title: 'Upcoming', empty: 'Nothing coming up.', color: 'gray' },
];

const without = (tasks: MyTasks, id: string): MyTasks => ({
  ...tasks,
  overdue: tasks.overdue.filter((task) => task.id !== id),
  today: tasks.today.filter((task) => task.id !== id),
  upcoming: tasks.upcoming.filter((task) => task.id !== id),
});

type TaskLineProps = { task: Task; canComplete: boolean; onComplete: (task: Task) => void; overdue: boolean };

function TaskLine({ task, canComplete, onComplete, overdue }: TaskLineProps) {
  const { timeZone } = useFormat();
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start" py={6}>
      <Checkbox mt={2} aria-label={`Complete ${task.title}`} checked={false} disabled={!canComplete} onChange={() => onComplete(task)} />
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" fw={500}>
          {task.title}
        </Text>
        <Group gap={6}>
          <Text size="xs" c={overdue ? 'red' : 'dimmed'}>
            {formatDue(task, timeZone)}
          </Text>
          {task.related ? (
            <Anchor href={recordHref(task.related)} size="xs">
              {task.related.label}
            </Anchor>
          ) : null}
        </Group>
        {task.notes ? (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {task.notes}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}

/** My open tasks: overdue, due today (the agency's date) and upcoming; ticking one completes it at once. */
export function MyTasksPage() {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const mine = useQuery({ queryKey: activityKeys.mine, queryFn: fetchMyTasks });
  const canWrite = user.role !== 'back_office';
  const complete = useMutation({
    mutationFn: (task: Task) => activityActions.completeTask(task.id),
    // The task leaves the list at once; if the server refuses, it comes back.
    onMutate: async (task) => {
      await queryClient.cancelQueries({ queryKey: activityKeys.mine });
      const previous = queryClient.getQueryData<MyTasks>(activityKeys.mine);
      if (previous) {
        queryClient.setQueryData<MyTasks>(activityKeys.mine, without(previous, task.id));
      }
      return { previous };
    },
    onError: (error, _task, context) => {
      if (context?.previous) {
        queryClient.setQueryData(activityKeys.mine, context.previous);
      }
      notify.error(error, 'Could not complete the task');
    },
    onSuccess: (answer) => notify.success(`“${answer.data.title}” is done.`),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: activityKeys.tasks });
    },
  });

  return (
    <Stack gap="md" maw={960}>
      <PageHeader
        title="My tasks"
        description={mine.data ? `Today is ${new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${mine.data.date}T12:00:00Z`))} (${mine.data.timeZone}).` : undefined}
        actions={
          canWrite ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              New task
            </Button>
          ) : null
        }
      />
      {mine.isPending ? (
        <ListSkeleton />
      ) : mine.isError ? (
        <LoadError error={mine.error} onRetry={() => void mine.refetch()} />
      ) : mine.data.overdue.length + mine.data.today.length + mine.data.upcoming.length === 0 ? (
        <Card withBorder radius="md">
          <Empty title="No open tasks" action={canWrite ? <Button variant="light" onClick={() => setCreating(true)}>New task</Button> : undefined}>
            Tasks you add, and next actions set on clients and jobs for you, are listed here by when they are due.
          </Empty>
        </Card>
      ) : (
        GROUPS.map((group) => {
          const tasks = mine.data[group.key];
          return (
            <Card key={group.key} withBorder radius="md" padding="md" component="section" aria-labelledby={`tasks-${group.key}`}>
              <Group gap="xs" mb={4}>
                <Title order={2} size="h5" id={`tasks-${group.key}`}>
                  {group.title}
                </Title>
                <Badge variant="light" color={group.color} radius="sm" aria-label={`${tasks.length} ${group.title.toLowerCase()}`}>
                  {tasks.length}
                </Badge>
              </Group>
              {tasks.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {group.empty}
                </Text>
              ) : (
                <Stack component="ul" gap={0} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {tasks.map((task) => (
                    <TaskLine key={task.id} task={task} canComplete={canWrite} onComplete={(done) => complete.mutate(done)} overdue={group.key === 'overdue'} />
                  ))}
                </Stack>
              )}
            </Card>
          );
        })
      )}
      <TaskFormDialog opened={creating} onClose={() => setCreating(false)} record={null} heading="New task" />
    </Stack>
  );
}
