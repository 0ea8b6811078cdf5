import { Alert, List, NumberInput, Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../../api/errors';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { EmployeeLink, employeeReference, selectOptions } from './labels';
import { type OnboardingDefaults, employeeActions, employeeKeys, fetchEmployeeLists, fetchOnboardingDefaults } from './queries';

type Values = { number: number | string; hiredOn: string; workerType: string | null; payFrequency: string | null };

export type OnboardCandidate = { id: string; name: string; startOn: string | null };

type OnboardDialogProps = { candidate: OnboardCandidate | null; onClose: () => void };

/**
 * Onboards a candidate placed for the first time as an employee: number (blank takes the agency's next), hire date
 * (the placement's start, else today), worker type and pay frequency from the agency's lists, and the documents
 * checklist the employee starts with. The candidate then leaves hiring management.
 */
export function OnboardDialog({ candidate, onClose }: OnboardDialogProps) {
  const defaults = useQuery({ queryKey: employeeKeys.onboardingDefaults, queryFn: fetchOnboardingDefaults, enabled: candidate !== null });
  if (!candidate || !defaults.data) {
    return null;
  }
  return <OnboardForm key={candidate.id} candidate={candidate} defaults={defaults.data} onClose={onClose} />;
}

type OnboardFormProps = { candidate: OnboardCandidate; defaults: OnboardingDefaults; onClose: () => void };

function OnboardForm({ candidate, defaults, onClose }: OnboardFormProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [existing, setExisting] = useState<{ id: string; label: string; message: string } | null>(null);
  const lists = useQuery({ queryKey: employeeKeys.lists, queryFn: fetchEmployeeLists });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { number: '', hiredOn: candidate.startOn ?? defaults.today, workerType: defaults.workerType, payFrequency: defaults.payFrequency },
    validate: {
      hiredOn: (value) => (value === '' ? 'Give the hire date' : null),
      workerType: (value) => (value ? null : 'Choose a worker type'),
      payFrequency: (value) => (value ? null : 'Choose a pay frequency'),
    },
  });

  function handleClose() {
    form.reset();
    setExisting(null);
    onClose();
  }

  const onboard = useMutation({
    mutationFn: (values: Values) =>
      employeeActions.onboard({
        candidateId: candidate.id,
        hiredOn: values.hiredOn,
        workerType: values.workerType ?? '',
        payFrequency: values.payFrequency ?? '',
        ...(typeof values.number === 'number' ? { number: values.number } : {}),
      }),
    onSuccess: (answer) => {
      const employee = answer.data;
      notify.success(`${employee.candidate.name} is now employee ${employeeReference(employee.number)}.`);
      void queryClient.invalidateQueries({ queryKey: ['placements'] });
      void queryClient.invalidateQueries({ queryKey: employeeKeys.all });
      handleClose();
      void navigate({ to: '/employees/$id', params: { id: employee.id } });
    },
    onError: (error) => {
      const employee = error instanceof ApiError ? error.related.find((related) => related.type === 'employee') : undefined;
      if (error instanceof ApiError && employee && error.rule === 'employee.exists') {
        setExisting({ id: employee.id, label: employee.label, message: error.message });
        return;
      }
      showFormErrors(form, error);
    },
  });

  const documents = defaults.requiredDocuments;
  return (
    <FormDialog
      opened
      onClose={handleClose}
      title={`Onboard ${candidate.name}`}
      onSubmit={form.onSubmit((values) => onboard.mutate(values))}
      submitLabel="Onboard as employee"
      isPending={onboard.isPending}
      isSubmitDisabled={existing !== null}
    >
      <Text size="sm">Creates the employee record. The candidate leaves hiring management; their placements then wait for approval in Assignments.</Text>
      <NumberInput
        label="Employee number"
        description="Leave blank for the agency's next number"
        min={1}
        allowDecimal={false}
        allowNegative={false}
        hideControls
        data-autofocus
        {...form.getInputProps('number')}
      />
      <TextInput label="Hire date" type="date" required {...form.getInputProps('hiredOn')} />
      <Select label="Worker type" required data={selectOptions(lists.data?.workerTypes)} allowDeselect={false} {...form.getInputProps('workerType')} />
      <Select label="Pay frequency" required data={selectOptions(lists.data?.payFrequencies)} allowDeselect={false} {...form.getInputProps('payFrequency')} />
      <div>
        <Text size="sm" fw={500}>
          Required documents
        </Text>
        {documents.length === 0 ? (
          <Text size="sm" c="dimmed">
            None: the agency requires no documents (Settings → Employees).
          </Text>
        ) : (
          <List size="sm" aria-label="Required documents">
            {documents.map((name) => (
              <List.Item key={name}>{name}</List.Item>
            ))}
          </List>
        )}
        <Text size="xs" c="dimmed">
          Ticked on the employee&apos;s page as they arrive.
        </Text>
      </div>
      {existing ? (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="Already an employee" role="alert">
          <Text size="sm">
            {existing.message}.{' '}
            <EmployeeLink id={existing.id} size="sm" onClick={handleClose}>
              Open {existing.label}
            </EmployeeLink>
          </Text>
        </Alert>
      ) : null}
    </FormDialog>
  );
}
