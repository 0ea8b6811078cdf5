import { ActionIcon, Alert, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { STAGE_KINDS, type StageKind } from '../../../src/shared/jobs';
import { ApiError, errorMessage } from '../api/errors';
import type { components } from '../api/schema.gen';
import { notify } from './notify';
import { pickOption } from './options';

type Stage = components['schemas']['Stage'];
export type StageDraft = { key: string; id?: string; name: string; kind: StageKind };
type StageInput = { id?: string; name: string; kind: StageKind };

export const STAGE_KIND_LABELS: Record<StageKind, string> = {
  sourced: 'Sourced',
  screening: 'Screening',
  shortlisted: 'Shortlisted',
  submitted: 'Submitted',
  interview: 'Interview',
  offer: 'Offer',
  placed: 'Placed',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};
const KIND_OPTIONS = STAGE_KINDS.map((kind) => ({ value: kind, label: STAGE_KIND_LABELS[kind] }));

type StagesEditorProps = {
  stages: Stage[];
  /** Read-only when the user may not change them. */
  canEdit: boolean;
  saveLabel: string;
  /** Sends the full ordered list (PUT); answers the stages as saved. */
  onSave: (stages: StageInput[]) => Promise<{ data: Stage[] }>;
  onSaved?: (stages: Stage[]) => void;
};

let nextKey = 0;
const draftsOf = (stages: Stage[]): StageDraft[] => [...stages].sort((a, b) => a.position - b.position).map((stage) => ({ key: stage.id, id: stage.id, name: stage.name, kind: stage.kind }));

/**
 * Pipeline stages, one row each: rename in place, move up or down, change the kind, add, remove; saved as one list.
 * Used by a job's page and by the agency's default template in Admin → Settings.
 */
export function StagesEditor({ stages, canEdit, saveLabel, onSave, onSaved }: StagesEditorProps) {
  const [drafts, setDrafts] = useState<StageDraft[]>(() => draftsOf(stages));
  const [errors, setErrors] = useState<{ rows: Record<string, string>; general: string[] }>({ rows: {}, general: [] });
  const isDirty = JSON.stringify(drafts.map(({ id, name, kind }) => ({ id, name, kind }))) !== JSON.stringify(draftsOf(stages).map(({ id, name, kind }) => ({ id, name, kind })));

  const save = useMutation({
    mutationFn: () => onSave(drafts.map(({ id, name, kind }) => ({ ...(id ? { id } : {}), name: name.trim(), kind }))),
    onSuccess: (answer) => {
      setErrors({ rows: {}, general: [] });
      setDrafts(draftsOf(answer.data));
      notify.success('Pipeline stages saved.');
      onSaved?.(answer.data);
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.status === 409) {
        notify.error(error);
        return;
      }
      // Field paths look like stages.2.name; a rule about the whole list has no row.
      const rows: Record<string, string> = {};
      const general: string[] = [];
      for (const field of error.fields) {
        const match = /^stages\.(\d+)/.exec(field.path);
        const row = match ? drafts[Number(match[1])] : undefined;
        if (row) {
          rows[row.key] = field.message;
        } else {
          general.push(field.message);
        }
      }
      setErrors({ rows, general: general.length > 0 || Object.keys(rows).length > 0 ? general : [errorMessage(error)] });
    },
  });

  const update = (key: string, change: Partial<StageDraft>) => setDrafts((current) => current.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)));
  function move(index: number, by: -1 | 1) {
    setDrafts((current) => {
      const next = [...current];
      const [moved] = next.splice(index, 1);
      if (moved) {
        next.splice(index + by, 0, moved);
      }
      return next;
    });
  }
  function handleAdd() {
    nextKey += 1;
    setDrafts((current) => [...current, { key: `new-${nextKey}`, name: '', kind: 'screening' }]);
  }

  return (
    <Stack gap="sm">
      {errors.general.length > 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="The stages were not saved" role="alert">
          {errors.general.join(' ')}
        </Alert>
      ) : null}
      <Table verticalSpacing={4} withTableBorder aria-label="Pipeline stages">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th w={180}>Kind</Table.Th>
            {canEdit ? <Table.Th w={120}>Order</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {drafts.map((draft, index) => (
            <Table.Tr key={draft.key}>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {index + 1}
                </Text>
              </Table.Td>
              <Table.Td>
                {canEdit ? (
                  <TextInput
                    size="xs"
                    aria-label={`Stage ${index + 1} name`}
                    value={draft.name}
                    maxLength={60}
                    error={errors.rows[draft.key]}
                    onChange={(event) => update(draft.key, { name: event.currentTarget.value })}
                  />
                ) : (
                  <Text size="sm">{draft.name}</Text>
                )}
              </Table.Td>
              <Table.Td>
                {canEdit ? (
                  <Select size="xs" aria-label={`Stage ${index + 1} kind`} data={KIND_OPTIONS} value={draft.kind} allowDeselect={false} onChange={(value) => update(draft.key, { kind: pickOption(STAGE_KINDS, value) ?? draft.kind })} />
                ) : (
                  <Text size="sm">{STAGE_KIND_LABELS[draft.kind]}</Text>
                )}
              </Table.Td>
              {canEdit ? (
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon variant="subtle" color="gray" aria-label={`Move ${draft.name || 'new stage'} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                      <IconArrowUp size={15} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Move ${draft.name || 'new stage'} down`} disabled={index === drafts.length - 1} onClick={() => move(index, 1)}>
                      <IconArrowDown size={15} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={`Remove ${draft.name || 'new stage'}`} onClick={() => setDrafts((current) => current.filter((other) => other.key !== draft.key))}>
                      <IconTrash size={15} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canEdit ? (
        <Group justify="space-between">
          <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={handleAdd}>
            Add stage
          </Button>
          <Group gap="xs">
            <Button variant="subtle" size="xs" disabled={!isDirty || save.isPending} onClick={() => setDrafts(draftsOf(stages))}>
              Undo changes
            </Button>
            <Button size="xs" disabled={!isDirty} loading={save.isPending} onClick={() => save.mutate()}>
              {saveLabel}
            </Button>
          </Group>
        </Group>
      ) : null}
      <Text size="xs" c="dimmed">
        Exactly one stage of kind Placed and at least one of kind Rejected. A stage with candidates in it cannot be removed.
      </Text>
    </Stack>
  );
}
