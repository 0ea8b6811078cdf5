import { Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../api/types';
import { FormDialog } from '../../../components/form-dialog';
import { showFormErrors } from '../../../components/form-errors';
import { notify } from '../../../components/notify';
import { ROLE_OPTIONS, pickRole } from '../../../components/options';
import { outboxKeys } from '../outbox/queries';
import { userActions, userKeys } from './queries';

type InviteValues = { email: string; name: string; role: Role };

type InviteUserDialogProps = { opened: boolean; onClose: () => void };

/** Invites a person: they get a mail with a single-use link to choose a password. */
export function InviteUserDialog({ opened, onClose }: InviteUserDialogProps) {
  const queryClient = useQueryClient();
  const form = useForm<InviteValues>({
    mode: 'controlled',
    initialValues: { email: '', name: '', role: 'recruiter' },
    validate: {
      email: (value) => (value.trim() === '' ? 'Enter their email address' : null),
      name: (value) => (value.trim() === '' ? 'Enter their name' : null),
    },
  });
  const invite = useMutation({
    mutationFn: (values: InviteValues) => userActions.invite({ email: values.email.trim(), name: values.name.trim(), role: values.role }),
    onSuccess: async (answer) => {
      notify.success(`${answer.data.name} gets a link to choose a password.`, `Invitation sent to ${answer.data.email}`);
      handleClose();
      // The invitation mail is in the outbox now.
      await Promise.all([queryClient.invalidateQueries({ queryKey: userKeys.all }), queryClient.invalidateQueries({ queryKey: outboxKeys.all })]);
    },
    onError: (error) => showFormErrors(form, error),
  });

  function handleClose() {
    form.reset();
    onClose();
  }

  return (
    <FormDialog opened={opened} onClose={handleClose} title="Invite user" gap="md" onSubmit={form.onSubmit((values) => invite.mutate(values))} submitLabel="Send invitation" isPending={invite.isPending}>
      <Text size="sm" c="dimmed">
        They get an email with a link to choose a password. The link works once.
      </Text>
      <TextInput label="Email" type="email" required data-autofocus {...form.getInputProps('email')} />
      <TextInput label="Name" required {...form.getInputProps('name')} />
      <Select
        label="Role"
        required
        data={ROLE_OPTIONS}
        {...form.getInputProps('role')}
        onChange={(value) => form.setFieldValue('role', pickRole(value) ?? form.getValues().role)}
      />
    </FormDialog>
  );
}
