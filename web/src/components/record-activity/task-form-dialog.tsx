import { Button, Checkbox, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCurrentUser } from '../current-user';
import { showFormErrors } from '../form-errors';
import { notify } from '../notify';
import { teamQuery } from '../../api/team';
import { type RecordRef, type Task, activityActions, activityKeys } from './queries';
import { allDayInstant, dateIn, zonedToInstant } from './zoned-time';

export type TaskValues = { title: string; dueDate: string; dueTime: string; allDay: boolean; assigneeId: string; notes: string };
export type TaskForm = UseFormReturnType<TaskValues>;

/** A task's form (what, when, for whom): all day today for the current user until changed; due times in the user's time zone. */
export function useTaskForm() {
  const user = useCurrentUser();
  const timeZone = user.timeZone ?? user.agency.timeZone;
  const form = useForm<TaskValues>({
    mode: 'controlled',
    initialValues: { title: '', dueDate: dateIn(new Date(), timeZone), dueTime: '17:00', allDay: true, assigneeId: user.id, notes: '' },
    validate: {
      title: (value) => (value.trim() === '' ? 'Say what needs doing' : null),
      dueDate: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'Choose the day it is due'),
      dueTime: (value, values) => (values.allDay || /^\d{2}:\d{2}$/.test(value) ? null : 'Choose a time, or make it all day'),
    },
  });
  /** What the API receives: the due instant (noon UTC for an all-day task), and the assignee. */
  const toBody = (values: TaskValues) => ({
    title: values.title.trim(),
    dueAt: values.allDay ? allDayInstant(values.dueDate) : zonedToInstant(values.dueDate, values.dueTime, timeZone),
    allDay: values.allDay,
    assigneeId: values.assigneeId || undefined,
  });
  return { form, toBody };
}

/** The task form's fields; notes only where the task has them. */
export function TaskFields({ form, opened, withNotes = true }: { form: TaskForm; opened: boolean; withNotes?: boolean }) {
  const user = useCurrentUser();
  const team = useQuery({ ...teamQuery, enabled: opened });
  const people = (team.data?.data ?? []).map((member) => ({ value: member.id, label: member.id === user.id ? `${member.name} (me)` : member.name }));
  const options = people.some((person) => person.value === user.id) ? people : [{ value: user.id, label: `${user.name} (me)` }, ...people];
  return (
    <>
      <TextInput label="Title" required data-autofocus placeholder="e.g. Call back about the shortlist" {...form.getInputProps('title')} />
      <Group grow align="flex-start">
        <TextInput type="date" label="Due date" required {...form.getInputProps('dueDate')} />
        <TextInput type="time" label="Due time" disabled={form.getValues().allDay} {...form.getInputProps('dueTime')} />
      </Group>
      <Checkbox label="All day" {...form.getInputProps('allDay', { type: 'checkbox' })} />
      <Select label="Assignee" data={options} allowDeselect={false} searchable {...form.getInputProps('assigneeId')} />
      {withNotes ? <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} /> : null}
    </>
  );
}

export type TaskFormDialogProps = {
  opened: boolean;
  onClose: () => void;
  /** The record the task is about, or null for a task of its own. */
  record: RecordRef | null;
  /** The dialog's title and its button, e.g. "Set next action". */
  heading: string;
  onCreated?: (task: Task) => void;
};

/** A small form that creates a task: what, when (a time or all day, in the user's time zone) and for whom. */
export function TaskFormDialog({ opened, onClose, record, heading, onCreated }: TaskFormDialogProps) {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const { form, toBody } = useTaskForm();
  const create = useMutation({
    mutationFn: (values: TaskValues) =>
      activityActions.createTask(record, { ...toBody(values), notes: values.notes.trim() || undefined }),
    onSuccess: async (answer) => {
      notify.success(`“${answer.data.title}” added to ${answer.data.assignee.id === user.id ? 'your tasks' : `${answer.data.assignee.name}’s tasks`}.`);
      handleClose();
      onCreated?.(answer.data);
      await queryClient.invalidateQueries({ queryKey: activityKeys.tasks });
    },
    onError: (error) => showFormErrors(form, error),
  });

  function handleClose() {
    form.reset();
    onClose();
  }

  return (
    <Modal opened={opened} onClose={handleClose} title={heading} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form noValidate onSubmit={form.onSubmit((values) => create.mutate(values))}>
        <Stack gap="sm">
          <TaskFields form={form} opened={opened} />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={handleClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              {heading}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
