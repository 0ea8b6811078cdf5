import { Button, Group, NumberInput, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { Section } from '../clients/client-ui';
import { DealLink, JobLink } from '../clients/record-links';
import { toMinor } from '../../components/money';
import { type Placement, placementActions } from './queries';
import { usePlacementUpdate } from './use-placement-update';

type Values = { kind: string; title: string; openings: number | string; value: number | string; notes: string };

function RepeatOrderDialog({ placement, onClose }: { placement: Placement; onClose: () => void }) {
  const update = usePlacementUpdate();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { kind: 'job', title: placement.job.title, openings: 1, value: '', notes: '' },
    validate: { title: (value) => (value.trim() === '' ? 'Give it a title' : null) },
  });
  const saveState = useSaveState(form, onClose);
  const save = useMutation({
    mutationFn: (values: Values) =>
      values.kind === 'deal'
        ? placementActions.createRepeatOrder(placement.id, { kind: 'deal', title: values.title.trim(), valueMinor: toMinor(values.value, placement.currency), notes: values.notes.trim() })
        : placementActions.createRepeatOrder(placement.id, { kind: 'job', title: values.title.trim(), openings: typeof values.openings === 'number' ? values.openings : 1, notes: values.notes.trim() }),
    onSuccess: (answer, values) => {
      update(answer);
      notify.success(values.kind === 'deal' ? `Deal “${values.title.trim()}” opened.` : `Job order “${values.title.trim()}” taken in.`);
      saveState.close();
    },
    onError: saveState.handleError,
  });
  const { kind } = form.getValues();
  return (
    <FormDialog opened onClose={saveState.close} title="Repeat demand" onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel={kind === 'deal' ? 'Open deal' : 'Take in job order'} isPending={save.isPending}>
      <Text size="sm">
        {placement.organization.name} wants more: the new {kind === 'deal' ? 'deal' : 'job order (in intake)'} is with the same client and linked to {placement.reference}.
      </Text>
      <SegmentedControl
        aria-label="Turn it into"
        data={[
          { value: 'job', label: 'Job order' },
          { value: 'deal', label: 'Deal' },
        ]}
        {...form.getInputProps('kind')}
      />
      <TextInput label="Title" required data-autofocus maxLength={200} {...form.getInputProps('title')} />
      {kind === 'deal' ? (
        <NumberInput label="Value" min={0} decimalScale={2} thousandSeparator="," leftSection={<Text size="xs">{placement.currency}</Text>} leftSectionWidth={44} {...form.getInputProps('value')} />
      ) : (
        <NumberInput label="Openings" min={1} max={1000} allowDecimal={false} {...form.getInputProps('openings')} />
      )}
      <Textarea label="Notes" autosize minRows={2} maxLength={2000} {...form.getInputProps('notes')} />
    </FormDialog>
  );
}

type RepeatDemandProps = { placement: Placement; canCreate: boolean };

/** Repeat demand from the client, made a job order or a deal in one step; what was made is linked here. */
export function RepeatDemand({ placement, canCreate }: RepeatDemandProps) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <Section
      title="Repeat demand"
      actions={
        canCreate ? (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setIsOpen(true)}>
            New job order or deal
          </Button>
        ) : null
      }
    >
      {placement.repeatOrders.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing yet. When the client asks for more people, turn it into a job order or a deal here.
        </Text>
      ) : (
        <Stack gap={4}>
          {placement.repeatOrders.map((order) => (
            <Group key={order.id} gap="xs">
              <Text size="xs" c="dimmed" w={70}>
                {order.kind === 'job' ? 'Job order' : 'Deal'}
              </Text>
              {order.kind === 'job' ? (
                <JobLink id={order.id} size="sm">
                  {order.label}
                </JobLink>
              ) : (
                <DealLink id={order.id} size="sm">
                  {order.label}
                </DealLink>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {isOpen ? <RepeatOrderDialog placement={placement} onClose={() => setIsOpen(false)} /> : null}
    </Section>
  );
}
