import { Badge, Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FIT_NOTE_KINDS } from '../../../../src/shared/candidates';
import { useFormat } from '../../components/format';
import { FormActions } from '../../components/form-actions';
import { showFormErrors } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { pickOption } from '../../components/options';
import { ListSkeleton, LoadError } from '../../components/page';
import { Section } from '../clients/client-ui';
import { OrganizationPicker } from '../clients/organization-picker';
import { JobLink, OrganizationLink } from '../clients/record-links';
import { fetchJobs } from '../jobs/queries';
import { FIT_NOTE_LABELS, FIT_NOTE_OPTIONS } from './candidate-ui';
import { candidateActions, candidateKeys, fetchFitNotes } from './queries';

type FitNoteKind = (typeof FIT_NOTE_KINDS)[number];
type Values = { kind: FitNoteKind; organizationId: string | null; jobId: string | null; body: string };

/** A job order to tie a note to, searched by title as the user types. */
function JobPicker({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const jobs = useQuery({ queryKey: ['jobs', 'picker', query], queryFn: () => fetchJobs({ q: query || undefined }, undefined), staleTime: 30_000 });
  const options = (jobs.data?.data ?? []).map((job) => ({ value: job.id, label: `${job.reference} ${job.title} (${job.organization.name})` }));
  return <Select label="Job" placeholder="Any job order" data={options} value={value} onChange={onChange} searchable clearable searchValue={search} onSearchChange={setSearch} nothingFoundMessage="No job matches" />;
}

function AddFitNoteForm({ candidateId, onDone }: { candidateId: string; onDone: () => void }) {
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { kind: 'fit', organizationId: null, jobId: null, body: '' },
    validate: { body: (value) => (value.trim() === '' ? 'Write the note' : null) },
  });
  const add = useMutation({
    mutationFn: (values: Values) =>
      candidateActions.addFitNote(candidateId, {
        kind: values.kind,
        body: values.body.trim(),
        ...(values.organizationId ? { organizationId: values.organizationId } : {}),
        ...(values.jobId ? { jobId: values.jobId } : {}),
      }),
    onSuccess: async (_answer, values) => {
      notify.success(`${FIT_NOTE_LABELS[values.kind]} note added.`);
      form.reset();
      onDone();
      await queryClient.invalidateQueries({ queryKey: candidateKeys.fitNotes(candidateId) });
    },
    onError: (error) => showFormErrors(form, error),
  });
  return (
    <form noValidate aria-label="Add fit note" onSubmit={form.onSubmit((values) => add.mutate(values))}>
      <Stack gap="xs">
        <SegmentedControl aria-label="Kind of note" size="xs" data={FIT_NOTE_OPTIONS} value={form.getValues().kind} onChange={(value) => form.setFieldValue('kind', pickOption(FIT_NOTE_KINDS, value) ?? 'fit')} style={{ alignSelf: 'flex-start' }} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <OrganizationPicker label="Client" placeholder="Any client" clearable value={form.getValues().organizationId} onChange={(id) => form.setFieldValue('organizationId', id)} error={form.errors.organizationId} />
          <JobPicker value={form.getValues().jobId} onChange={(id) => form.setFieldValue('jobId', id)} />
        </SimpleGrid>
        <Textarea label="Note" required autosize minRows={2} placeholder="Why they fit, or what would make them fit later" {...form.getInputProps('body')} />
        <FormActions submitLabel="Add note" isPending={add.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** Fit and future-fit notes, each optionally about a client or a job order, newest first. */
export function FitNotes({ candidateId, canAdd }: { candidateId: string; canAdd: boolean }) {
  const format = useFormat();
  const [isAdding, setIsAdding] = useState(false);
  const notes = useQuery({ queryKey: candidateKeys.fitNotes(candidateId), queryFn: () => fetchFitNotes(candidateId) });
  const ordered = [...(notes.data?.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <Section
      title="Fit notes"
      actions={
        canAdd && !isAdding ? (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setIsAdding(true)}>
            Add fit note
          </Button>
        ) : null
      }
    >
      {isAdding ? <AddFitNoteForm candidateId={candidateId} onDone={() => setIsAdding(false)} /> : null}
      {notes.isPending ? (
        <ListSkeleton rows={2} />
      ) : notes.isError ? (
        <LoadError error={notes.error} onRetry={() => void notes.refetch()} />
      ) : ordered.length === 0 ? (
        <Text size="sm" c="dimmed">
          No fit notes yet. Note which clients or roles they would suit, now or later.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Fit notes">
          {ordered.map((note) => (
            <Paper key={note.id} component="li" withBorder radius="sm" p="sm">
              <Group gap="xs" mb={4}>
                <Badge size="sm" radius="sm" variant="light" color={note.kind === 'fit' ? 'teal' : 'grape'}>
                  {FIT_NOTE_LABELS[note.kind]}
                </Badge>
                {note.organization ? (
                  <OrganizationLink id={note.organization.id} size="sm">
                    {note.organization.name}
                  </OrganizationLink>
                ) : null}
                {note.job ? (
                  <JobLink id={note.job.id} size="sm">
                    {note.job.title}
                  </JobLink>
                ) : null}
                {note.roleTitle ? <Text size="sm">{note.roleTitle}</Text> : null}
                <Text size="xs" c="dimmed">
                  {[note.author?.name, format.date(note.createdAt)].filter(Boolean).join(' · ')}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {note.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Section>
  );
}
