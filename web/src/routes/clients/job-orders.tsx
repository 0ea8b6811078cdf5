import { Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { clientKeys, fetchJobsOf } from './queries';
import { JobLink } from './record-links';

const STATUS_ORDER = ['intake', 'qualified', 'open', 'on_hold', 'filled', 'closed', 'cancelled'];
const statusLabel = (status: string) => status.charAt(0).toUpperCase() + status.slice(1).replace('_', ' ');

type JobOrdersByStatusProps = { filter: { organizationId?: string; dealId?: string } };

/** The job orders of an organization or deal, grouped by status; quiet when the job-orders area cannot answer. */
export function JobOrdersByStatus({ filter }: JobOrdersByStatusProps) {
  const jobs = useQuery({ queryKey: clientKeys.jobsOf(filter), queryFn: () => fetchJobsOf(filter), retry: false });
  if (jobs.isPending) {
    return <Text size="sm" c="dimmed">Loading job orders…</Text>;
  }
  if (jobs.isError) {
    return <Text size="sm" c="dimmed">Job orders could not be loaded.</Text>;
  }
  if (jobs.data.data.length === 0) {
    return <Text size="sm" c="dimmed">No job orders yet.</Text>;
  }
  const statuses = [...new Set(jobs.data.data.map((job) => job.status))].sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b));
  return (
    <Stack gap="sm">
      {statuses.map((status) => {
        const inStatus = jobs.data.data.filter((job) => job.status === status);
        return (
          <Stack key={status} gap={4}>
            <Group gap="xs">
              <Badge variant="light" radius="sm">
                {statusLabel(status)}
              </Badge>
              <Text size="xs" c="dimmed">
                {inStatus.length}
              </Text>
            </Group>
            {inStatus.map((job) => (
              <JobLink key={job.id} id={job.id} size="sm">
                {job.reference} · {job.title}
              </JobLink>
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
