import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ISSUE_SEVERITIES } from '../../../../src/shared/pipeline';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { pickOption } from '../../components/options';
import { StaleAlert } from '../../components/stale-alert';
import { Section } from '../clients/client-ui';
import { optionsOf } from '../jobs/labels';
import { SEVERITY_LABELS, SeverityBadge } from './labels';
import { type Placement, type PlacementIssue, fetchIssueKinds, placementActions, placementKeys } from './queries';
import { usePlacementUpdate } from './use-placement-update';

/** The agency's issue kinds (`placement_issue_kinds`): options for new issues (archived left out) and labels for old ones. */
function useIssueKinds() {
  const kinds = useQuery({ queryKey: placementKeys.issueKinds, queryFn: fetchIssueKinds, staleTime: 60_000 });
  const items = kinds.data ?? [];
  return {
    options: items.filter((item) => !item.archived).map((item) => ({ value: item.value, label: item.label })),
    label: (value: string) => items.find((item) => item.value === value)?.label ?? value,
  };
}

type IssueValues = { kind: string | null; severity: string; note: string };

function LogIssueDialog({ placement, onClose }: { placement: Placement; onClose: () => void }) {
  const update = usePlacementUpdate();
  const kinds = useIssueKinds();
  const form = useForm<IssueValues>({
    mode: 'controlled',
    initialValues: { kind: null, severity: 'medium', note: '' },
    validate: { kind: (value) => (value ? null : 'Choose the kind of issue'), note: (value) => (value.trim() === '' ? 'Say what happened' : null) },
  });
  const saveState = useSaveState(form, onClose);
  const save = useMutation({
    mutationFn: (values: IssueValues) => placementActions.logIssue(placement.id, { kind: values.kind ?? '', severity: pickOption(ISSUE_SEVERITIES, values.severity) ?? 'medium', note: values.note.trim() }),
    onSuccess: (answer) => {
      update(answer);
      notify.success(`Issue logged on ${answer.data.reference}.`);
      saveState.close();
    },
    onError: saveState.handleError,
  });
  return (
    <FormDialog opened onClose={saveState.close} title={`Log an issue on ${placement.reference}`} onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Log issue" isPending={save.isPending}>
      <Group grow align="flex-start">
        <Select label="Kind" required data={kinds.options} data-autofocus {...form.getInputProps('kind')} />
        <Select label="Severity" required data={optionsOf(ISSUE_SEVERITIES, SEVERITY_LABELS)} allowDeselect={false} {...form.getInputProps('severity')} />
      </Group>
      <Textarea label="What happened" required autosize minRows={3} maxLength={5000} {...form.getInputProps('note')} />
    </FormDialog>
  );
}

function ResolveDialog({ placement, issue, onClose }: { placement: Placement; issue: PlacementIssue; onClose: () => void }) {
  const update = usePlacementUpdate();
  const form = useForm<{ resolution: string }>({ mode: 'controlled', initialValues: { resolution: '' }, validate: { resolution: (value) => (value.trim() === '' ? 'Say how it was resolved' : null) } });
  const saveState = useSaveState(form, onClose);
  const save = useMutation({
    mutationFn: ({ resolution }: { resolution: string }) => placementActions.resolveIssue(placement.id, issue.id, issue.version, resolution.trim()),
    onSuccess: (answer) => {
      update(answer);
      notify.success('Issue resolved.');
      saveState.close();
    },
    onError: saveState.handleError,
  });
  return (
    <FormDialog opened onClose={saveState.close} title="Resolve issue" onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Resolve" isPending={save.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={saveState.close} /> : null}
      <Text size="sm">{issue.note}</Text>
      <Textarea label="Resolution" required autosize minRows={2} maxLength={5000} data-autofocus {...form.getInputProps('resolution')} />
    </FormDialog>
  );
}

type PlacementIssuesProps = { placement: Placement; canWrite: boolean };

/** Post-placement issues: kind, severity, note and who reported it; open ones can be resolved. */
export function PlacementIssues({ placement, canWrite }: PlacementIssuesProps) {
  const format = useFormat();
  const kinds = useIssueKinds();
  const [dialog, setDialog] = useState<{ type: 'log' } | { type: 'resolve'; issue: PlacementIssue } | null>(null);
  return (
    <Section
      title="Issues"
      actions={
        canWrite ? (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setDialog({ type: 'log' })}>
            Log issue
          </Button>
        ) : null
      }
    >
      {placement.issues.length === 0 ? (
        <Text size="sm" c="dimmed">
          No issues logged.
        </Text>
      ) : null}
      <Stack gap="xs">
        {placement.issues.map((issue) => (
          <Stack key={issue.id} gap={2} pb={6} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <Group justify="space-between" wrap="nowrap">
              <Group gap="xs">
                <Text size="sm" fw={500}>
                  {kinds.label(issue.kind)}
                </Text>
                <SeverityBadge severity={issue.severity} />
                {issue.resolvedAt ? <Text size="xs" c="teal">Resolved {format.date(issue.resolvedAt)}</Text> : <Text size="xs" c="red">Open</Text>}
              </Group>
              {canWrite && !issue.resolvedAt ? (
                <Button size="compact-xs" variant="subtle" onClick={() => setDialog({ type: 'resolve', issue })} aria-label={`Resolve ${kinds.label(issue.kind)} issue`}>
                  Resolve
                </Button>
              ) : null}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {issue.note}
            </Text>
            <Text size="xs" c="dimmed">
              {issue.reportedBy} · {format.dateTime(issue.createdAt)}
            </Text>
            {issue.resolution ? <Text size="xs">Resolution: {issue.resolution}</Text> : null}
          </Stack>
        ))}
      </Stack>
      {dialog?.type === 'log' ? <LogIssueDialog placement={placement} onClose={() => setDialog(null)} /> : null}
      {dialog?.type === 'resolve' ? <ResolveDialog key={dialog.issue.id} placement={placement} issue={dialog.issue} onClose={() => setDialog(null)} /> : null}
    </Section>
  );
}
