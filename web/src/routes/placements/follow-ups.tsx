import { Badge, Button, Checkbox, Select, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { StaleAlert } from '../../components/stale-alert';
import { Section } from '../clients/client-ui';
import { PARTY_LABELS, dayOf } from './labels';
import { type FollowUp, type Placement, placementActions } from './queries';
import { usePlacementUpdate } from './use-placement-update';

const SATISFACTION = [
  { value: '1', label: '1 – Very unhappy' },
  { value: '2', label: '2 – Unhappy' },
  { value: '3', label: '3 – Neutral' },
  { value: '4', label: '4 – Happy' },
  { value: '5', label: '5 – Very happy' },
];

type CheckInValues = { feedback: string; satisfaction: string | null; done: boolean };

/** A check-in with the candidate or the client: what they said, how satisfied they are, and whether it is done (closes its task). */
function CheckInDialog({ placement, followUp, onClose }: { placement: Placement; followUp: FollowUp; onClose: () => void }) {
  const update = usePlacementUpdate();
  const form = useForm<CheckInValues>({
    mode: 'controlled',
    initialValues: { feedback: followUp.feedback ?? '', satisfaction: followUp.satisfaction === null ? null : String(followUp.satisfaction), done: true },
  });
  const saveState = useSaveState(form, onClose);
  const save = useMutation({
    mutationFn: (values: CheckInValues) =>
      placementActions.recordFollowUp(placement.id, followUp.id, {
        version: followUp.version,
        done: values.done,
        feedback: values.feedback.trim() || null,
        satisfaction: values.satisfaction === null ? null : Number(values.satisfaction),
      }),
    onSuccess: (answer) => {
      update(answer);
      notify.success(`${followUp.label} (${PARTY_LABELS[followUp.party].toLowerCase()}) recorded.`);
      saveState.close();
    },
    onError: saveState.handleError,
  });
  const title = `${followUp.label} with the ${followUp.party === 'candidate' ? 'candidate' : 'client'}`;
  return (
    <FormDialog opened onClose={saveState.close} title={title} onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Record check-in" isPending={save.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={saveState.close} /> : null}
      <Textarea label="Feedback" description="What they said; repeat demand can become a job order or deal below" autosize minRows={3} maxLength={5000} data-autofocus {...form.getInputProps('feedback')} />
      <Select label="Satisfaction" placeholder="Not asked" data={SATISFACTION} clearable {...form.getInputProps('satisfaction')} />
      <Checkbox label="Done (closes its task)" {...form.getInputProps('done', { type: 'checkbox' })} />
    </FormDialog>
  );
}

type FollowUpsProps = { placement: Placement; canRecord: boolean };

/** The post-placement check-ins with the candidate and the client (first day, first week, 30 and 90 days). */
export function FollowUps({ placement, canRecord }: FollowUpsProps) {
  const format = useFormat();
  const [open, setOpen] = useState<FollowUp | null>(null);
  const { followUps } = placement;
  return (
    <Section title="Follow-ups">
      <Text size="sm" c="dimmed">
        {placement.followUpsDone} of {placement.followUpsTotal} done.{' '}
        {followUps.length === 0 ? 'They are scheduled once the start date is known.' : 'Each is a task for its owner on its day.'}
      </Text>
      {followUps.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} aria-label="Follow-ups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Check-in</Table.Th>
                <Table.Th>With</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {followUps.map((followUp) => (
                <Table.Tr key={followUp.id}>
                  <Table.Td>
                    <Text size="sm">{followUp.label}</Text>
                  </Table.Td>
                  <Table.Td>{PARTY_LABELS[followUp.party]}</Table.Td>
                  <Table.Td>{format.date(dayOf(followUp.dueOn))}</Table.Td>
                  <Table.Td>{followUp.owner?.name ?? '—'}</Table.Td>
                  <Table.Td>
                    {followUp.doneAt ? (
                      <Badge color="teal" variant="dot" radius="sm" tt="none">
                        Done {format.date(followUp.doneAt)}
                        {followUp.satisfaction !== null ? ` · ${followUp.satisfaction}/5` : ''}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Open
                      </Text>
                    )}
                    {followUp.feedback ? (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {followUp.feedback}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {canRecord ? (
                      <Button size="compact-xs" variant="subtle" onClick={() => setOpen(followUp)} aria-label={`Record check-in: ${followUp.label} (${PARTY_LABELS[followUp.party].toLowerCase()})`}>
                        Record check-in
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {open ? <CheckInDialog key={`${open.id}:${open.version}`} placement={placement} followUp={open} onClose={() => setOpen(null)} /> : null}
    </Section>
  );
}
