import { Button, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { notify } from '../../components/notify';
import { LoadError } from '../../components/page';
import { type Job, fetchJob, jobKeys } from '../jobs/queries';
import { OFFER_STATUS_LABELS } from '../offers/labels';
import { OfferFormFields, type OfferValues, offerTerms, offerValuesFromJob, showOfferErrors, validateOffer } from '../offers/offer-form';
import { OfferPanel } from '../offers/offer-panel';
import { type Offer, fetchEntryOffers, fetchOffer, offerActions, offerKeys } from '../offers/queries';
import type { StageDialogProps } from './stage-dialogs';

const LIVE_STATUSES: readonly string[] = ['draft', 'extended', 'accepted'];

function Loading({ title, error, onClose, onRetry }: { title: string; error: unknown; onClose: () => void; onRetry: () => void }) {
  return (
    <Modal opened onClose={onClose} title={title} size="xl" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      {error ? (
        <LoadError error={error} onRetry={onRetry} />
      ) : (
        <Stack gap="sm" aria-busy="true" aria-label="Loading">
          <Skeleton height={36} />
          <Skeleton height={120} />
        </Stack>
      )}
    </Modal>
  );
}

type CreateOfferProps = { entryId: string; name: string; job: Job; earlier: Offer[]; onClose: () => void; onCreated: (offerId: string) => void };

/** A new draft offer, its terms starting from the job order's. */
function CreateOfferForm({ entryId, name, job, earlier, onClose, onCreated }: CreateOfferProps) {
  const queryClient = useQueryClient();
  const form = useForm<OfferValues>({ mode: 'controlled', initialValues: offerValuesFromJob(job), validate: validateOffer });
  const create = useMutation({
    mutationFn: (values: OfferValues) => offerActions.create({ entryId, employmentType: values.employmentType, currency: values.currency, ...offerTerms(values) }),
    onSuccess: (answer) => {
      notify.success(`Draft offer to ${name} saved: extend it when the client has approved it.`);
      queryClient.setQueryData(offerKeys.record(answer.data.id), answer);
      void queryClient.invalidateQueries({ queryKey: offerKeys.all });
      onCreated(answer.data.id);
    },
    onError: (error) => showOfferErrors(form, error),
  });
  const past = earlier.map((offer) => `${OFFER_STATUS_LABELS[offer.status].toLowerCase()}${offer.reason ? ` (${offer.reason})` : ''}`);
  return (
    <FormDialog opened onClose={onClose} title={`Make an offer to ${name}`} size="xl" onSubmit={form.onSubmit((values) => create.mutate(values))} submitLabel="Save draft offer" isPending={create.isPending}>
      <Text size="sm">{`For ${job.reference} ${job.title} at ${job.organization.name}. The offer starts as a draft: record the client's approval, extend it, then the candidate's answer. Saving moves ${name} to the job's offer stage.`}</Text>
      {past.length > 0 ? (
        <Text size="sm" c="dimmed">
          Earlier offers on this job: {past.join(', ')}.
        </Text>
      ) : null}
      <OfferFormFields form={form} isTypeEditable />
    </FormDialog>
  );
}

/**
 * "Make offer": opened when a card is dropped into an offer stage, or from the entry. With no open offer it makes a
 * draft; then (or when the entry already has one) it shows the offer with its status actions, client approval,
 * counter-offers and the history of its terms. Closing after any change counts as saved (the board reloads).
 */
export function OfferDialog({ entry, opened, onClose, onSaved }: StageDialogProps) {
  const job = useQuery({ queryKey: jobKeys.record(entry.jobId), queryFn: () => fetchJob(entry.jobId), enabled: opened });
  const offers = useQuery({ queryKey: offerKeys.ofEntry(entry.entryId), queryFn: () => fetchEntryOffers(entry.entryId), enabled: opened });
  const [createdId, setCreatedId] = useState<string | null>(null);
  const liveId = createdId ?? offers.data?.data.find((offer) => LIVE_STATUSES.includes(offer.status))?.id ?? null;
  const live = useQuery({ queryKey: offerKeys.record(liveId ?? ''), queryFn: () => fetchOffer(liveId ?? ''), enabled: opened && liveId !== null });
  // The version first seen: a different one on closing means something was saved here.
  const [openedVersion, setOpenedVersion] = useState<number | null>(null);
  if (live.data && openedVersion === null) {
    setOpenedVersion(live.data.data.version);
  }
  const title = `Offer to ${entry.name}`;

  function handleClose() {
    const changed = createdId !== null || (live.data !== undefined && openedVersion !== live.data.data.version);
    if (changed) {
      onSaved();
    } else {
      onClose();
    }
  }

  if (!opened) {
    return null;
  }
  if (!job.isSuccess || !offers.isSuccess || (liveId !== null && !live.isSuccess)) {
    const failed = [job, offers, live].find((query) => query.isError);
    return <Loading title={title} error={failed?.error ?? null} onClose={onClose} onRetry={() => void failed?.refetch()} />;
  }
  if (liveId === null || !live.data) {
    return <CreateOfferForm entryId={entry.entryId} name={entry.name} job={job.data.data} earlier={offers.data.data} onClose={onClose} onCreated={setCreatedId} />;
  }
  return (
    <Modal opened onClose={handleClose} title={title} size="xl" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="sm">
        {createdId === null ? <Text size="sm">{`${entry.name} already has ${live.data.data.status === 'draft' ? 'a' : 'an'} ${OFFER_STATUS_LABELS[live.data.data.status].toLowerCase()} offer on this job: a new one can be made only once it is declined or withdrawn.`}</Text> : null}
        <OfferPanel record={live.data} defaultApprover={job.data.data.contact?.name ?? ''} />
        <Group justify="flex-end">
          <Button variant="default" onClick={handleClose}>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
