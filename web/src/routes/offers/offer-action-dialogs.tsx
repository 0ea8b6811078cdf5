import { Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/errors';
import { useCurrentUser } from '../../components/current-user';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { pickOption } from '../../components/options';
import { dateIn, zonedToInstant } from '../../components/record-activity/zoned-time';
import { StaleAlert } from '../../components/stale-alert';
import { OfferFormFields, type OfferValues, offerTerms, offerValues, showOfferErrors, validateOffer } from './offer-form';
import { OFFER_STATUS_LABELS, type OfferParty, PARTY_LABELS, payText } from './labels';
import { type OfferDetail, type OfferRecord, offerActions, offerKeys } from './queries';

/** Every offer action answers with the offer: its record is replaced, lists and boards reload. */
export function useOfferRefresh() {
  const queryClient = useQueryClient();
  return (answer: OfferRecord) => {
    queryClient.setQueryData(offerKeys.record(answer.data.id), answer);
    void queryClient.invalidateQueries({ queryKey: offerKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['pipeline'] });
  };
}

/** A day typed in a form as the instant the API takes: now for today (never in the future), else noon of that day. */
function pastInstant(date: string, timeZone: string): string | undefined {
  return date === dateIn(new Date(), timeZone) ? undefined : zonedToInstant(date, '12:00', timeZone);
}

type OfferDialogProps = { offer: OfferDetail; onClose: () => void };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Declined by the candidate, or withdrawn by the agency: a reason either way. */
export function OfferReasonDialog({ offer, action, onClose }: OfferDialogProps & { action: 'decline' | 'withdraw' }) {
  const refresh = useOfferRefresh();
  const form = useForm({ mode: 'controlled', initialValues: { reason: '' }, validate: { reason: (value) => (value.trim() === '' ? 'Give the reason' : null) } });
  const save = useSaveState(form, onClose);
  const isDecline = action === 'decline';
  const mutation = useMutation({
    mutationFn: (reason: string) => (isDecline ? offerActions.decline(offer.id, offer.version, reason) : offerActions.withdraw(offer.id, offer.version, reason)),
    onSuccess: (answer) => {
      notify.success(`The offer to ${answer.data.candidate.name} is ${OFFER_STATUS_LABELS[answer.data.status].toLowerCase()}.`);
      refresh(answer);
      save.close();
    },
    onError: save.handleError,
  });
  return (
    <FormDialog
      opened
      onClose={save.close}
      title={isDecline ? `${offer.candidate.name} declined the offer` : `Withdraw the offer to ${offer.candidate.name}`}
      onSubmit={form.onSubmit(({ reason }) => mutation.mutate(reason.trim()))}
      submitLabel={isDecline ? 'Record decline' : 'Withdraw offer'}
      isPending={mutation.isPending}
      isSubmitDisabled={save.isStale}
    >
      <Text size="sm">{isDecline ? 'The offer becomes declined and can no longer change; a new offer can be made afterwards.' : 'The offer becomes withdrawn and can no longer change; a new offer can be made afterwards.'}</Text>
      {save.isStale ? <StaleAlert message={save.staleMessage} onReload={save.close} /> : null}
      <Textarea label="Reason" required autosize minRows={2} maxRows={5} data-autofocus {...form.getInputProps('reason')} />
    </FormDialog>
  );
}

/** The candidate's acceptance, with the day they accepted (today unless told). */
export function AcceptOfferDialog({ offer, onClose }: OfferDialogProps) {
  const user = useCurrentUser();
  const timeZone = user.timeZone ?? user.agency.timeZone;
  const refresh = useOfferRefresh();
  const form = useForm({ mode: 'controlled', initialValues: { acceptedOn: dateIn(new Date(), timeZone) }, validate: { acceptedOn: (value) => (DAY.test(value) ? null : 'Choose the day') } });
  const save = useSaveState(form, onClose);
  const mutation = useMutation({
    mutationFn: (acceptedOn: string) => offerActions.accept(offer.id, offer.version, pastInstant(acceptedOn, timeZone)),
    onSuccess: (answer) => {
      notify.success(`${answer.data.candidate.name} accepted the offer.`);
      refresh(answer);
      save.close();
    },
    onError: save.handleError,
  });
  return (
    <FormDialog opened onClose={save.close} title={`${offer.candidate.name} accepts the offer`} onSubmit={form.onSubmit(({ acceptedOn }) => mutation.mutate(acceptedOn))} submitLabel="Record acceptance" isPending={mutation.isPending} isSubmitDisabled={save.isStale}>
      <Text size="sm">{`The offer (${payText(offer, offer.currency)}) becomes accepted and can no longer change. Placing ${offer.candidate.name} then starts from its terms.`}</Text>
      {save.isStale ? <StaleAlert message={save.staleMessage} onReload={save.close} /> : null}
      <TextInput type="date" label="Accepted on" required {...form.getInputProps('acceptedOn')} />
    </FormDialog>
  );
}

/** Who at the client approved the offer, and when. */
export function ClientApprovalDialog({ offer, defaultApprover, onClose }: OfferDialogProps & { defaultApprover: string }) {
  const user = useCurrentUser();
  const timeZone = user.timeZone ?? user.agency.timeZone;
  const refresh = useOfferRefresh();
  const form = useForm({
    mode: 'controlled',
    initialValues: { approvedBy: defaultApprover, approvedOn: dateIn(new Date(), timeZone) },
    validate: { approvedBy: (value) => (value.trim() === '' ? 'Who approved it' : null), approvedOn: (value) => (DAY.test(value) ? null : 'Choose the day') },
  });
  const save = useSaveState(form, onClose);
  const mutation = useMutation({
    mutationFn: ({ approvedBy, approvedOn }: { approvedBy: string; approvedOn: string }) => offerActions.approve(offer.id, offer.version, approvedBy.trim(), pastInstant(approvedOn, timeZone)),
    onSuccess: (answer) => {
      notify.success(`Client approval of the offer to ${answer.data.candidate.name} recorded.`);
      refresh(answer);
      save.close();
    },
    onError: save.handleError,
  });
  return (
    <FormDialog opened onClose={save.close} title="Record the client's approval" onSubmit={form.onSubmit((values) => mutation.mutate(values))} submitLabel="Record approval" isPending={mutation.isPending} isSubmitDisabled={save.isStale}>
      {save.isStale ? <StaleAlert message={save.staleMessage} onReload={save.close} /> : null}
      <TextInput label="Approved by" required description="The person at the client" maxLength={200} data-autofocus {...form.getInputProps('approvedBy')} />
      <TextInput type="date" label="Approved on" required {...form.getInputProps('approvedOn')} />
    </FormDialog>
  );
}

const PARTIES: readonly OfferParty[] = ['agency', 'candidate', 'client'];
const PARTY_DESCRIPTIONS: Record<OfferParty, string> = {
  agency: 'We change our own terms',
  candidate: 'The candidate asks for different terms',
  client: 'The client proposes different terms',
};

/** New terms for an open offer: a revision of ours or a counter-offer; each is kept in the offer's history. */
export function ReviseOfferDialog({ offer, onClose }: OfferDialogProps) {
  const refresh = useOfferRefresh();
  const queryClient = useQueryClient();
  const form = useForm<OfferValues>({ mode: 'controlled', initialValues: offerValues(offer), validate: validateOffer });
  const [proposedBy, setProposedBy] = useState<OfferParty>('candidate');
  const [note, setNote] = useState('');
  const [staleMessage, setStaleMessage] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (values: OfferValues) => offerActions.revise(offer.id, { version: offer.version, ...offerTerms(values), proposedBy, note: note.trim() }),
    onSuccess: (answer) => {
      notify.success(proposedBy === 'agency' ? 'The offer was revised.' : `The ${PARTY_LABELS[proposedBy].toLowerCase()}'s counter-offer was recorded.`);
      refresh(answer);
      onClose();
    },
    onError: (error) => (isApiError(error, 409) ? setStaleMessage(error.message) : showOfferErrors(form, error)),
  });

  function handleReload() {
    void queryClient.invalidateQueries({ queryKey: offerKeys.all });
    onClose();
  }

  return (
    <FormDialog opened onClose={onClose} title={`Revise the offer to ${offer.candidate.name}`} size="xl" onSubmit={form.onSubmit((values) => mutation.mutate(values))} submitLabel="Save revision" isPending={mutation.isPending} isSubmitDisabled={staleMessage !== null}>
      {staleMessage ? <StaleAlert message={staleMessage} onReload={handleReload} /> : null}
      <Radio.Group label="Who proposes these terms" value={proposedBy} onChange={(value) => setProposedBy(pickOption(PARTIES, value) ?? 'agency')}>
        <Stack gap={6} mt={6}>
          {PARTIES.map((party) => (
            <Radio key={party} value={party} label={party === 'agency' ? 'Agency (a revision)' : `${PARTY_LABELS[party]} (a counter-offer)`} description={PARTY_DESCRIPTIONS[party]} />
          ))}
        </Stack>
      </Radio.Group>
      <OfferFormFields form={form} isTypeEditable={false} />
      <Textarea label="Note" description="Kept with this revision in the history" autosize minRows={2} maxRows={5} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
    </FormDialog>
  );
}
