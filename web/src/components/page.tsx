import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/errors';

type PageHeaderProps = { title: string; description?: ReactNode; actions?: ReactNode };

/** The title row every page starts with: what the page is, one line on it, and its main actions. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
      <Stack gap={2}>
        <Title order={1} size="h3" fw={600}>
          {title}
        </Title>
        {description ? (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="xs">{actions}</Group> : null}
    </Group>
  );
}

type LoadErrorProps = { error: unknown; onRetry?: () => void };

/** Shown where a list or record could not be loaded, with a way to try again. */
export function LoadError({ error, onRetry }: LoadErrorProps) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="Could not load this">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry ? (
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** Rows of skeleton while a list loads: never a blank screen. */
export function ListSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <Stack gap={6} aria-busy="true" aria-label="Loading">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={30} radius="sm" />
      ))}
    </Stack>
  );
}

type EmptyProps = { title: string; children: ReactNode; action?: ReactNode };

/** An empty list says what would be here and what to do. */
export function Empty({ title, children, action }: EmptyProps) {
  return (
    <Stack align="center" gap={6} py="xl" px="md" ta="center">
      <Text fw={600}>{title}</Text>
      <Text size="sm" c="dimmed" maw={460}>
        {children}
      </Text>
      {action}
    </Stack>
  );
}
