import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { ROLE_LABELS } from '../../../../src/shared/roles';
import { useCurrentUser } from '../../components/current-user';
import { NAV, canOpen } from '../../nav';
import { DeskTaskCounts } from '../tasks/desk-task-counts';

/** Morning, afternoon or evening where the user is. */
function greeting(timeZone: string): string {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(new Date()));
  if (hour < 12) {
    return 'Good morning';
  }
  return hour < 18 ? 'Good afternoon' : 'Good evening';
}

/** The desk: who you are here and the pages you can use today. Tasks, follow-ups and jobs arrive with those areas. */
export function DeskPage() {
  const user = useCurrentUser();
  const timeZone = user.timeZone ?? user.agency.timeZone;
  const firstName = user.name.split(/\s+/)[0] ?? user.name;
  const links = NAV.filter((entry) => entry.id !== 'desk' && entry.id !== 'tasks' && canOpen(entry, user.role));
  const today = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(new Date());

  return (
    <Stack gap="xl" maw={960}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {today}
        </Text>
        <Title order={1} size="h2">
          {greeting(timeZone)}, {firstName}
        </Title>
        <Text c="dimmed">
          You are signed in to <b>{user.agency.name}</b> as {ROLE_LABELS[user.role].toLowerCase()}.
        </Text>
      </Stack>

      <DeskTaskCounts />

      {links.length > 0 ? (
        <Stack gap="sm">
          <Title order={2} size="h5">
            What you can use
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {links.map((entry) => (
              <Card key={entry.id} withBorder padding="md" radius="md" component={Link} to={entry.to} aria-label={entry.label}>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ThemeIcon variant="light" size="lg" radius="md">
                    <entry.icon size={18} stroke={1.6} />
                  </ThemeIcon>
                  <Stack gap={2}>
                    <Text fw={600} size="sm">
                      {entry.label}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {entry.description}
                    </Text>
                  </Stack>
                </Group>
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}

      <Card withBorder radius="md" padding="md">
        <Stack gap={4}>
          <Text fw={600} size="sm">
            Your desk fills up as Fillrate grows
          </Text>
          <Text size="sm" c="dimmed">
            Candidates, jobs, clients, placements, back office and reports arrive with the next releases. Your tasks, follow-ups
            due, jobs and interviews will then be listed here.
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}
