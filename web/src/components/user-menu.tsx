import { Avatar, Group, Menu, Text, UnstyledButton, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconChevronDown, IconLogout, IconMoon, IconSun, IconUserCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { ROLE_LABELS } from '../../../src/shared/roles';
import { signOut } from '../api/session';
import type { Me } from '../api/types';
import { notify } from './notify';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** Signs out here and everywhere this tab knows about; used by the menu and the command palette. */
export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    try {
      await signOut(queryClient);
    } catch (error) {
      notify.error(error, 'Sign-out did not reach the server');
    }
    await navigate({ to: '/login' });
  };
}

export function useThemeToggle(): { isDark: boolean; toggle: () => void } {
  const { setColorScheme } = useMantineColorScheme();
  const isDark = useComputedColorScheme('light') === 'dark';
  return { isDark, toggle: () => setColorScheme(isDark ? 'light' : 'dark') };
}

export function UserMenu({ user }: { user: Me }) {
  const navigate = useNavigate();
  const handleSignOut = useSignOut();
  const theme = useThemeToggle();
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${user.name}`}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={28} radius="xl" color="indigo">
              {initials(user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm">
              {user.name}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {user.email} · {ROLE_LABELS[user.role]}
        </Menu.Label>
        <Menu.Item leftSection={<IconUserCircle size={16} />} onClick={() => void navigate({ to: '/account' })}>
          Account
        </Menu.Item>
        <Menu.Item leftSection={theme.isDark ? <IconSun size={16} /> : <IconMoon size={16} />} onClick={theme.toggle}>
          {theme.isDark ? 'Light theme' : 'Dark theme'}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void handleSignOut()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
