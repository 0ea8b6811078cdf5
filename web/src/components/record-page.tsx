import { Button, Grid, Skeleton, Stack } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { LoadError } from './page';

type RecordQuery = { isPending: boolean; error: unknown; refetch: () => unknown };

/** What a record page shows until its record is there: a skeleton while it loads, the error with a retry if it failed. */
export function RecordFallback({ query }: { query: RecordQuery }) {
  if (query.isPending) {
    return <Skeleton height={300} />;
  }
  return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
}

type RecordLayoutProps = { main: ReactNode; aside: ReactNode };

/** A record page's body: the record's sections on the left, key facts and next steps in a rail on the right. */
export function RecordLayout({ main, aside }: RecordLayoutProps) {
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="md">{main}</Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="md">{aside}</Stack>
      </Grid.Col>
    </Grid>
  );
}

/** The header's Edit button of a record the caller may update. */
export function EditButton({ onClick }: { onClick: () => void }) {
  return (
    <Button variant="default" leftSection={<IconEdit size={16} />} onClick={onClick}>
      Edit
    </Button>
  );
}
