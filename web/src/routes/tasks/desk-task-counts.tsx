import { Card, Group, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { activityKeys, fetchMyTasks } from '../../components/record-activity/queries';

/** On the desk: how many of my tasks are overdue and due today, linking to My tasks. */
export function DeskTaskCounts() {
  const mine = useQuery({ queryKey: activityKeys.mine, queryFn: fetchMyTasks });
  return (
    <Card withBorder padding="md" radius="md" component={Link} to="/tasks" aria-label="My tasks" maw={420}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size="lg" radius="md" color={mine.data && mine.data.overdue.length > 0 ? 'red' : 'indigo'}>
          <IconChecklist size={18} stroke={1.6} />
        </ThemeIcon>
        <Stack gap={2}>
          <Text fw={600} size="sm">
            My tasks
          </Text>
          {mine.data ? (
            <Text size="sm" c="dimmed">
              <Text span c={mine.data.overdue.length > 0 ? 'red' : undefined} fw={600} inherit>
                {mine.data.overdue.length} overdue
              </Text>
              {' · '}
              <Text span fw={600} inherit>
                {mine.data.today.length} due today
              </Text>
              {` · ${mine.data.upcoming.length} upcoming`}
            </Text>
          ) : mine.isError ? (
            <Text size="sm" c="dimmed">
              Could not load your tasks.
            </Text>
          ) : (
            <Skeleton height={16} width={180} />
          )}
        </Stack>
      </Group>
    </Card>
  );
}
