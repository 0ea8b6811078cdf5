import { Badge, Button, Code, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { BackgroundJob } from '../../../api/types';
import { useFormat } from '../../../components/format';
import { notify } from '../../../components/notify';
import { pickOption } from '../../../components/options';
import { ListTable } from '../../../components/list-table';
import { Empty, PageHeader } from '../../../components/page';

const STATES = ['failed', 'retry', 'created', 'active', 'completed'] as const;
type JobState = (typeof STATES)[number];
const STATE_LABELS: Record<JobState, string> = { failed: 'Failed', retry: 'Retrying', created: 'Queued', active: 'Running', completed: 'Completed' };
const EMPTY_TEXT: Record<JobState, string> = {
  failed: 'No failed jobs. When background work (such as sending a mail) fails after its retries, it shows here with its error so you can run it again.',
  retry: 'Nothing is waiting to be retried.',
  created: 'Nothing is queued.',
  active: 'Nothing is running right now.',
  completed: 'No completed jobs are kept at the moment.',
};

function stateLabel(state: string): string {
  const known = pickOption(STATES, state);
  return known ? STATE_LABELS[known] : state;
}

/** Background work by state; failed jobs show their error and can be run again. */
export function JobsPage() {
  const format = useFormat();
  const queryClient = useQueryClient();
  const [state, setState] = useState<JobState>('failed');
  const jobs = useQuery({ queryKey: ['background-jobs', state], queryFn: () => unwrap(api.GET('/api/background-jobs', { params: { query: { state, limit: 100 } } })) });

  const retry = useMutation({
    mutationFn: (job: BackgroundJob) => unwrap(api.POST('/api/background-jobs/{id}/retry', { params: { path: { id: job.id } }, body: {} })),
    onSuccess: async (answer) => {
      notify.success(`${answer.data.name} will run again shortly.`, 'Job queued again');
      await queryClient.invalidateQueries({ queryKey: ['background-jobs'] });
    },
    onError: (error) => notify.error(error),
  });

  return (
    <Stack gap={0}>
      <PageHeader title="Background jobs" description="Work Fillrate does behind the scenes, such as sending mail." />
      <SegmentedControl
        aria-label="Job state"
        mb="sm"
        size="xs"
        w="fit-content"
        value={state}
        onChange={(value) => setState(pickOption(STATES, value) ?? 'failed')}
        data={STATES.map((value) => ({ value, label: STATE_LABELS[value] }))}
      />
      <ListTable<BackgroundJob>
        query={jobs}
          aria-label="Background jobs"
          records={jobs.data?.data ?? []}
          fetching={jobs.isFetching}
          columns={[
            { accessor: 'name', title: 'Job', render: (job) => <Code>{job.name}</Code> },
            {
              accessor: 'state',
              title: 'State',
              render: (job) => (
                <Badge variant="light" color={job.state === 'failed' ? 'red' : 'gray'} radius="sm">
                  {stateLabel(job.state)}
                </Badge>
              ),
            },
            { accessor: 'retryCount', title: 'Retries' },
            { accessor: 'error', title: 'Error', render: (job) => (job.error ? <Text size="xs" c="red" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{job.error}</Text> : '—') },
            { accessor: 'createdAt', title: 'Created', render: (job) => format.dateTime(job.createdAt) },
            {
              accessor: 'actions',
              title: 'Action',
              textAlign: 'right',
              render: (job) =>
                job.state === 'failed' || job.state === 'retry' ? (
                  <Button size="compact-xs" variant="light" leftSection={<IconRefresh size={13} />} loading={retry.isPending && retry.variables.id === job.id} onClick={() => retry.mutate(job)} aria-label={`Retry ${job.name}`}>
                    Retry
                  </Button>
                ) : null,
            },
          ]}
          emptyState={<Empty title={`No ${STATE_LABELS[state].toLowerCase()} jobs`}>{EMPTY_TEXT[state]}</Empty>}
      />
    </Stack>
  );
}
