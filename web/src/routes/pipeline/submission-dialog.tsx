import { Alert, Modal, Select, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { SubmissionField } from '../../../../src/shared/pipeline';
import { isApiError } from '../../api/errors';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors } from '../../components/form-errors';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { LoadError } from '../../components/page';
import { type CandidateDocument, documentKeys, fetchCandidateDocuments } from '../documents/queries';
import { type Job, fetchJob, jobKeys } from '../jobs/queries';
import { DEFAULT_SHARED_FIELDS } from '../submissions/labels';
import { type Submission, fetchEntrySubmissions, submissionActions, submissionKeys } from '../submissions/queries';
import { ClientContactSelect, SendChoice, SharedFieldsInput } from '../submissions/submission-fields';
import type { StageDialogProps } from './stage-dialogs';

type SubmissionValues = { documentId: string | null; contactId: string | null; note: string; sharedFields: SubmissionField[]; send: boolean };

type SubmissionFormProps = StageDialogProps & { job: Job; documents: CandidateDocument[]; live: Submission | null };

/** CVs only (the server refuses other documents), the current one first and marked. */
function cvOptions(documents: CandidateDocument[]) {
  const format = (document: CandidateDocument) => `${document.fileName}${document.isCurrentCv ? ' (current CV)' : ''}`;
  return documents
    .filter((document) => document.kind === 'cv')
    .sort((a, b) => Number(b.isCurrentCv) - Number(a.isCurrentCv))
    .map((document) => ({ value: document.id, label: format(document) }));
}

function SubmissionForm({ entry, opened, onClose, onSaved, job, documents, live }: SubmissionFormProps) {
  const queryClient = useQueryClient();
  const format = useFormat();
  const cvs = cvOptions(documents);
  const current = documents.find((document) => document.kind === 'cv' && document.isCurrentCv) ?? null;
  const form = useForm<SubmissionValues>({
    mode: 'controlled',
    initialValues: { documentId: current?.id ?? cvs[0]?.value ?? null, contactId: job.contact?.id ?? null, note: '', sharedFields: DEFAULT_SHARED_FIELDS, send: true },
    validate: {
      documentId: (value, values) => (values.send && !value ? (cvs.length === 0 ? `${entry.name} has no CV: upload one on their page, or record the submission only` : 'Choose the CV to send') : null),
      contactId: (value, values) => (values.send && !value ? 'Choose who receives it' : null),
    },
  });
  const values = form.getValues();

  const submit = useMutation({
    mutationFn: (input: SubmissionValues) =>
      submissionActions.submit({
        entryId: entry.entryId,
        documentId: input.documentId ?? undefined,
        contactId: input.contactId ?? undefined,
        note: input.note.trim(),
        sharedFields: input.sharedFields,
        send: input.send,
      }),
    onSuccess: (answer) => {
      const { contact } = answer.data;
      notify.success(answer.data.emailed && contact ? `${entry.name} was submitted to ${contact.name}.` : `${entry.name}'s submission was recorded.`);
      void queryClient.invalidateQueries({ queryKey: submissionKeys.all });
      form.reset();
      onSaved();
    },
    onError: (error) => (isApiError(error, 409) ? notify.error(error, 'Not submitted') : showFormErrors(form, error)),
  });

  function handleClose() {
    form.reset();
    onClose();
  }

  return (
    <FormDialog
      opened={opened}
      onClose={handleClose}
      title={`Submit ${entry.name} to ${job.organization.name}`}
      size="lg"
      onSubmit={form.onSubmit((input) => submit.mutate(input))}
      submitLabel={values.send ? 'Send submission' : 'Record submission'}
      isPending={submit.isPending}
      isSubmitDisabled={live !== null}
    >
      <Text size="sm">
        {`${entry.name} is put forward for ${job.reference} ${job.title}; the submission records who sent what, and when. Saving moves them to the job's submitted stage.`}
      </Text>
      {live ? (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />} title="Already submitted">
          {`${entry.name} was submitted on ${format.dateTime(live.sentAt)}${live.submittedBy ? ` by ${live.submittedBy.name}` : ''}. Withdraw that submission on the job's `}
          <Link to="/jobs/$id" params={{ id: job.id }} search={{ tab: 'submissions' }}>
            Submissions
          </Link>
          {' tab to submit again.'}
        </Alert>
      ) : null}
      <SendChoice value={values.send} onChange={(send) => form.setFieldValue('send', send)} />
      <Select
        label="CV"
        required={values.send}
        data={cvs}
        placeholder={cvs.length === 0 ? 'No CV uploaded' : 'Choose a CV'}
        clearable={!values.send}
        allowDeselect={!values.send}
        description={values.send ? 'Attached to the email' : 'Recorded with the submission'}
        {...form.getInputProps('documentId')}
      />
      <ClientContactSelect
        label="Send to"
        required={values.send}
        organizationId={job.organization.id}
        hiringContactId={job.contact?.id ?? null}
        placeholder="Choose a contact of the client"
        description={job.contact ? 'The job\'s hiring contact unless you choose another' : 'The job has no hiring contact: choose who receives it'}
        {...form.getInputProps('contactId')}
      />
      <Textarea label="Note to the client" autosize minRows={3} maxRows={8} placeholder="Why this candidate fits the role" {...form.getInputProps('note')} />
      <SharedFieldsInput value={values.sharedFields} onChange={(fields) => form.setFieldValue('sharedFields', fields)} error={form.errors.sharedFields} />
    </FormDialog>
  );
}

/**
 * "Submit to client": opened when a card is dropped into a submitted stage, or from the entry. Chooses the CV, the
 * contact, the note and the fields to share, then emails the client (or records a submission made another way).
 */
export function SubmissionDialog(props: StageDialogProps) {
  const { entry, opened, onClose } = props;
  const job = useQuery({ queryKey: jobKeys.record(entry.jobId), queryFn: () => fetchJob(entry.jobId), enabled: opened });
  const documents = useQuery({ queryKey: documentKeys.ofCandidate(entry.candidateId), queryFn: () => fetchCandidateDocuments(entry.candidateId), enabled: opened });
  const earlier = useQuery({ queryKey: submissionKeys.ofEntry(entry.entryId), queryFn: () => fetchEntrySubmissions(entry.entryId), enabled: opened });

  if (!job.isSuccess || !documents.isSuccess || !earlier.isSuccess) {
    const failed = [job, documents, earlier].find((query) => query.isError);
    return (
      <Modal opened={opened} onClose={onClose} title={`Submit ${entry.name}`} size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
        {failed ? (
          <LoadError error={failed.error} onRetry={() => void failed.refetch()} />
        ) : (
          <Stack gap="sm" aria-busy="true" aria-label="Loading">
            <Skeleton height={36} />
            <Skeleton height={36} />
            <Skeleton height={90} />
          </Stack>
        )}
      </Modal>
    );
  }
  const live = earlier.data.data.find((submission) => submission.status === 'submitted') ?? null;
  return <SubmissionForm {...props} job={job.data.data} documents={documents.data.data} live={live} />;
}
