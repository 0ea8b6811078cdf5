import { Button, Card, Group, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { LIMITS } from '../../../../src/shared/limits';
import { ROLE_LABELS } from '../../../../src/shared/roles';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useCurrentUser } from '../../components/current-user';
import { showFormErrors } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { PageHeader } from '../../components/page';

type PasswordValues = { currentPassword: string; newPassword: string; confirmPassword: string };

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}

function ChangePasswordForm() {
  const form = useForm<PasswordValues>({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (value) => (value === '' ? 'Enter your current password' : null),
      newPassword: (value) => (value.length < LIMITS.passwordMin ? `At least ${LIMITS.passwordMin} characters` : null),
      confirmPassword: (value, values) => (value !== values.newPassword ? 'The two passwords differ' : null),
    },
  });
  const change = useMutation({
    mutationFn: (values: PasswordValues) => unwrap(api.POST('/api/auth/password', { body: { currentPassword: values.currentPassword, newPassword: values.newPassword } })),
    onSuccess: () => {
      form.reset();
      notify.success('Your other sessions were signed out.', 'Password changed');
    },
    onError: (error) => showFormErrors(form, error),
  });

  return (
    <form noValidate onSubmit={form.onSubmit((values) => change.mutate(values))}>
      <Stack gap="md" maw={360}>
        <PasswordInput label="Current password" required autoComplete="current-password" {...form.getInputProps('currentPassword')} />
        <PasswordInput label="New password" required autoComplete="new-password" description={`At least ${LIMITS.passwordMin} characters.`} {...form.getInputProps('newPassword')} />
        <PasswordInput label="Confirm new password" required autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function AccountPage() {
  const user = useCurrentUser();
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title="Account" description="Your details in this agency and your password." />
      <Card withBorder radius="md" padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Fact label="Name" value={user.name} />
          <Fact label="Email" value={user.email} />
          <Fact label="Role" value={ROLE_LABELS[user.role]} />
          <Fact label="Agency" value={user.agency.name} />
          <Fact label="Time zone" value={user.timeZone ?? `${user.agency.timeZone} (the agency's)`} />
        </SimpleGrid>
      </Card>
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Stack gap={2}>
            <Title order={2} size="h5">
              Change password
            </Title>
            <Text size="sm" c="dimmed">
              Changing it signs you out on every other device.
            </Text>
          </Stack>
          <ChangePasswordForm />
        </Stack>
      </Card>
    </Stack>
  );
}
