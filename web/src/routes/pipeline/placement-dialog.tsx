import { Modal, Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCurrentUser } from '../../components/current-user';
import { LoadError } from '../../components/page';
import { type Job, fetchJob, jobKeys } from '../jobs/queries';
import { PLACEMENT_STATUS_LABELS } from '../placements/labels';
import { PlacementFormDialog } from '../placements/placement-form-dialog';
import { type OfferTerms, valuesForPlacing } from '../placements/placement-form-values';
import { fetchAcceptedOffer, fetchJobPlacements, placementKeys } from '../placements/queries';
import type { StageDialogProps } from './stage-dialogs';

function intro(name: string, job: Job, hasOffer: boolean): string {
  const openings = `${job.filledCount} of ${job.openings} openings filled`;
  const terms = hasOffer ? ' The terms start from the accepted offer.' : ' The terms start from the job order.';
  return `${name} is placed on ${job.reference} ${job.title} (${openings}): the placement starts pending and its assignment waits for the back office's approval. The candidate's status does not change.${terms}`;
}

/**
 * "Place candidate": opened when a card is dropped in the placed stage, or from the entry. Places the entry (from its
 * accepted offer when there is one), which moves it to placed and takes one of the job's openings.
 */
export function PlacementDialog({ entry, opened, onClose, onSaved }: StageDialogProps) {
  const user = useCurrentUser();
  const job = useQuery({ queryKey: jobKeys.record(entry.jobId), queryFn: () => fetchJob(entry.jobId), enabled: opened });
  const offer = useQuery({ queryKey: placementKeys.acceptedOffer(entry.entryId), queryFn: () => fetchAcceptedOffer(entry.entryId), enabled: opened });
  const fellOff = useQuery({ queryKey: placementKeys.ofJob(entry.jobId), queryFn: () => fetchJobPlacements(entry.jobId), enabled: opened });

  if (!job.isSuccess || !offer.isSuccess || !fellOff.isSuccess) {
    const failed = [job, offer, fellOff].find((query) => query.isError);
    return (
      <Modal opened={opened} onClose={onClose} title={`Place ${entry.name}`} size="xl" centered closeButtonProps={{ 'aria-label': 'Close' }}>
        {failed ? (
          <LoadError error={failed.error} onRetry={() => void failed.refetch()} />
        ) : (
          <Stack gap="sm" aria-busy="true" aria-label="Loading">
            <Skeleton height={36} />
            <Skeleton height={120} />
            <Skeleton height={80} />
          </Stack>
        )}
      </Modal>
    );
  }

  const record = job.data.data;
  const accepted = offer.data;
  const terms: OfferTerms | null = accepted
    ? { employmentType: accepted.employmentType, currency: accepted.currency, startOn: accepted.startOn, payMinor: accepted.payMinor, payUnit: accepted.payUnit, billRateMinor: accepted.billRateMinor, billRateUnit: accepted.billRateUnit, feeType: accepted.feeType, feeBp: accepted.feeBp, feeFlatMinor: accepted.feeFlatMinor }
    : null;
  // The server's default recruiter: the recruiter placing, else the job's owner.
  const recruiterId = user.role === 'recruiter' ? user.id : (record.owner?.id ?? user.id);
  const replaceOptions = fellOff.data.data
    .filter((placement) => placement.status === 'cancelled' || placement.status === 'closed')
    .map((placement) => ({ value: placement.id, label: `${placement.reference} ${placement.candidate.name} (${PLACEMENT_STATUS_LABELS[placement.status].toLowerCase()})` }));

  return (
    <PlacementFormDialog
      mode={{ kind: 'place', entryId: entry.entryId, name: entry.name, offerId: accepted?.id ?? null, replaceOptions }}
      opened={opened}
      initialValues={valuesForPlacing(record, terms, recruiterId)}
      organizationId={record.organization.id}
      currency={terms?.currency ?? record.currency}
      employmentType={terms?.employmentType ?? record.employmentType}
      intro={intro(entry.name, record, accepted !== null)}
      onClose={onClose}
      onSaved={() => onSaved()}
    />
  );
}
