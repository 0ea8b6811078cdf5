import { ActionIcon, Button, Group, MultiSelect, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { WEEKDAYS } from '../../../../src/shared/pipeline';
import { optionsOf } from '../jobs/labels';
import { ContactSelect } from '../jobs/pickers';
import { CADENCE_LABELS, WEEKDAY_LABELS } from './labels';
import { EMPTY_MILESTONE, EMPTY_SHIFT, type PlacementValues } from './placement-form-values';

const CADENCE_OPTIONS = Object.entries(CADENCE_LABELS).map(([value, label]) => ({ value, label }));
const MAX_SHIFTS = 14;
const MAX_MILESTONES = 10;

type FieldsProps = { form: UseFormReturnType<PlacementValues> };

/** Temporary and contract work: the shift pattern (days, times, location), expected hours, who approves timesheets and how often. */
export function ScheduleFields({ form, organizationId }: FieldsProps & { organizationId: string }) {
  const { shifts } = form.getValues();
  return (
    <Stack gap="xs">
      {shifts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No shifts yet. Add the days and times the candidate works.
        </Text>
      ) : null}
      {shifts.map((_shift, index) => (
        <Paper key={form.key(`shifts.${index}`)} withBorder radius="sm" p="xs" component="fieldset" aria-label={`Shift ${index + 1}`} style={{ margin: 0 }}>
          <Group align="flex-end" gap="xs" wrap="wrap">
            <MultiSelect label={`Shift ${index + 1} days`} data={optionsOf(WEEKDAYS, WEEKDAY_LABELS)} w={260} {...form.getInputProps(`shifts.${index}.days`)} />
            <TextInput label="From" type="time" w={110} {...form.getInputProps(`shifts.${index}.startTime`)} />
            <TextInput label="To" type="time" w={110} {...form.getInputProps(`shifts.${index}.endTime`)} />
            <TextInput label="Location" placeholder="Site, gate, ward…" maxLength={200} style={{ flex: 1 }} miw={140} {...form.getInputProps(`shifts.${index}.location`)} />
            <ActionIcon variant="subtle" color="red" size="lg" aria-label={`Remove shift ${index + 1}`} onClick={() => form.removeListItem('shifts', index)}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {form.errors.shifts ? (
        <Text size="xs" c="red">
          {form.errors.shifts}
        </Text>
      ) : null}
      {shifts.length < MAX_SHIFTS ? (
        <Group>
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('shifts', { ...EMPTY_SHIFT, days: [...EMPTY_SHIFT.days] })}>
            Add shift
          </Button>
        </Group>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NumberInput label="Expected hours per week" min={0} max={168} decimalScale={2} {...form.getInputProps('expectedHoursPerWeek')} />
        <ContactSelect label="Timesheet approver" organizationId={organizationId} {...form.getInputProps('timesheetApproverId')} value={form.getValues().timesheetApproverId} />
        <Select label="Timesheet cadence" data={CADENCE_OPTIONS} allowDeselect={false} {...form.getInputProps('timesheetCadence')} />
      </SimpleGrid>
    </Stack>
  );
}

/** Retained searches: the milestones and the fee due at each. */
export function MilestoneFields({ form, currency }: FieldsProps & { currency: string }) {
  const { milestones } = form.getValues();
  return (
    <Stack gap="xs">
      {milestones.length === 0 ? (
        <Text size="sm" c="dimmed">
          No milestones yet. Add each stage of the retained fee (shortlist, offer, start…).
        </Text>
      ) : null}
      {milestones.map((_milestone, index) => (
        <Group key={form.key(`milestones.${index}`)} align="flex-end" gap="xs" wrap="wrap">
          <TextInput label={`Milestone ${index + 1}`} required maxLength={200} style={{ flex: 1 }} miw={160} {...form.getInputProps(`milestones.${index}.name`)} />
          <NumberInput label="Fee" min={0} decimalScale={2} thousandSeparator="," leftSection={<Text size="xs">{currency}</Text>} leftSectionWidth={44} w={150} {...form.getInputProps(`milestones.${index}.fee`)} />
          <TextInput label="Due" type="date" w={150} {...form.getInputProps(`milestones.${index}.dueOn`)} />
          <TextInput label="Reached" type="date" w={150} {...form.getInputProps(`milestones.${index}.reachedOn`)} />
          <ActionIcon variant="subtle" color="red" size="lg" aria-label={`Remove milestone ${index + 1}`} onClick={() => form.removeListItem('milestones', index)}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {form.errors.milestones ? (
        <Text size="xs" c="red">
          {form.errors.milestones}
        </Text>
      ) : null}
      {milestones.length < MAX_MILESTONES ? (
        <Group>
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('milestones', { ...EMPTY_MILESTONE })}>
            Add milestone
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
