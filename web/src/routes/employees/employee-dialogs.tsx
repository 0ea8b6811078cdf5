import { Select, Text, TextInput, Textarea } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { StaleAlert } from '../../components/stale-alert';
import { dayOf, employeeReference, selectOptions } from './labels';
import { type Employee, type EmployeeRecord, employeeActions, employeeKeys, fetchEmployeeLists } from './queries';

/** What follows a command on an employee: the answered record replaces the cached one; lists and hiring reload. */
export function useEmployeeUpdate() {
  const queryClient = useQueryClient();
  return (answer: EmployeeRecord) => {
    queryClient.setQueryData(employeeKeys.record(answer.data.id), answer);
    void queryClient.invalidateQueries({ queryKey: ['employees', 'list'] });
  };
}

type DialogProps = { employee: Employee; today: string; opened: boolean; onClose: () => void };

type CommandDialogProps<V extends Record<string, unknown>> = Omit<DialogProps, 'today'> & {
  form: UseFormReturnType<V>;
  /** The command's name: the submit button, and the title before the employee's name. */
  verb: string;
  send: (values: V) => Promise<EmployeeRecord>;
  /** The notification once done. */
  done: (answer: EmployeeRecord) => string;
  children: ReactNode;
};

/** A dated command on an employee: sends the form with the version it was opened with; a 409 shows the stale alert, whose reload refetches the record. */
function EmployeeCommandDialog<V extends Record<string, unknown>>({ employee, opened, onClose, form, verb, send, done, children }: CommandDialogProps<V>) {
  const update = useEmployeeUpdate();
  const queryClient = useQueryClient();
  const saveState = useSaveState(form, onClose);
  const command = useMutation({
    mutationFn: send,
    onSuccess: (answer) => {
      update(answer);
      notify.success(done(answer));
      saveState.close();
    },
    onError: saveState.handleError,
  });
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: employeeKeys.record(employee.id) });
    saveState.close();
  };
  return (
    <FormDialog
      opened={opened}
      onClose={saveState.close}
      title={`${verb} ${employee.candidate.name}`}
      onSubmit={form.onSubmit((values) => command.mutate(values))}
      submitLabel={verb}
      isPending={command.isPending}
      isSubmitDisabled={saveState.isStale}
    >
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={reload} /> : null}
      {children}
    </FormDialog>
  );
}

/** Ends the employment on a date (on or after the hire date) with a reason; the history keeps it. */
export function TerminateDialog({ employee, today, opened, onClose }: DialogProps) {
  const format = useFormat();
  const form = useForm<{ terminatedOn: string; reason: string }>({
    mode: 'controlled',
    initialValues: { terminatedOn: today < employee.hiredOn ? employee.hiredOn : today, reason: '' },
    validate: {
      terminatedOn: (value) => (value === '' ? 'Give the termination date' : value < employee.hiredOn ? 'On or after the hire date' : null),
      reason: (value) => (value.trim() === '' ? 'Give the reason' : null),
    },
  });
  return (
    <EmployeeCommandDialog
      employee={employee}
      opened={opened}
      onClose={onClose}
      form={form}
      verb="Terminate"
      send={(values) => employeeActions.terminate(employee.id, employee.version, values.terminatedOn, values.reason.trim())}
      done={(answer) => `${employeeReference(answer.data.number)} ${answer.data.candidate.name} terminated on ${format.date(dayOf(answer.data.terminatedOn))}.`}
    >
      <Text size="sm">
        {employeeReference(employee.number)}, hired {format.date(dayOf(employee.hiredOn))}, becomes terminated from the date below. The record stays, with its history, and can be reactivated later.
        Their assignments do not change.
      </Text>
      <TextInput label="Termination date" type="date" required min={employee.hiredOn} data-autofocus {...form.getInputProps('terminatedOn')} />
      <Textarea label="Reason" required autosize minRows={2} maxLength={500} {...form.getInputProps('reason')} />
    </EmployeeCommandDialog>
  );
}

/** Makes a terminated employee active again from a date (on or after the termination date). */
export function ReactivateDialog({ employee, today, opened, onClose }: DialogProps) {
  const format = useFormat();
  const floor = employee.terminatedOn ?? employee.hiredOn;
  const form = useForm<{ on: string }>({
    mode: 'controlled',
    initialValues: { on: today < floor ? floor : today },
    validate: { on: (value) => (value === '' ? 'Give the date' : value < floor ? 'On or after the termination date' : null) },
  });
  return (
    <EmployeeCommandDialog
      employee={employee}
      opened={opened}
      onClose={onClose}
      form={form}
      verb="Reactivate"
      send={(values) => employeeActions.reactivate(employee.id, employee.version, values.on)}
      done={(answer) => `${employeeReference(answer.data.number)} ${answer.data.candidate.name} is active again.`}
    >
      <Text size="sm">
        {employeeReference(employee.number)} was terminated on {format.date(dayOf(employee.terminatedOn))}
        {employee.terminationReason ? ` (${employee.terminationReason})` : ''}. Reactivating makes the record active again from the date below; the history keeps the termination.
      </Text>
      <TextInput label="Active again from" type="date" required min={floor} data-autofocus {...form.getInputProps('on')} />
    </EmployeeCommandDialog>
  );
}

type EditValues = { workerType: string | null; payFrequency: string | null };

/** Changes the worker type and pay frequency (values of the agency's lists). */
export function EditEmployeeDialog({ employee, opened, onClose }: Omit<DialogProps, 'today'>) {
  const update = useEmployeeUpdate();
  const lists = useQuery({ queryKey: employeeKeys.lists, queryFn: fetchEmployeeLists, enabled: opened });
  const form = useForm<EditValues>({ mode: 'controlled', initialValues: { workerType: employee.workerType, payFrequency: employee.payFrequency } });
  const saveState = useSaveState(form, onClose);
  const save = useMutation({
    mutationFn: (values: EditValues) => employeeActions.update(employee.id, { version: employee.version, workerType: values.workerType ?? undefined, payFrequency: values.payFrequency ?? undefined }),
    onSuccess: (answer) => {
      update(answer);
      notify.success(`${employeeReference(answer.data.number)} was updated.`);
      saveState.close();
    },
    onError: saveState.handleError,
  });
  return (
    <FormDialog opened={opened} onClose={saveState.close} title={`Edit ${employeeReference(employee.number)}`} onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Save" isPending={save.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={saveState.close} /> : null}
      <Select label="Worker type" required data={selectOptions(lists.data?.workerTypes, employee.workerType)} allowDeselect={false} data-autofocus {...form.getInputProps('workerType')} />
      <Select label="Pay frequency" required data={selectOptions(lists.data?.payFrequencies, employee.payFrequency)} allowDeselect={false} {...form.getInputProps('payFrequency')} />
    </FormDialog>
  );
}
