import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type AuthFrameProps = { title: string; subtitle?: ReactNode; children: ReactNode };

/** The centred card the sign-in and invitation pages share. */
export function AuthFrame({ title, subtitle, children }: AuthFrameProps) {
  return (
    <Center mih="100vh" p="md" component="main">
      <Stack w="100%" maw={400} gap="lg">
        <Text fw={700} size="xl" c="var(--fillrate-brand)" ta="center">
          Fillrate
        </Text>
        <Paper withBorder radius="lg" p="xl" shadow="xs">
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} size="h3">
                {title}
              </Title>
              {subtitle ? (
                <Text size="sm" c="dimmed">
                  {subtitle}
                </Text>
              ) : null}
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
