import { Button, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Fact } from '../../components/fact';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { dayOf } from '../placements/labels';
import { AcceptOfferDialog, ClientApprovalDialog, OfferReasonDialog, ReviseOfferDialog, useOfferRefresh } from './offer-action-dialogs';
import { OfferStatusBadge, PARTY_LABELS, earningsText, employmentText, payText } from './labels';
import { type OfferRecord, type OfferRevision, offerActions } from './queries';

type Action = 'extend' | 'accept' | 'decline' | 'withdraw' | 'approve' | 'revise';

function RevisionItem({ revision, currency }: { revision: OfferRevision; currency: string }) {
  const format = useFormat();
  const { terms } = revision;
  const isCounter = revision.proposedBy !== 'agency';
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {isCounter ? `Counter-offer from the ${PARTY_LABELS[revision.proposedBy].toLowerCase()}` : 'Agency terms'}
      </Text>
      <Text size="xs">
        {payText(terms, currency)} · {earningsText(terms, currency)}
        {terms.startOn ? ` · starts ${format.date(dayOf(terms.startOn))}` : ''}
      </Text>
      {revision.note ? <Text size="xs">“{revision.note}”</Text> : null}
      <Text size="xs" c="dimmed">
        {revision.actorLabel} · {format.dateTime(revision.createdAt)}
      </Text>
    </Stack>
  );
}

type OfferPanelProps = { record: OfferRecord; defaultApprover: string };

/**
 * An offer: its status and terms, the client's approval and the candidate's acceptance, the actions its state allows
 * (extend → accept | decline | withdraw, revise or record a counter-offer, record the client's approval), and every
 * set of terms proposed, newest first.
 */
export function OfferPanel({ record, defaultApprover }: OfferPanelProps) {
  const format = useFormat();
  const refresh = useOfferRefresh();
  const { data: offer, abilities } = record;
  const [action, setAction] = useState<Action | null>(null);
  const extend = useMutation({
    mutationFn: () => offerActions.extend(offer.id, offer.version),
    onSuccess: (answer) => {
      notify.success(`The offer was extended to ${answer.data.candidate.name}.`);
      refresh(answer);
      setAction(null);
    },
    onError: (error) => {
      notify.error(error, 'Not extended');
      setAction(null);
    },
  });
  const close = () => setAction(null);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={`Offer to ${offer.candidate.name}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={3} size="h6">
              Offer
            </Title>
            <OfferStatusBadge status={offer.status} />
          </Group>
          <Text size="xs" c="dimmed">
            Made {format.dateTime(offer.createdAt)}
            {offer.createdBy ? ` by ${offer.createdBy.name}` : ''}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Fact label="Pay">{payText(offer, offer.currency)}</Fact>
          <Fact label="Bill rate or fee">{earningsText(offer, offer.currency)}</Fact>
          <Fact label="Employment type">{employmentText(offer)}</Fact>
          <Fact label="Start date">{offer.startOn ? format.date(dayOf(offer.startOn)) : 'Not set'}</Fact>
          <Fact label="Client approval">{offer.clientApproval ? `${offer.clientApproval.approvedBy}, ${format.date(offer.clientApproval.approvedAt)}` : 'Not recorded'}</Fact>
          <Fact label="Extended">{offer.extendedAt ? format.dateTime(offer.extendedAt) : 'Not yet'}</Fact>
          {offer.candidateAcceptedAt ? <Fact label="Accepted by the candidate">{format.dateTime(offer.candidateAcceptedAt)}</Fact> : null}
          {offer.reason ? <Fact label={offer.status === 'declined' ? 'Declined because' : 'Withdrawn because'}>{offer.reason}</Fact> : null}
        </SimpleGrid>
        {offer.conditions ? <Fact label="Conditions">{offer.conditions}</Fact> : null}
        <Group gap="xs">
          {abilities.extend ? (
            <Button size="xs" onClick={() => setAction('extend')}>
              Extend offer
            </Button>
          ) : null}
          {abilities.accept ? (
            <Button size="xs" color="teal" onClick={() => setAction('accept')}>
              Candidate accepted
            </Button>
          ) : null}
          {abilities.decline ? (
            <Button size="xs" variant="default" onClick={() => setAction('decline')}>
              Candidate declined
            </Button>
          ) : null}
          {abilities.revise ? (
            <Button size="xs" variant="light" onClick={() => setAction('revise')}>
              Revise or counter-offer
            </Button>
          ) : null}
          {abilities.recordClientApproval ? (
            <Button size="xs" variant="light" onClick={() => setAction('approve')}>
              {offer.clientApproval ? 'Change client approval' : 'Record client approval'}
            </Button>
          ) : null}
          {abilities.withdraw ? (
            <Button size="xs" variant="default" color="red" onClick={() => setAction('withdraw')}>
              Withdraw offer
            </Button>
          ) : null}
        </Group>
        <Stack gap="xs" component="section" aria-label="Offer history">
          <Title order={4} size="h6">
            Terms proposed ({offer.revisions.length})
          </Title>
          <Timeline active={0} bulletSize={12} lineWidth={2}>
            {offer.revisions.map((revision) => (
              <Timeline.Item key={revision.id}>
                <RevisionItem revision={revision} currency={offer.currency} />
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      </Stack>
      <ConfirmDialog opened={action === 'extend'} title={`Extend the offer to ${offer.candidate.name}?`} confirmLabel="Extend offer" color="blue" isPending={extend.isPending} onConfirm={() => extend.mutate()} onClose={close}>
        {`The offer of ${payText(offer, offer.currency)} becomes extended: the candidate can then accept or decline it. Its terms can still be revised until they decide.`}
      </ConfirmDialog>
      {action === 'accept' ? <AcceptOfferDialog offer={offer} onClose={close} /> : null}
      {action === 'decline' || action === 'withdraw' ? <OfferReasonDialog offer={offer} action={action} onClose={close} /> : null}
      {action === 'approve' ? <ClientApprovalDialog offer={offer} defaultApprover={offer.clientApproval?.approvedBy ?? defaultApprover} onClose={close} /> : null}
      {action === 'revise' ? <ReviseOfferDialog offer={offer} onClose={close} /> : null}
    </Paper>
  );
}
