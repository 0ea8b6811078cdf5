import { Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCurrentUser } from '../../components/current-user';
import { notify } from '../../components/notify';
import { ListSkeleton, LoadError, PageHeader } from '../../components/page';
import { DealLink } from '../clients/record-links';
import { JobForm } from './job-form';
import { emptyJobValues, intakeBody, nextActionBody } from './job-form-values';
import { fetchDeal, jobActions, jobKeys, pickerKeys } from './queries';

const route = getRouteApi('/app/jobs/new');

/** Take in a job order; from a deal, the deal's organization is filled in and the job links back to it. */
export function NewJobPage() {
  const { organizationId, dealId } = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const timeZone = user.timeZone ?? user.agency.timeZone;
  const deal = useQuery({ queryKey: pickerKeys.deal(dealId ?? ''), queryFn: () => fetchDeal(dealId ?? ''), enabled: Boolean(dealId) });

  if (dealId && deal.isPending) {
    return <ListSkeleton rows={10} />;
  }
  if (dealId && deal.isError) {
    return <LoadError error={deal.error} onRetry={() => void deal.refetch()} />;
  }
  const fromDeal = deal.data?.data;
  const initial = emptyJobValues({ organizationId: fromDeal?.organizationId ?? organizationId, dealId: fromDeal?.id, ownerId: user.id });

  return (
    <Stack gap={0} maw={1040}>
      <PageHeader title="New job order" description="Take in what the client needs. It starts in intake; qualify it on its page, then open it." />
      <JobForm
        initial={initial}
        isCreate
        submitLabel="Create job order"
        origin={
          fromDeal ? (
            <Text size="sm" mb="sm">
              From the deal{' '}
              <DealLink id={fromDeal.id} size="sm">
                {fromDeal.title}
              </DealLink>{' '}
              with {fromDeal.organizationName}.
            </Text>
          ) : null
        }
        onCancel={() => void navigate({ to: '/jobs' })}
        onSubmit={async (values, currencyHint) => {
          const answer = await jobActions.create({ ...intakeBody(values, currencyHint), nextAction: nextActionBody(values, timeZone) });
          queryClient.setQueryData(jobKeys.record(answer.data.id), answer);
          notify.success(`${answer.data.reference} ${answer.data.title} was taken in.`);
          void queryClient.invalidateQueries({ queryKey: jobKeys.all, refetchType: 'none' });
          await navigate({ to: '/jobs/$id', params: { id: answer.data.id } });
        }}
      />
    </Stack>
  );
}
