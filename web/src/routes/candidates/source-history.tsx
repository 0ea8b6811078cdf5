import { Badge, Button, Group, Select, Stack, Text, TextInput, Timeline } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CANDIDATE_SOURCES, type CandidateSource } from '../../../../src/shared/candidates';
import { useFormat } from '../../components/format';
import { showFormErrors } from '../../components/form-errors';
import { FormActions } from '../../components/form-actions';
import { notify } from '../../components/notify';
import { pickOption } from '../../components/options';
import { ListSkeleton, LoadError } from '../../components/page';
import { Section } from '../clients/client-ui';
import { SOURCE_LABELS, SOURCE_OPTIONS } from './candidate-ui';
import { candidateActions, candidateKeys, fetchSourceEvents } from './queries';

type Values = { source: CandidateSource; occurredOn: string; detail: string; referrerName: string };

function AddSourceForm({ candidateId, onDone }: { candidateId: string; onDone: () => void }) {
  const queryClient = useQueryClient();
  const form = useForm<Values>({ mode: 'controlled', initialValues: { source: 'sourced', occurredOn: '', detail: '', referrerName: '' } });
  const add = useMutation({
    mutationFn: (values: Values) =>
      candidateActions.addSourceEvent(candidateId, {
        source: values.source,
        // A date alone means midday of that day, so it is that day in every time zone the agency works in.
        ...(values.occurredOn ? { occurredAt: `${values.occurredOn}T12:00:00.000Z` } : {}),
        ...(values.detail.trim() ? { detail: values.detail.trim() } : {}),
        ...(values.referrerName.trim() ? { referrerName: values.referrerName.trim() } : {}),
      }),
    onSuccess: async (_answer, values) => {
      notify.success(`${SOURCE_LABELS[values.source]} was added to the source history.`);
      form.reset();
      onDone();
      await queryClient.invalidateQueries({ queryKey: candidateKeys.sourceEvents(candidateId) });
      await queryClient.invalidateQueries({ queryKey: candidateKeys.record(candidateId) });
    },
    onError: (error) => showFormErrors(form, error),
  });
  return (
    <form noValidate aria-label="Add source" onSubmit={form.onSubmit((values) => add.mutate(values))}>
      <Stack gap="xs">
        <Group gap="xs" grow align="flex-start">
          <Select label="Source" data={SOURCE_OPTIONS} allowDeselect={false} {...form.getInputProps('source')} onChange={(value) => form.setFieldValue('source', pickOption(CANDIDATE_SOURCES, value) ?? 'sourced')} />
          <TextInput type="date" label="When" description="Leave empty for today" {...form.getInputProps('occurredOn')} />
        </Group>
        <Group gap="xs" grow align="flex-start">
          <TextInput label="Detail" placeholder="e.g. LinkedIn search, job board name" {...form.getInputProps('detail')} />
          {form.getValues().source === 'referral' ? <TextInput label="Referred by" {...form.getInputProps('referrerName')} /> : null}
        </Group>
        <FormActions submitLabel="Add source" isPending={add.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** Every way the person reached the agency, oldest first; the first source is marked and stays visible. */
export function SourceHistory({ candidateId, canAdd }: { candidateId: string; canAdd: boolean }) {
  const format = useFormat();
  const [isAdding, setIsAdding] = useState(false);
  const events = useQuery({ queryKey: candidateKeys.sourceEvents(candidateId), queryFn: () => fetchSourceEvents(candidateId) });
  const ordered = [...(events.data?.data ?? [])].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));

  return (
    <Section
      title="Source history"
      actions={
        canAdd && !isAdding ? (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setIsAdding(true)}>
            Add source
          </Button>
        ) : null
      }
    >
      {isAdding ? <AddSourceForm candidateId={candidateId} onDone={() => setIsAdding(false)} /> : null}
      {events.isPending ? (
        <ListSkeleton rows={2} />
      ) : events.isError ? (
        <LoadError error={events.error} onRetry={() => void events.refetch()} />
      ) : ordered.length === 0 ? (
        <Text size="sm" c="dimmed">
          No source recorded yet.
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={0}>
          {ordered.map((event, index) => (
            <Timeline.Item
              key={event.id}
              title={
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {SOURCE_LABELS[event.source]}
                  </Text>
                  {index === 0 ? (
                    <Badge size="xs" color="blue" variant="filled" radius="sm">
                      First source
                    </Badge>
                  ) : null}
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {[format.date(event.occurredAt), event.detail, event.referrerName ? `referred by ${event.referrerName}` : null, event.job ? `for ${event.job.title}` : null].filter(Boolean).join(' · ')}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}
