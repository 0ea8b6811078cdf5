import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role, User } from '../../../api/types';
import { useSaveState } from '../../../components/form-errors';
import { notify } from '../../../components/notify';
import { ROLE_OPTIONS, pickRole } from '../../../components/options';
import { StaleAlert } from '../../../components/stale-alert';
import { userActions, userKeys } from './queries';

type EditValues = { name: string; role: Role };
type EditUserFormProps = { user: User; onReload: () => void };

/** Rename or change the role; sends the version it was opened with, so someone else's change is not overwritten. */
export function EditUserForm({ user, onReload }: EditUserFormProps) {
  const queryClient = useQueryClient();
  const form = useForm<EditValues>({ mode: 'controlled', initialValues: { name: user.name, role: user.role } });
  const saveState = useSaveState(form);
  const values = form.getValues();
  const isDirty = values.name.trim() !== user.name || values.role !== user.role;

  const save = useMutation({
    mutationFn: (next: EditValues) =>
      userActions.update(user.id, {
        version: user.version,
        ...(next.name.trim() !== user.name ? { name: next.name.trim() } : {}),
        ...(next.role !== user.role ? { role: next.role } : {}),
      }),
    onSuccess: async (answer) => {
      queryClient.setQueryData(userKeys.record(user.id), answer);
      notify.success(`${answer.data.name} was updated.`);
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
    onError: saveState.handleError,
  });

  return (
    <form noValidate onSubmit={form.onSubmit((next) => save.mutate(next))}>
      <Stack gap="sm">
        {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={onReload} /> : null}
        <TextInput label="Name" required {...form.getInputProps('name')} />
        <Select label="Role" data={ROLE_OPTIONS} {...form.getInputProps('role')} onChange={(value) => form.setFieldValue('role', pickRole(value) ?? user.role)} />
        <Group justify="flex-end">
          <Button type="submit" disabled={!isDirty || saveState.isStale} loading={save.isPending}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
