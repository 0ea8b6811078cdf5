import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { IconBriefcase, IconKey, IconLogout, IconMoon, IconSearch, IconUserCircle, IconUserPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { Me } from '../api/types';
import { NAV, canOpen, navEntry } from '../nav';
import { canWriteCandidates } from '../routes/candidates/roles';
import { canTakeJobs } from '../routes/jobs/search';
import { useSignOut, useThemeToggle } from './user-menu';

/** Ctrl/⌘ K: jump to any page the user may open, or run a common action. */
export function CommandPalette({ user }: { user: Me }) {
  const navigate = useNavigate();
  const handleSignOut = useSignOut();
  const theme = useThemeToggle();
  const may = (id: string) => canOpen(navEntry(id), user.role);

  const goTo: SpotlightActionData[] = NAV.filter((entry) => canOpen(entry, user.role)).map((entry) => ({
    id: `go-${entry.id}`,
    label: `Go to ${entry.label}`,
    description: entry.description,
    leftSection: <entry.icon size={18} stroke={1.6} />,
    onClick: () => void navigate({ to: entry.to }),
  }));

  const actions: SpotlightActionData[] = [
    ...(canWriteCandidates(user.role)
      ? [{ id: 'new-candidate', label: 'New candidate', description: 'Add someone the agency may place', leftSection: <IconUserPlus size={18} stroke={1.6} />, onClick: () => void navigate({ to: '/candidates/new' }) }]
      : []),
    ...(canTakeJobs(user.role)
      ? [{ id: 'new-job-order', label: 'New job order', description: 'Take in a job order for a client', leftSection: <IconBriefcase size={18} stroke={1.6} />, onClick: () => void navigate({ to: '/jobs/new' }) }]
      : []),
    ...(may('users')
      ? [{ id: 'invite-user', label: 'Invite user', description: 'Send someone an invitation to this agency', leftSection: <IconUserPlus size={18} stroke={1.6} />, onClick: () => void navigate({ to: '/admin/users', search: { invite: true } }) }]
      : []),
    ...(may('api-keys')
      ? [{ id: 'create-api-key', label: 'Create API key', description: 'A key for an integration', leftSection: <IconKey size={18} stroke={1.6} />, onClick: () => void navigate({ to: '/admin/api-keys', search: { create: true } }) }]
      : []),
    { id: 'account', label: 'Account', description: 'Your details and password', leftSection: <IconUserCircle size={18} stroke={1.6} />, onClick: () => void navigate({ to: '/account' }) },
    { id: 'theme', label: theme.isDark ? 'Switch to light theme' : 'Switch to dark theme', leftSection: <IconMoon size={18} stroke={1.6} />, onClick: theme.toggle },
    { id: 'sign-out', label: 'Sign out', leftSection: <IconLogout size={18} stroke={1.6} />, onClick: () => void handleSignOut() },
  ];

  return (
    <Spotlight
      actions={[
        { group: 'Go to', actions: goTo },
        { group: 'Actions', actions },
      ]}
      shortcut={['mod + K']}
      nothingFound="Nothing matches. Try a page name such as “Users”."
      highlightQuery
      searchProps={{ leftSection: <IconSearch size={18} stroke={1.5} />, placeholder: 'Jump to a page or run a command…', 'aria-label': 'Search pages and commands' }}
    />
  );
}
