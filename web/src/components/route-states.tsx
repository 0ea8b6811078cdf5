import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link, type ErrorComponentProps } from '@tanstack/react-router';
import { LoadError } from './page';

export function NotFound() {
  return (
    <Center mih="60vh">
      <Stack align="center" gap="xs">
        <Title order={1} size="h3">
          Page not found
        </Title>
        <Text c="dimmed" size="sm">
          There is no page at this address.
        </Text>
        <Button component={Link} to="/" variant="light">
          Go to your desk
        </Button>
      </Stack>
    </Center>
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  return <LoadError error={error} onRetry={reset} />;
}
