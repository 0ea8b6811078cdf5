import { MultiSelect, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PIPELINE_LIMITS, type SubmissionField } from '../../../../src/shared/pipeline';
import { ApiError } from '../../api/errors';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { fetchBoard, pipelineKeys } from '../pipeline/queries';
import { DEFAULT_SHARED_FIELDS } from './labels';
import { submissionActions, submissionKeys } from './queries';
import { ClientContactSelect, SharedFieldsInput } from './submission-fields';

type ShortlistValues = { entryIds: string[]; contactId: string | null; note: string; sharedFields: SubmissionField[] };

type ShortlistDialogProps = {
  opened: boolean;
  jobId: string;
  jobTitle: string;
  organizationId: string;
  hiringContactId: string | null;
  /** Entries with a live submission: they cannot be submitted again until it is withdrawn. */
  submitted: string[];
  onClose: () => void;
};

/** Stages whose candidates are out of the running or already placed: not offered for a shortlist. */
const CLOSED_KINDS: readonly string[] = ['rejected', 'withdrawn', 'placed'];

/** "items.2.documentId: … has no CV" → "Ana Silva: … has no CV", naming the candidate instead of the position. */
function itemProblems(error: ApiError, entryIds: string[], nameOf: (entryId: string) => string): string[] {
  return error.fields.flatMap((field) => {
    const match = /^items\.(\d+)\./.exec(field.path);
    const entryId = match ? entryIds[Number(match[1])] : undefined;
    return entryId ? [`${nameOf(entryId)}: ${field.message}`] : [];
  });
}

/** Several candidates of the job sent to the client in one email, each with their current CV; one submission each. */
export function ShortlistDialog({ opened, jobId, jobTitle, organizationId, hiringContactId, submitted, onClose }: ShortlistDialogProps) {
  const queryClient = useQueryClient();
  const board = useQuery({ queryKey: pipelineKeys.board(jobId), queryFn: () => fetchBoard(jobId), enabled: opened });
  const stages = new Map((board.data?.data.stages ?? []).map((stage) => [stage.id, stage]));
  const cards = (board.data?.data.cards ?? []).filter((card) => !submitted.includes(card.entryId) && !CLOSED_KINDS.includes(stages.get(card.stageId)?.kind ?? ''));
  const options = cards.map((card) => ({ value: card.entryId, label: `${card.name}${card.currentTitle ? ` — ${card.currentTitle}` : ''}` }));
  const nameOf = (entryId: string) => board.data?.data.cards.find((card) => card.entryId === entryId)?.name ?? 'A candidate';

  const form = useForm<ShortlistValues>({
    mode: 'controlled',
    initialValues: { entryIds: [], contactId: hiringContactId, note: '', sharedFields: DEFAULT_SHARED_FIELDS },
    validate: {
      entryIds: (value) => (value.length === 0 ? 'Choose the candidates to send' : null),
      contactId: (value) => (value ? null : 'Choose who receives it'),
    },
  });
  const values = form.getValues();

  const send = useMutation({
    mutationFn: (input: ShortlistValues) =>
      submissionActions.sendShortlist({
        jobId,
        contactId: input.contactId ?? undefined,
        note: input.note.trim(),
        items: input.entryIds.map((entryId) => ({ entryId, sharedFields: input.sharedFields })),
      }),
    onSuccess: (answer) => {
      const count = answer.data.submissions.length;
      notify.success(`Shortlist of ${count === 1 ? '1 candidate' : `${count} candidates`} sent to ${answer.data.contact.name}.`);
      void queryClient.invalidateQueries({ queryKey: submissionKeys.all });
      void queryClient.invalidateQueries({ queryKey: pipelineKeys.all });
      handleClose();
    },
    onError: (error) => {
      const problems = error instanceof ApiError ? itemProblems(error, form.getValues().entryIds, nameOf) : [];
      if (problems.length > 0) {
        form.setFieldError('entryIds', problems.join('; '));
        return;
      }
      showFormErrors(form, error);
    },
  });

  function handleClose() {
    form.reset();
    onClose();
  }

  return (
    <FormDialog
      opened={opened}
      onClose={handleClose}
      title={`Send a shortlist for ${jobTitle}`}
      size="lg"
      onSubmit={form.onSubmit((input) => send.mutate(input))}
      submitLabel="Send shortlist"
      isPending={send.isPending}
    >
      <Text size="sm">One email lists the candidates, each with their current CV attached. Each becomes a submission of its own, and moves to the job's submitted stage.</Text>
      <MultiSelect
        label="Candidates"
        required
        searchable
        data={options}
        maxValues={PIPELINE_LIMITS.shortlist}
        placeholder={board.isPending ? 'Loading the pipeline…' : 'Choose candidates on this job'}
        nothingFoundMessage={options.length === 0 ? 'Nobody on this job is waiting to be submitted' : 'Nobody by that name'}
        description={`Up to ${PIPELINE_LIMITS.shortlist}; candidates already submitted and not withdrawn are not listed`}
        {...form.getInputProps('entryIds')}
      />
      <ClientContactSelect label="Send to" required organizationId={organizationId} hiringContactId={hiringContactId} placeholder="Choose a contact of the client" {...form.getInputProps('contactId')} />
      <Textarea label="Note to the client" autosize minRows={3} maxRows={8} {...form.getInputProps('note')} />
      <SharedFieldsInput value={values.sharedFields} onChange={(fields) => form.setFieldValue('sharedFields', fields)} description="Shared for every candidate on the shortlist" />
    </FormDialog>
  );
}
