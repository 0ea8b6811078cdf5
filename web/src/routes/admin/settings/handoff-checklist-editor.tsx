import { ActionIcon, Button, Group, Input, SegmentedControl, Select, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconAlertCircle, IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { EMPLOYMENT_TYPES, type EmploymentType } from '../../../../../src/shared/jobs';
import { CHECKLIST_ITEM_KINDS, CHECKLIST_OWNER_ROLES } from '../../../../../src/shared/pipeline';
import { pickOption } from '../../../components/options';
import { EMPLOYMENT_TYPE_LABELS } from '../../jobs/labels';
import { DaysInput } from './days-input';
import {
  CHECKLIST_KIND_LABELS,
  CHECKLIST_KIND_OPTIONS,
  CHECKLIST_OWNER_OPTIONS,
  type ChecklistDrafts,
  type ChecklistItemDraft,
  MAX_CHECKLIST_ITEMS,
  describeDays,
  errorsUnder,
} from './handoff-values';
import { useOrderedRows } from './ordered-rows';

type ChecklistTableProps = { typeLabel: string; items: ChecklistItemDraft[]; errors: Record<string, string>; onChange: (items: ChecklistItemDraft[]) => void };

const NEW_ITEM: ChecklistItemDraft = { kind: 'custom', label: '', ownerRole: 'recruiter', dueDays: 0 };
const itemName = (item: ChecklistItemDraft, index: number) => item.label.trim() || `item ${index + 1}`;

/** One employment type's items in order: kind, label, owner role and due days each; add, remove, move up or down. */
function ChecklistTable({ typeLabel, items, errors, onChange }: ChecklistTableProps) {
  const rows = useOrderedRows(items, onChange);

  function handleKind(index: number, item: ChecklistItemDraft, value: string | null) {
    const kind = pickOption(CHECKLIST_ITEM_KINDS, value);
    if (!kind) {
      return;
    }
    // A blank label, or one that only named the old kind, follows the new kind.
    const isKindName = item.label.trim() === '' || item.label === CHECKLIST_KIND_LABELS[item.kind];
    rows.update(index, isKindName && kind !== 'custom' ? { kind, label: CHECKLIST_KIND_LABELS[kind] } : { kind });
  }

  return (
    <>
      <Table.ScrollContainer minWidth={760} type="native">
        <Table verticalSpacing={4} withTableBorder aria-label={`${typeLabel} checklist`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>#</Table.Th>
              <Table.Th w={185}>Kind</Table.Th>
              <Table.Th>Label</Table.Th>
              <Table.Th w={170}>Owner</Table.Th>
              <Table.Th w={110}>Due (days from start)</Table.Th>
              <Table.Th w={100}>
                <VisuallyHidden>Order and removal</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text size="sm" c="dimmed">
                    No items: {typeLabel.toLowerCase()} placements start with an empty checklist. Add the steps your team follows.
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {items.map((item, index) => {
              const key = rows.keys[index] ?? String(index);
              const name = itemName(item, index);
              const number = index + 1;
              return (
                <Table.Tr key={key} style={{ verticalAlign: 'top' }}>
                  <Table.Td pt={10}>
                    <Text size="sm" c="dimmed">
                      {number}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select size="xs" aria-label={`Item ${number} kind`} data={CHECKLIST_KIND_OPTIONS} value={item.kind} allowDeselect={false} error={errors[`${index}.kind`]} onChange={(value) => handleKind(index, item, value)} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={`Item ${number} label`}
                      value={item.label}
                      maxLength={200}
                      error={errors[`${index}.label`]}
                      autoFocus={key === rows.addedKey}
                      onChange={(event) => rows.update(index, { label: event.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={`Item ${number} owner`}
                      data={CHECKLIST_OWNER_OPTIONS}
                      value={item.ownerRole}
                      allowDeselect={false}
                      error={errors[`${index}.ownerRole`]}
                      onChange={(value) => rows.update(index, { ownerRole: pickOption(CHECKLIST_OWNER_ROLES, value) ?? item.ownerRole })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <DaysInput
                      size="xs"
                      aria-label={`Item ${number} due days`}
                      min={-90}
                      max={90}
                      hideControls
                      value={item.dueDays}
                      description={describeDays(item.dueDays)}
                      inputWrapperOrder={['input', 'description', 'error']}
                      error={errors[`${index}.dueDays`]}
                      onChange={(dueDays) => rows.update(index, { dueDays })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon ref={rows.buttonRef(key, 'up')} variant="subtle" color="gray" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => rows.move(index, -1)}>
                        <IconArrowUp size={15} />
                      </ActionIcon>
                      <ActionIcon ref={rows.buttonRef(key, 'down')} variant="subtle" color="gray" aria-label={`Move ${name} down`} disabled={index === items.length - 1} onClick={() => rows.move(index, 1)}>
                        <IconArrowDown size={15} />
                      </ActionIcon>
                      <ActionIcon ref={rows.buttonRef(key, 'remove')} variant="subtle" color="red" aria-label={`Remove ${name}`} onClick={() => rows.remove(index)}>
                        <IconTrash size={15} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" mt="xs">
        <Button ref={rows.addButton} variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => rows.add(NEW_ITEM)} disabled={items.length >= MAX_CHECKLIST_ITEMS}>
          Add item
        </Button>
        <Text size="xs" c="dimmed">
          Up to {MAX_CHECKLIST_ITEMS} items. Negative days are before the start date.
        </Text>
      </Group>
    </>
  );
}

type HandoffChecklistEditorProps = {
  label: string;
  description: string;
  value: ChecklistDrafts;
  /** About the value as a whole. */
  error: string | null;
  /** By field inside the value: `temporary.2.label`. */
  fieldErrors: Record<string, string>;
  onChange: (value: ChecklistDrafts) => void;
};

/** The handoff checklist template of each employment type, one type at a time. */
export function HandoffChecklistEditor({ label, description, value, error, fieldErrors, onChange }: HandoffChecklistEditorProps) {
  const [type, setType] = useState<EmploymentType>('permanent');
  const hasErrors = (candidate: EmploymentType) => Object.keys(fieldErrors).some((path) => path === candidate || path.startsWith(`${candidate}.`));
  const elsewhere = EMPLOYMENT_TYPES.filter((candidate) => candidate !== type && hasErrors(candidate));
  const ownError = fieldErrors[type];
  const summary = [error, ownError, elsewhere.length > 0 ? `Fix the marked items of ${elsewhere.map((other) => EMPLOYMENT_TYPE_LABELS[other]).join(', ')} too.` : null].filter(Boolean).join(' ');

  return (
    <Input.Wrapper label={label} labelElement="div" description={description} error={summary || null}>
      <div role="group" aria-label={label}>
        <SegmentedControl
          my="xs"
          size="xs"
          aria-label="Employment type"
          value={type}
          onChange={(next) => setType(pickOption(EMPLOYMENT_TYPES, next) ?? type)}
          data={EMPLOYMENT_TYPES.map((option) => ({
            value: option,
            label: (
              <Group gap={6} wrap="nowrap" justify="center">
                <span>{EMPLOYMENT_TYPE_LABELS[option]}</span>
                <Text span size="xs" c="dimmed">
                  {value[option].length}
                </Text>
                {hasErrors(option) ? (
                  <>
                    <IconAlertCircle size={14} color="var(--mantine-color-red-6)" aria-hidden />
                    <VisuallyHidden>needs fixing</VisuallyHidden>
                  </>
                ) : null}
              </Group>
            ),
          }))}
        />
        <ChecklistTable key={type} typeLabel={EMPLOYMENT_TYPE_LABELS[type]} items={value[type]} errors={errorsUnder(fieldErrors, `${type}.`)} onChange={(items) => onChange({ ...value, [type]: items })} />
      </div>
    </Input.Wrapper>
  );
}
