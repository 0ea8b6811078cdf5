import { ActionIcon, Button, Group, Input, Select, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { FOLLOW_UP_PARTIES } from '../../../../../src/shared/pipeline';
import { pickOption } from '../../../components/options';
import { PARTY_LABELS } from '../../placements/labels';
import { DaysInput } from './days-input';
import { FOLLOW_UP_OWNER_OPTIONS, FOLLOW_UP_OWNER_ROLES, type FollowUpDraft, MAX_FOLLOW_UPS, describeDays } from './handoff-values';
import { useOrderedRows } from './ordered-rows';

const PARTY_OPTIONS = FOLLOW_UP_PARTIES.map((party) => ({ value: party, label: PARTY_LABELS[party] }));

type FollowUpsEditorProps = {
  label: string;
  description: string;
  value: FollowUpDraft[];
  /** About the value as a whole. */
  error: string | null;
  /** By field inside the value: `2.offsetDays`. */
  fieldErrors: Record<string, string>;
  onChange: (value: FollowUpDraft[]) => void;
};

const followUpName = (item: FollowUpDraft, index: number) => `${item.label.trim() || `follow-up ${index + 1}`} with the ${PARTY_LABELS[item.party].toLowerCase()}`;

/** The check-ins scheduled on each placement: what, with whom, how many days after the start, and who does it. */
export function FollowUpsEditor({ label, description, value, error, fieldErrors, onChange }: FollowUpsEditorProps) {
  const rows = useOrderedRows(value, onChange);
  const last = value.at(-1);
  // Errors not under a row's field (the list as a whole) go under the editor.
  const general = Object.entries(fieldErrors)
    .filter(([path]) => !/^\d+\.\w+$/.test(path))
    .map(([path, message]) => `${path}: ${message}`);
  const summary = [error, ...general].filter(Boolean).join(' ');

  return (
    <Input.Wrapper label={label} labelElement="div" description={description} error={summary || null}>
      <div role="group" aria-label={label}>
        <Table.ScrollContainer minWidth={640} type="native" mt="xs">
          <Table verticalSpacing={4} withTableBorder aria-label="Follow-ups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36}>#</Table.Th>
                <Table.Th>Label</Table.Th>
                <Table.Th w={130}>With</Table.Th>
                <Table.Th w={170}>Owner</Table.Th>
                <Table.Th w={110}>Days after start</Table.Th>
                <Table.Th w={44}>
                  <VisuallyHidden>Removal</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text size="sm" c="dimmed">
                      No follow-ups: placements get no check-ins scheduled. Add the calls your team makes after a start.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : null}
              {value.map((item, index) => {
                const key = rows.keys[index] ?? String(index);
                const number = index + 1;
                return (
                  <Table.Tr key={key} style={{ verticalAlign: 'top' }}>
                    <Table.Td pt={10}>
                      <Text size="sm" c="dimmed">
                        {number}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`Follow-up ${number} label`}
                        value={item.label}
                        maxLength={100}
                        error={fieldErrors[`${index}.label`]}
                        autoFocus={key === rows.addedKey}
                        onChange={(event) => rows.update(index, { label: event.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        aria-label={`Follow-up ${number} with`}
                        data={PARTY_OPTIONS}
                        value={item.party}
                        allowDeselect={false}
                        error={fieldErrors[`${index}.party`]}
                        onChange={(next) => rows.update(index, { party: pickOption(FOLLOW_UP_PARTIES, next) ?? item.party })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        aria-label={`Follow-up ${number} owner`}
                        data={FOLLOW_UP_OWNER_OPTIONS}
                        value={item.ownerRole}
                        allowDeselect={false}
                        error={fieldErrors[`${index}.ownerRole`]}
                        onChange={(next) => rows.update(index, { ownerRole: pickOption(FOLLOW_UP_OWNER_ROLES, next) ?? item.ownerRole })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <DaysInput
                        size="xs"
                        aria-label={`Follow-up ${number} days after start`}
                        min={0}
                        max={365}
                        hideControls
                        allowNegative={false}
                        value={item.offsetDays}
                        description={describeDays(item.offsetDays)}
                        inputWrapperOrder={['input', 'description', 'error']}
                        error={fieldErrors[`${index}.offsetDays`]}
                        onChange={(offsetDays) => rows.update(index, { offsetDays })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon ref={rows.buttonRef(key, 'remove')} variant="subtle" color="red" aria-label={`Remove ${followUpName(item, index)}`} onClick={() => rows.remove(index)}>
                        <IconTrash size={15} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between" mt="xs">
          <Button
            ref={rows.addButton}
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => rows.add({ label: '', party: 'candidate', offsetDays: last?.offsetDays ?? 0, ownerRole: 'recruiter' })}
            disabled={value.length >= MAX_FOLLOW_UPS}
          >
            Add follow-up
          </Button>
          <Text size="xs" c="dimmed">
            Up to {MAX_FOLLOW_UPS} follow-ups, from the start day to a year after.
          </Text>
        </Group>
      </div>
    </Input.Wrapper>
  );
}
