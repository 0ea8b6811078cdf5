import { Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { useCurrentUser } from '../../components/current-user';
import { notify } from '../../components/notify';
import { ApplyJobRatesDialog } from '../assignments/apply-job-rates-dialog';
import { isBackOffice } from '../placements/roles';
import { ListSkeleton, LoadError, PageHeader } from '../../components/page';
import { JobForm } from './job-form';
import { intakeBody, jobValues } from './job-form-values';
import { fetchJob, jobActions, jobKeys } from './queries';

const route = getRouteApi('/app/jobs/$id/edit');

/** Edit a job order's intake; sends the version it was opened with so a colleague's change is not overwritten. */
export function EditJobPage() {
  const { id } = route.useParams();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const job = useQuery({ queryKey: jobKeys.record(id), queryFn: () => fetchJob(id) });
  const user = useCurrentUser();
  const [offerRates, setOfferRates] = useState(false);
  const toJob = () => void navigate({ to: '/jobs/$id', params: { id } });

  if (job.isPending) {
    return <ListSkeleton rows={10} />;
  }
  if (job.isError) {
    return <LoadError error={job.error} onRetry={() => void job.refetch()} />;
  }
  const record = job.data.data;
  return (
    <Stack gap={0} maw={1040}>
      <PageHeader title={`Edit ${record.reference} ${record.title}`} description="Changes are recorded in the job's history." />
      <JobForm
        key={`${record.id}:${record.version}`}
        initial={jobValues(record)}
        isCreate={false}
        submitLabel="Save changes"
        onCancel={toJob}
        onReload={() => void job.refetch()}
        onSubmit={async (values, currencyHint) => {
          const answer = await jobActions.update(id, { version: record.version, ...intakeBody(values, currencyHint) });
          queryClient.setQueryData(jobKeys.record(id), answer);
          notify.success(`${answer.data.reference} was saved.`);
          void queryClient.invalidateQueries({ queryKey: jobKeys.all, refetchType: 'none' });
          // A new bill rate is offered to the job's open assignments (the back office applies it; others leave it a task).
          if (isBackOffice(user.role) && (answer.data.billRateMinor !== record.billRateMinor || answer.data.billRateUnit !== record.billRateUnit)) {
            setOfferRates(true);
            return;
          }
          toJob();
        }}
      />
      <ApplyJobRatesDialog
        jobId={id}
        jobLabel={`${record.reference} ${record.title}`}
        opened={offerRates}
        onClose={() => {
          setOfferRates(false);
          toJob();
        }}
      />
    </Stack>
  );
}
