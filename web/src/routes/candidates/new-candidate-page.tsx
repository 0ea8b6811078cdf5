import { Divider, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useCurrentUser } from '../../components/current-user';
import { FormActions } from '../../components/form-actions';
import { showFormErrors } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { PageHeader } from '../../components/page';
import { ConsentAndLinkFields, PersonFields, PreferenceFields, WorkFields } from './candidate-form-fields';
import { type CandidateFormValues, createBody, initialValues, showCandidateErrors } from './candidate-form-values';
import { type CvSuggestions, documentActions } from '../documents/queries';
import { DuplicateWarning } from './duplicate-warning';
import { candidateActions, candidateKeys } from './queries';
import { StartFromCv } from './start-from-cv';

const DEFAULT_CURRENCY = 'GBP';

const mergeUnique = (current: readonly string[], found: readonly string[]) => [...new Set([...current, ...found])];

/** The form with what a CV suggests filled in: names where found, emails, phones and skills added to those entered. */
function prefilled(values: CandidateFormValues, found: CvSuggestions): CandidateFormValues {
  const skills = values.skills.filter((skill) => skill.name.trim() !== '');
  const known = new Set(skills.map((skill) => skill.name.trim().toLowerCase()));
  const added = found.skills.filter((name) => !known.has(name.toLowerCase())).map((name) => ({ name, years: '', level: null }));
  return {
    ...values,
    firstName: found.firstName ?? values.firstName,
    lastName: found.lastName ?? values.lastName,
    emails: mergeUnique(values.emails, found.emails),
    phones: mergeUnique(values.phones, found.phones),
    skills: skills.length + added.length > 0 ? [...skills, ...added] : values.skills,
  };
}

/** Add a candidate: possible duplicates are shown while typing, and the record opens once created. */
export function NewCandidatePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // What is typed in the emails and phones boxes before Enter counts for the duplicates check too.
  const [pendingEmail, setPendingEmail] = useState('');
  const [pendingPhone, setPendingPhone] = useState('');
  // The CV the form was started from; uploaded as the current CV once the candidate exists.
  const [cvFile, setCvFile] = useState<File | null>(null);
  const form = useForm<CandidateFormValues>({
    mode: 'controlled',
    initialValues: { ...initialValues(undefined, user.id, DEFAULT_CURRENCY), skills: [{ name: '', years: '', level: null }] },
    validate: {
      firstName: (value) => (value.trim() === '' ? 'Enter the first name' : null),
      lastName: (value) => (value.trim() === '' ? 'Enter the last name' : null),
    },
  });
  const create = useMutation({
    mutationFn: (values: CandidateFormValues) => candidateActions.create(createBody(values)),
    onSuccess: async (answer) => {
      queryClient.setQueryData(candidateKeys.record(answer.data.id), answer);
      notify.success(`${answer.data.name} was added.`);
      if (cvFile) {
        await documentActions.upload(answer.data.id, cvFile, 'cv').catch((error: unknown) => notify.error(error, 'The CV was not uploaded'));
      }
      await navigate({ to: '/candidates/$candidateId', params: { candidateId: answer.data.id } });
      await queryClient.invalidateQueries({ queryKey: candidateKeys.all });
    },
    onError: (error) => {
      if (!showCandidateErrors(form, error)) {
        showFormErrors(form, error);
      }
    },
  });
  const values = form.getValues();

  return (
    <Stack gap={0} maw={1040}>
      <PageHeader title="New candidate" description="Add someone the agency may place. Likely duplicates show as you type." />
      <StartFromCv
        file={cvFile}
        onRead={(file, found) => {
          setCvFile(file);
          form.setValues(prefilled(form.getValues(), found));
        }}
      />
      <Paper withBorder radius="md" p="md">
        <form noValidate aria-label="New candidate" onSubmit={form.onSubmit((submitted) => create.mutate(submitted))}>
          <Stack gap="md">
            <PersonFields form={form} isNew onEmailSearchChange={setPendingEmail} onPhoneSearchChange={setPendingPhone} />
            <DuplicateWarning
              input={{ firstName: values.firstName, lastName: values.lastName, emails: [...values.emails, pendingEmail], phones: [...values.phones, pendingPhone], currentEmployer: values.currentEmployer }}
            />
            <Divider />
            <WorkFields form={form} />
            <Divider />
            <PreferenceFields form={form} />
            <Divider />
            <ConsentAndLinkFields form={form} />
            <FormActions submitLabel="Create candidate" isPending={create.isPending} onCancel={() => void navigate({ to: '/candidates' })} />
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
