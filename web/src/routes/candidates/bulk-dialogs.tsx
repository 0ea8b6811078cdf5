import { TagsInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { TaskFields, type TaskValues, useTaskForm } from '../../components/record-activity';
import { activityKeys } from '../../components/record-activity/queries';
import { CANDIDATE_LIMITS } from '../../../../src/shared/candidates';
import { candidateActions, candidateKeys } from './queries';

type BulkDialogProps = { opened: boolean; onClose: () => void; ids: string[]; onDone?: () => void };

const candidatesText = (count: number) => `${count} candidate${count === 1 ? '' : 's'}`;
const tagList = (values: string[]) => [...new Set(values.map((value) => value.trim().toLowerCase()).filter(Boolean))];

/** Adds and removes tags on the chosen candidates (all or nothing: the server refuses the batch if one cannot change). */
export function BulkTagDialog({ opened, onClose, ids, onDone }: BulkDialogProps) {
  const queryClient = useQueryClient();
  const form = useForm<{ add: string[]; remove: string[] }>({
    mode: 'controlled',
    initialValues: { add: [], remove: [] },
    validate: {
      add: (value, values) => (value.length + values.remove.length === 0 ? 'Give a tag to add or one to remove' : null),
      remove: (value, values) => (tagList(value).some((tag) => tagList(values.add).includes(tag)) ? 'A tag cannot be both added and removed' : null),
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const save = useMutation({
    mutationFn: (values: { add: string[]; remove: string[] }) => candidateActions.tagMany({ ids, options: { add: tagList(values.add), remove: tagList(values.remove) } }),
    onSuccess: async (answer) => {
      notify.success(`Tags changed on ${candidatesText(answer.data.length)}.`);
      close();
      onDone?.();
      await queryClient.invalidateQueries({ queryKey: candidateKeys.all });
    },
    onError: (error) => showFormErrors(form, error),
  });
  return (
    <FormDialog opened={opened} onClose={close} title={`Tag ${candidatesText(ids.length)}`} onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Save tags" isPending={save.isPending}>
      <Text size="sm" c="dimmed">
        Tags are lower-case; a candidate keeps its other tags.
      </Text>
      <TagsInput label="Tags to add" description="Press Enter after each tag." data-autofocus maxTags={CANDIDATE_LIMITS.tags} {...form.getInputProps('add')} />
      <TagsInput label="Tags to remove" description="Press Enter after each tag." {...form.getInputProps('remove')} />
    </FormDialog>
  );
}

/** One task per chosen candidate: the task form's fields (what, when in the user's time zone or all day, for whom). */
export function BulkTaskDialog({ opened, onClose, ids, onDone }: BulkDialogProps) {
  const queryClient = useQueryClient();
  const { form, toBody } = useTaskForm();
  const close = () => {
    form.reset();
    onClose();
  };
  const save = useMutation({
    mutationFn: (values: TaskValues) => candidateActions.addTasks({ ids, options: toBody(values) }),
    onSuccess: async (answer) => {
      notify.success(`${answer.data.length === 1 ? 'A task' : `${answer.data.length} tasks`} added.`);
      close();
      onDone?.();
      await Promise.all([queryClient.invalidateQueries({ queryKey: candidateKeys.all }), queryClient.invalidateQueries({ queryKey: activityKeys.tasks })]);
    },
    onError: (error) => showFormErrors(form, error),
  });
  return (
    <FormDialog opened={opened} onClose={close} title={`Add a task to ${candidatesText(ids.length)}`} onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Add task" isPending={save.isPending}>
      <Text size="sm" c="dimmed">
        Each candidate gets its own task.
      </Text>
      <TaskFields form={form} opened={opened} withNotes={false} />
    </FormDialog>
  );
}
