import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Holiday } from './values';

type HolidaysEditorProps = { label: string; description?: string; value: Holiday[]; error?: string | null; onChange: (value: Holiday[]) => void };

/** The agency's holidays: a date and a name each, kept in date order. */
export function HolidaysEditor({ label, description, value, error, onChange }: HolidaysEditorProps) {
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const canAdd = /^\d{4}-\d{2}-\d{2}$/.test(date) && name.trim() !== '';

  function handleAdd() {
    if (!canAdd) {
      return;
    }
    onChange([...value.filter((holiday) => holiday.date !== date), { date, name: name.trim() }].sort((a, b) => a.date.localeCompare(b.date)));
    setDate('');
    setName('');
  }

  return (
    <Input.Wrapper label={label} description={description} error={error}>
      <Stack gap={6} mt={6}>
        {value.length === 0 ? (
          <Text size="sm" c="dimmed">
            No holidays yet. Add the days the agency is closed.
          </Text>
        ) : (
          value.map((holiday) => (
            <Group key={holiday.date} gap="xs" wrap="nowrap">
              <Text size="sm" ff="monospace" w={100}>
                {holiday.date}
              </Text>
              <Text size="sm" style={{ flex: 1 }}>
                {holiday.name}
              </Text>
              <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${holiday.name}`} onClick={() => onChange(value.filter((other) => other.date !== holiday.date))}>
                <IconTrash size={15} />
              </ActionIcon>
            </Group>
          ))
        )}
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput label="Holiday date" type="date" size="xs" value={date} onChange={(event) => setDate(event.currentTarget.value)} w={150} />
          <TextInput label="Holiday name" size="xs" value={name} onChange={(event) => setName(event.currentTarget.value)} style={{ flex: 1 }} />
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={handleAdd} disabled={!canAdd}>
            Add
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
