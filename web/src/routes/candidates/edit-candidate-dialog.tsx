import { Divider } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCurrentUser } from '../../components/current-user';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { StaleAlert } from '../../components/stale-alert';
import { ConsentAndLinkFields, PersonFields, PreferenceFields, WorkFields } from './candidate-form-fields';
import { type CandidateFormValues, initialValues, showCandidateErrors, updateBody } from './candidate-form-values';
import { DuplicateWarning } from './duplicate-warning';
import { type Candidate, candidateActions, candidateKeys } from './queries';

type EditCandidateDialogProps = { opened: boolean; onClose: () => void; candidate: Candidate };

/** Edits a candidate with the version it was opened at; someone else's change in between shows as a 409 with a reload. */
export function EditCandidateDialog({ opened, onClose, candidate }: EditCandidateDialogProps) {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const form = useForm<CandidateFormValues>({
    mode: 'controlled',
    initialValues: initialValues(candidate, user.id, 'GBP'),
    validate: {
      firstName: (value) => (value.trim() === '' ? 'Enter the first name' : null),
      lastName: (value) => (value.trim() === '' ? 'Enter the last name' : null),
    },
  });
  const saveState = useSaveState(form, onClose);
  const save = useMutation({
    mutationFn: (values: CandidateFormValues) => candidateActions.update(candidate.id, updateBody(values, candidate)),
    onSuccess: async (answer) => {
      queryClient.setQueryData(candidateKeys.record(candidate.id), answer);
      notify.success(`${answer.data.name} was updated.`);
      saveState.close();
      await queryClient.invalidateQueries({ queryKey: candidateKeys.all });
    },
    onError: (error) => {
      if (saveState.isStale || !showCandidateErrors(form, error)) {
        saveState.handleError(error);
      }
    },
  });
  const reload = () => {
    saveState.close();
    void queryClient.invalidateQueries({ queryKey: candidateKeys.record(candidate.id) });
  };
  const values = form.getValues();

  return (
    <FormDialog
      opened={opened}
      onClose={saveState.close}
      title={`Edit ${candidate.name}`}
      size="xl"
      gap="md"
      onSubmit={form.onSubmit((submitted) => save.mutate(submitted))}
      submitLabel="Save changes"
      isPending={save.isPending}
      isSubmitDisabled={saveState.isStale}
    >
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={reload} /> : null}
      <PersonFields form={form} isNew={false} />
      <DuplicateWarning input={{ firstName: values.firstName, lastName: values.lastName, emails: values.emails, phones: values.phones, currentEmployer: values.currentEmployer }} excludeId={candidate.id} />
      <Divider />
      <WorkFields form={form} />
      <Divider />
      <PreferenceFields form={form} />
      <Divider />
      <ConsentAndLinkFields form={form} />
    </FormDialog>
  );
}
