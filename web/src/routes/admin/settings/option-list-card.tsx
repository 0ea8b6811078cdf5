import { ActionIcon, Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArchive, IconArchiveOff, IconCheck, IconPencil, IconPlus, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../api/errors';
import type { ListItem, OptionList } from '../../../api/types';
import { showFormErrors } from '../../../components/form-errors';
import { notify } from '../../../components/notify';
import { addListItem, settingsKeys, updateListItem } from './queries';

/** "Umbrella company" → "umbrella_company": the stored value a new option gets unless edited. */
const toValue = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 50);

type ItemChange = { item: ListItem; label?: string; archived?: boolean };

function ItemRow({ item, onChange, isSaving }: { item: ListItem; onChange: (change: ItemChange) => void; isSaving: boolean }) {
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(item.label);
  const handleSave = () => {
    if (label.trim() !== '' && label.trim() !== item.label) {
      onChange({ item, label: label.trim() });
    }
    setEditing(false);
  };
  return (
    <Table.Tr style={item.archived ? { opacity: 0.55 } : undefined}>
      <Table.Td>
        {editing ? (
          <Group gap={4} wrap="nowrap">
            <TextInput
              size="xs"
              aria-label={`New label for ${item.label}`}
              value={label}
              onChange={(event) => setLabel(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  handleSave();
                }
                if (event.key === 'Escape') {
                  setEditing(false);
                }
              }}
              autoFocus
            />
            <ActionIcon size="sm" variant="subtle" aria-label="Save label" onClick={handleSave}>
              <IconCheck size={15} />
            </ActionIcon>
            <ActionIcon size="sm" variant="subtle" color="gray" aria-label="Cancel rename" onClick={() => setEditing(false)}>
              <IconX size={15} />
            </ActionIcon>
          </Group>
        ) : (
          <Text size="sm">{item.label}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="xs" ff="monospace" c="dimmed">
          {item.value}
        </Text>
      </Table.Td>
      <Table.Td>{item.archived ? <Badge size="xs" color="gray" variant="light">Archived</Badge> : null}</Table.Td>
      <Table.Td>
        <Group gap={2} justify="flex-end" wrap="nowrap">
          <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Rename ${item.label}`} onClick={() => setEditing(true)} disabled={isSaving}>
            <IconPencil size={15} />
          </ActionIcon>
          <ActionIcon
            size="sm"
            variant="subtle"
            color="gray"
            aria-label={item.archived ? `Restore ${item.label}` : `Archive ${item.label}`}
            onClick={() => onChange({ item, archived: !item.archived })}
            disabled={isSaving}
          >
            {item.archived ? <IconArchiveOff size={15} /> : <IconArchive size={15} />}
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** One option list: rename or archive its options (archived ones stay on old records), add new ones. */
export function OptionListCard({ list }: { list: OptionList }) {
  const queryClient = useQueryClient();
  const form = useForm({ mode: 'controlled', initialValues: { label: '', value: '' } });
  const refresh = () => queryClient.invalidateQueries({ queryKey: settingsKeys.lists });

  const update = useMutation({
    mutationFn: ({ item, label, archived }: ItemChange) => updateListItem(list.name, item.id, { version: item.version, label, archived }),
    onSuccess: async (answer, change) => {
      notify.success(change.archived === undefined ? `Renamed to “${answer.data.label}”.` : `${answer.data.label} ${answer.data.archived ? 'archived' : 'restored'}.`);
      await refresh();
    },
    onError: async (error) => {
      if (isApiError(error, 409)) {
        notify.error(new Error('This option was changed by someone else since you opened it. The list was reloaded; make your change again.'), 'Changed by someone else');
        await refresh();
        return;
      }
      notify.error(error);
    },
  });
  const add = useMutation({
    mutationFn: (values: { label: string; value: string }) => addListItem(list.name, { label: values.label.trim(), value: values.value.trim() || toValue(values.label) }),
    onSuccess: async (answer) => {
      form.reset();
      notify.success(`${answer.data.label} added to ${list.label.toLowerCase()}.`);
      await refresh();
    },
    onError: (error) => showFormErrors(form, error),
  });

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {list.label}
        </Title>
        <Table verticalSpacing={4} aria-label={list.label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Label</Table.Th>
              <Table.Th>Stored value</Table.Th>
              <Table.Th w={90}>Status</Table.Th>
              <Table.Th w={80}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((item) => (
              <ItemRow key={`${item.id}:${item.version}`} item={item} onChange={(change) => update.mutate(change)} isSaving={update.isPending} />
            ))}
          </Table.Tbody>
        </Table>
        <form noValidate onSubmit={form.onSubmit((values) => add.mutate(values))} aria-label={`Add to ${list.label}`}>
          <Group gap="xs" align="flex-start">
            <TextInput size="xs" label="New option" placeholder="Label people see" {...form.getInputProps('label')} w={220} />
            <TextInput size="xs" label="Stored value" placeholder={toValue(form.getValues().label) || 'made from the label'} {...form.getInputProps('value')} w={200} />
            <Button size="xs" type="submit" mt={22} leftSection={<IconPlus size={14} />} loading={add.isPending} disabled={form.getValues().label.trim() === ''}>
              Add option
            </Button>
          </Group>
        </form>
      </Stack>
    </Card>
  );
}
