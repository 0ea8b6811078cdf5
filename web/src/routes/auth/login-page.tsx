import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage, fieldErrors } from '../../api/errors';
import { signIn, startSession } from '../../api/session';
import { AuthFrame } from './auth-frame';

const route = getRouteApi('/login');

/** What to say when sign-in is refused as a whole (not one field). */
function refusal(error: unknown): string {
  if (error instanceof ApiError && error.status === 429) {
    return 'Too many attempts. Wait a minute, then try again.';
  }
  if (error instanceof ApiError && error.status === 401) {
    return 'Email or password is wrong.';
  }
  return errorMessage(error);
}

type Credentials = { email: string; password: string };

// The first page most people load: kept to plain state (no form library) so it stays small.
export function LoginPage() {
  const { redirect } = route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Credentials>({ email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Credentials>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const login = useMutation({
    mutationFn: (credentials: Credentials) => signIn(credentials.email.trim(), credentials.password),
    onMutate: () => {
      setFormError(null);
      setErrors({});
    },
    onSuccess: async (answer) => {
      startSession(queryClient, answer);
      await router.navigate({ href: redirect ?? '/' });
    },
    onError: (error) => {
      const fields = fieldErrors(error);
      if (fields.email || fields.password) {
        setErrors({ email: fields.email, password: fields.password });
        return;
      }
      setValues((current) => ({ ...current, password: '' }));
      setFormError(refusal(error));
    },
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Partial<Credentials> = {
      email: values.email.trim() === '' ? 'Enter your email' : undefined,
      password: values.password === '' ? 'Enter your password' : undefined,
    };
    if (missing.email || missing.password) {
      setErrors(missing);
      return;
    }
    login.mutate(values);
  }

  return (
    <AuthFrame title="Sign in" subtitle="Welcome back. Sign in with your work email.">
      <form noValidate onSubmit={handleSubmit}>
        <Stack gap="md">
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={values.email}
            error={errors.email}
            onChange={(event) => setValues({ ...values, email: event.currentTarget.value })}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={values.password}
            error={errors.password}
            onChange={(event) => setValues({ ...values, password: event.currentTarget.value })}
          />
          {formError ? (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" py="xs">
              {formError}
            </Alert>
          ) : null}
          <Button type="submit" loading={login.isPending} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
