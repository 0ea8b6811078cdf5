import { Badge, Paper, Select, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CLIENT_WRITER_ROLES, CONTACT_STATUS_LABELS, type ContactStatus, ORGANIZATION_STATUS_LABELS, type OrganizationStatus } from '../../../../src/shared/clients';
import { useCurrentUser } from '../../components/current-user';
import { teamQuery } from '../../api/team';
import { clientKeys, fetchDealStages } from './queries';

const ORGANIZATION_COLORS: Record<OrganizationStatus, string> = { prospect: 'blue', active: 'teal', inactive: 'gray' };

export const OrganizationStatusBadge = ({ status }: { status: OrganizationStatus }) => (
  <Badge variant="dot" color={ORGANIZATION_COLORS[status]} radius="sm">
    {ORGANIZATION_STATUS_LABELS[status]}
  </Badge>
);

export const ContactStatusBadge = ({ status }: { status: ContactStatus }) => (
  <Badge variant="dot" color={status === 'active' ? 'teal' : 'gray'} radius="sm">
    {CONTACT_STATUS_LABELS[status]}
  </Badge>
);

export const ORGANIZATION_STATUS_OPTIONS = Object.entries(ORGANIZATION_STATUS_LABELS).map(([value, label]) => ({ value, label }));
export const CONTACT_STATUS_OPTIONS = Object.entries(CONTACT_STATUS_LABELS).map(([value, label]) => ({ value, label }));

/** Whether the signed-in person may create client records (the records themselves carry their own abilities). */
export function useCanWriteClients(): boolean {
  const user = useCurrentUser();
  return CLIENT_WRITER_ROLES.some((role) => role === user.role);
}

/** Everyone who may own a client record, as select options. */
export function useOwnerOptions() {
  const team = useQuery(teamQuery);
  return (team.data?.data ?? []).map((member) => ({ value: member.id, label: member.name }));
}

/** A list's owner filter: anyone who may own a client record; empty means any owner. */
export function OwnerFilter({ value, onChange }: { value: string | undefined; onChange: (value: string | undefined) => void }) {
  const owners = useOwnerOptions();
  return <Select aria-label="Owner" placeholder="Any owner" data={owners} value={value ?? null} onChange={(next) => onChange(next ?? undefined)} clearable searchable w={180} />;
}

/** The agency's deal stages in board order. */
export function useDealStages() {
  return useQuery({ queryKey: clientKeys.dealStages, queryFn: fetchDealStages, staleTime: 60_000 });
}

/** A titled block of a record page. */
export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Stack gap={0} style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center' }}>
          <Title order={2} size="h5" fw={600}>
            {title}
          </Title>
          {actions}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
