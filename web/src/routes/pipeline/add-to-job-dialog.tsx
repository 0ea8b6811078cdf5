import { Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { fetchJobChoices, pipelineActions, pipelineKeys, plural } from './queries';

/** A job that takes candidates now (qualified or open), searched by title or reference as the user types. */
function JobPicker({ value, onChange, error }: { value: string | null; onChange: (id: string | null, label: string) => void; error?: unknown }) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const jobs = useQuery({ queryKey: pipelineKeys.jobChoices(query), queryFn: () => fetchJobChoices(query), placeholderData: keepPreviousData, staleTime: 10_000 });
  const options = (jobs.data?.data ?? []).map((job) => ({ value: job.id, label: `${job.reference} ${job.title} · ${job.organization.name}` }));
  return (
    <Select
      label="Job"
      required
      data-autofocus
      placeholder="Search open and qualified jobs"
      data={options}
      value={value}
      onChange={(id) => onChange(id, options.find((option) => option.value === id)?.label ?? '')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: shown }) => shown}
      nothingFoundMessage={jobs.isFetching ? 'Searching…' : 'No open or qualified job matches'}
      description="Only qualified and open jobs take candidates."
      error={typeof error === 'string' ? error : undefined}
    />
  );
}

type AddToJobDialogProps = { opened: boolean; onClose: () => void; candidates: { id: string; name: string }[]; onAdded?: () => void };

/**
 * Puts candidates on a job's pipeline: one from their page (a second time on the same job is refused, naming the
 * entry), or several from the candidate search (those on the job already are left out and counted).
 */
export function AddToJobDialog({ opened, onClose, candidates, onAdded }: AddToJobDialogProps) {
  const queryClient = useQueryClient();
  const [jobLabel, setJobLabel] = useState('');
  const form = useForm<{ jobId: string | null }>({ mode: 'controlled', initialValues: { jobId: null }, validate: { jobId: (value) => (value ? null : 'Choose a job') } });
  const close = () => {
    form.reset();
    onClose();
  };
  const [single] = candidates;
  const subject = candidates.length === 1 && single ? single.name : plural(candidates.length, 'candidate');

  const add = useMutation({
    mutationFn: async (jobId: string) => {
      if (candidates.length === 1 && single) {
        await pipelineActions.addToJob(single.id, jobId);
        return { added: 1, skipped: 0 };
      }
      const answer = await pipelineActions.add(jobId, { candidateIds: candidates.map((candidate) => candidate.id), addedFrom: 'search', skipExisting: true });
      return { added: answer.data.length, skipped: answer.skipped.length };
    },
    onSuccess: async ({ added, skipped }) => {
      const already = skipped > 0 ? ` ${plural(skipped, 'was', 'were')} on it already.` : '';
      notify.success(`Added ${added === candidates.length ? subject : plural(added, 'candidate')} to ${jobLabel || 'the job'}.${already}`);
      close();
      onAdded?.();
      await Promise.all([queryClient.invalidateQueries({ queryKey: pipelineKeys.all }), queryClient.invalidateQueries({ queryKey: ['jobs'] })]);
    },
    onError: (error) => showFormErrors(form, error),
  });

  return (
    <FormDialog opened={opened} onClose={close} title={`Add ${subject} to a job`} onSubmit={form.onSubmit((values) => {
        if (values.jobId) {
          add.mutate(values.jobId);
        }
      })} submitLabel="Add to job" isPending={add.isPending}>
      <JobPicker
        value={form.getValues().jobId}
        onChange={(id, label) => {
          form.setFieldValue('jobId', id);
          setJobLabel(label);
        }}
        error={form.errors.jobId}
      />
      <Text size="xs" c="dimmed">
        {candidates.length === 1 ? 'They start in the job\u2019s first stage.' : 'They start in the job\u2019s first stage; anyone on the job already stays where they are.'}
      </Text>
    </FormDialog>
  );
}
