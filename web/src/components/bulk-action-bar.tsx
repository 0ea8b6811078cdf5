import { Button, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

type BulkActionBarProps = { count: number; onClear: () => void; children: ReactNode };

/** Above a list with selected rows: how many, "Clear selection", and the actions that apply to all of them. */
export function BulkActionBar({ count, onClear, children }: BulkActionBarProps) {
  return (
    <Paper withBorder radius="md" px="sm" py={6} mb="sm" role="region" aria-label="Bulk actions">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {count} selected
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onClear}>
            Clear selection
          </Button>
          {children}
        </Group>
      </Group>
    </Paper>
  );
}
