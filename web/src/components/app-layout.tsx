import { AppShell, Burger, Group, Kbd, NavLink, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import { Suspense, lazy, useEffect } from 'react';
import { sessionQuery } from '../api/session';
import { NAV, SECTION_LABELS, type NavEntry, type NavSection, canOpen } from '../nav';
import { CurrentUserProvider } from './current-user';
import { GlobalSearch } from './global-search';
import { ListSkeleton } from './page';
import { UserMenu } from './user-menu';

// The palette is not needed for the first paint; it loads right after.
const CommandPalette = lazy(() => import('./command-palette').then((module) => ({ default: module.CommandPalette })));

const SHORTCUT = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘ K' : 'Ctrl K';

const isActive = (entry: NavEntry, pathname: string) => (entry.to === '/' ? pathname === '/' : pathname.startsWith(entry.to));

function Navigation({ entries, onNavigate }: { entries: NavEntry[]; onNavigate: () => void }) {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const sections = [...new Set(entries.map((entry) => entry.section))];
  const inSection = (section: NavSection) => entries.filter((entry) => entry.section === section);
  return (
    <Stack gap="md" component="nav" aria-label="Main">
      {sections.map((section) => (
        <Stack key={section} gap={2}>
          {SECTION_LABELS[section] ? (
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" mb={2}>
              {SECTION_LABELS[section]}
            </Text>
          ) : null}
          {inSection(section).map((entry) => (
            <NavLink
              key={entry.id}
              label={entry.label}
              leftSection={<entry.icon size={17} stroke={1.6} />}
              active={isActive(entry, pathname)}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
              renderRoot={(props) => <Link to={entry.to} {...props} onClick={onNavigate} />}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

/** The signed-in frame: header with the agency and the user menu, the navigation on the left, the page on the right. */
export function AppLayout() {
  const session = useQuery(sessionQuery);
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  useEffect(close, [pathname, close]);

  if (session.data === null) {
    return <Navigate to="/login" />;
  }
  if (!session.data) {
    return <ListSkeleton />;
  }
  const user = session.data;
  const entries = NAV.filter((entry) => canOpen(entry, user.role));

  return (
    <CurrentUserProvider value={user}>
      <AppShell header={{ height: 52 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? 'Close navigation' : 'Open navigation'} />
              <Text fw={700} size="lg" c="var(--fillrate-brand)" component={Link} to="/" aria-label="Fillrate, go to your desk">
                Fillrate
              </Text>
              <Text c="dimmed" size="sm" visibleFrom="xs" truncate>
                {user.agency.name}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Group visibleFrom="sm">
                <GlobalSearch />
              </Group>
              <UnstyledButton
                onClick={() => spotlight.open()}
                aria-label="Search and commands"
                visibleFrom="sm"
                px="sm"
                py={6}
                style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}
              >
                <Group gap="xs" wrap="nowrap">
                  <IconSearch size={15} stroke={1.6} />
                  <Text size="sm" c="dimmed">
                    Jump to…
                  </Text>
                  <Kbd size="xs">{SHORTCUT}</Kbd>
                </Group>
              </UnstyledButton>
              <UserMenu user={user} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <AppShell.Section grow component={ScrollArea}>
            <Navigation entries={entries} onNavigate={close} />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main>
          <Outlet />
        </AppShell.Main>
        <Suspense fallback={null}>
          <CommandPalette user={user} />
        </Suspense>
      </AppShell>
    </CurrentUserProvider>
  );
}
