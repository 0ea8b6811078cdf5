import { ActionIcon, Badge, Checkbox, Group, Progress, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { StaleAlert } from '../../components/stale-alert';
import { Section } from '../clients/client-ui';
import { PersonSelect } from '../jobs/pickers';
import { dayOf } from './labels';
import { type ChecklistItem, type Placement, type PlacementRecord, placementActions, placementKeys } from './queries';
import { usePlacementUpdate } from './use-placement-update';

const OWNER_ROLE_LABELS: Record<ChecklistItem['ownerRole'], string> = { recruiter: 'recruiter', account_manager: 'account manager', back_office: 'back office' };

type ItemValues = { ownerId: string | null; dueOn: string; note: string };

/** Reassigns, re-dates or annotates one checklist item. */
function ItemDialog({ placementId, item, onClose }: { placementId: string; item: ChecklistItem; onClose: () => void }) {
  const update = usePlacementUpdate();
  const form = useForm<ItemValues>({ mode: 'controlled', initialValues: { ownerId: item.owner?.id ?? null, dueOn: item.dueOn ?? '', note: item.note ?? '' } });
  const saveState = useSaveState(form, onClose);
  const save = useMutation({
    mutationFn: (values: ItemValues) => placementActions.updateChecklistItem(placementId, item.id, { version: item.version, ownerId: values.ownerId, dueOn: values.dueOn || null, note: values.note.trim() || null }),
    onSuccess: (answer) => {
      update(answer);
      notify.success(`“${item.label}” was updated.`);
      saveState.close();
    },
    onError: saveState.handleError,
  });
  return (
    <FormDialog opened onClose={saveState.close} title={item.label} onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Save" isPending={save.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={saveState.close} /> : null}
      <PersonSelect label="Owner" description={`By default the ${OWNER_ROLE_LABELS[item.ownerRole]}`} data-autofocus {...form.getInputProps('ownerId')} value={form.getValues().ownerId} />
      <TextInput label="Due" type="date" {...form.getInputProps('dueOn')} />
      <Textarea label="Note" autosize minRows={2} maxLength={2000} {...form.getInputProps('note')} />
    </FormDialog>
  );
}

type HandoffChecklistProps = { placement: Placement };

/** The handoff checklist with its progress bar: tick an item, see its owner and due date; overdue items are marked. */
export function HandoffChecklist({ placement }: HandoffChecklistProps) {
  const format = useFormat();
  const update = usePlacementUpdate();
  const [editing, setEditing] = useState<ChecklistItem | null>(null);
  const queryClient = useQueryClient();
  const recordKey = placementKeys.record(placement.id);
  // Ticking shows at once and is rolled back if the server refuses (UI.md: optimistic small edits).
  const tick = useMutation({
    mutationFn: ({ item, done }: { item: ChecklistItem; done: boolean }) => placementActions.updateChecklistItem(placement.id, item.id, { version: item.version, done }),
    onMutate: async ({ item, done }) => {
      await queryClient.cancelQueries({ queryKey: recordKey });
      const before = queryClient.getQueryData<PlacementRecord>(recordKey);
      if (before) {
        const checklist = before.data.checklist.map((each) => (each.id === item.id ? { ...each, doneAt: done ? new Date().toISOString() : null } : each));
        queryClient.setQueryData<PlacementRecord>(recordKey, { ...before, data: { ...before.data, checklist } });
      }
      return { before };
    },
    onSuccess: (answer, { item, done }) => {
      update(answer);
      notify.success(`“${item.label}” ${done ? 'done' : 'not done any more'}.`);
    },
    onError: (error, _variables, context) => {
      if (context?.before) {
        queryClient.setQueryData(recordKey, context.before);
      }
      notify.error(error, 'The checklist did not change');
    },
  });
  const { checklist } = placement;
  const done = checklist.filter((item) => item.doneAt !== null).length;
  const isReadOnly = placement.status === 'cancelled';

  return (
    <Section title="Handoff checklist">
      <Group gap="sm" wrap="nowrap">
        <Progress value={placement.handoffProgress} color={placement.handoffProgress === 100 ? 'teal' : 'blue'} size="lg" style={{ flex: 1 }} aria-label="Handoff progress" />
        <Text size="sm" c="dimmed" miw={120} ta="right">
          {done} of {checklist.length} done ({placement.handoffProgress}%)
        </Text>
      </Group>
      {checklist.length === 0 ? (
        <Text size="sm" c="dimmed">
          No checklist for this employment type. Managers set the checklists in Settings.
        </Text>
      ) : null}
      <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Checklist items">
        {checklist.map((item) => (
          <Group key={item.id} component="li" justify="space-between" wrap="nowrap" gap="xs" py={4} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <Stack gap={2} style={{ flex: 1 }}>
              <Checkbox
                label={item.label}
                checked={item.doneAt !== null}
                disabled={isReadOnly || (tick.isPending && tick.variables.item.id === item.id)}
                onChange={(event) => tick.mutate({ item, done: event.currentTarget.checked })}
              />
              <Text size="xs" c="dimmed" pl={30}>
                {item.owner ? item.owner.name : `No owner (${OWNER_ROLE_LABELS[item.ownerRole]})`}
                {item.dueOn ? ` · due ${format.date(dayOf(item.dueOn))}` : ''}
                {item.doneAt ? ` · done ${format.dateTime(item.doneAt)}${item.doneBy ? ` by ${item.doneBy}` : ''}` : ''}
                {item.note ? ` · ${item.note}` : ''}
              </Text>
            </Stack>
            {item.overdue && item.doneAt === null ? (
              <Badge color="red" variant="dot" radius="sm" tt="none">
                Overdue
              </Badge>
            ) : null}
            {isReadOnly ? null : (
              <ActionIcon variant="subtle" aria-label={`Change owner or due date of ${item.label}`} onClick={() => setEditing(item)}>
                <IconPencil size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
      </Stack>
      {editing ? <ItemDialog key={`${editing.id}:${editing.version}`} placementId={placement.id} item={editing} onClose={() => setEditing(null)} /> : null}
    </Section>
  );
}
