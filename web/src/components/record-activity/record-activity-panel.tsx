import { Button, Card, Divider, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ActivityComposer } from './activity-composer';
import type { RecordRef } from './queries';
import { TaskFormDialog } from './task-form-dialog';
import { TimelineList } from './timeline-list';

export type RecordActivityPanelProps = { record: RecordRef };

/** A record's activity: log a note, call, email, meeting or message, add a task, and read the timeline. */
export function RecordActivityPanel({ record }: RecordActivityPanelProps) {
  const [addingTask, setAddingTask] = useState(false);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Activity">
      <Stack gap="md">
        <Group justify="space-between">
          <Text fw={600}>Activity</Text>
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setAddingTask(true)}>
            Add task
          </Button>
        </Group>
        <ActivityComposer record={record} />
        <Divider />
        <TimelineList record={record} />
      </Stack>
      <TaskFormDialog opened={addingTask} onClose={() => setAddingTask(false)} record={record} heading="Add task" />
    </Card>
  );
}
