import { Alert, Anchor, Button, PasswordInput, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { LIMITS } from '../../../../src/shared/limits';
import { api } from '../../api/client';
import { errorMessage, isApiError, unwrap } from '../../api/errors';
import { startSession } from '../../api/session';
import type { Invitation } from '../../api/types';
import { showFormErrors } from '../../components/form-errors';
import { AuthFrame } from './auth-frame';

const route = getRouteApi('/invitations/$token');

type AcceptValues = { name: string; password: string; confirmPassword: string };

function AcceptForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<AcceptValues>({
    mode: 'controlled',
    initialValues: { name: invitation.name, password: '', confirmPassword: '' },
    validate: {
      name: (value) => (value.trim() === '' ? 'Enter your name' : null),
      password: (value) => (value.length < LIMITS.passwordMin ? `At least ${LIMITS.passwordMin} characters` : null),
      confirmPassword: (value, values) => (value !== values.password ? 'The two passwords differ' : null),
    },
  });
  const accept = useMutation({
    mutationFn: (values: AcceptValues) => unwrap(api.POST('/api/auth/invitations/{token}/accept', { params: { path: { token } }, body: { name: values.name.trim(), password: values.password } })),
    onSuccess: async (answer) => {
      startSession(queryClient, answer);
      await navigate({ to: '/' });
    },
    onError: (error) => showFormErrors(form, error),
  });

  return (
    <form noValidate onSubmit={form.onSubmit((values) => accept.mutate(values))}>
      <Stack gap="md">
        <TextInput label="Email" value={invitation.email} readOnly variant="filled" description="You will sign in with this address." />
        <TextInput label="Your name" required autoComplete="name" {...form.getInputProps('name')} />
        <PasswordInput label="Password" required autoComplete="new-password" description={`At least ${LIMITS.passwordMin} characters.`} {...form.getInputProps('password')} />
        <PasswordInput label="Confirm password" required autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
        <Button type="submit" loading={accept.isPending} fullWidth>
          Join {invitation.agencyName}
        </Button>
      </Stack>
    </form>
  );
}

/** /invitations/$token: the link from the invitation mail. Choose a password and land signed in. */
export function AcceptInvitationPage() {
  const { token } = route.useParams();
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => unwrap(api.GET('/api/auth/invitations/{token}', { params: { path: { token } } })),
    retry: false,
  });

  if (invitation.isPending) {
    return (
      <AuthFrame title="Accept your invitation">
        <Stack gap="sm" aria-busy="true" aria-label="Loading the invitation">
          <Skeleton height={36} />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      </AuthFrame>
    );
  }
  if (invitation.isError) {
    const isGone = isApiError(invitation.error, 404) || isApiError(invitation.error, 400);
    return (
      <AuthFrame title={isGone ? 'This invitation link no longer works' : 'Could not open the invitation'}>
        <Alert color={isGone ? 'yellow' : 'red'} variant="light" icon={<IconAlertCircle size={18} />} role="alert">
          {isGone
            ? 'It was used already, replaced by a newer invitation, or it has expired. Ask an administrator of your agency to send you a new one.'
            : errorMessage(invitation.error)}
        </Alert>
        <Text size="sm">
          Already have an account?{' '}
          <Anchor component={Link} to="/login">
            Sign in
          </Anchor>
        </Text>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={`Join ${invitation.data.agencyName} on Fillrate`} subtitle="Choose a password to finish setting up your account.">
      <AcceptForm token={token} invitation={invitation.data} />
    </AuthFrame>
  );
}
