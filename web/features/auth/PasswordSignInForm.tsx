import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, errorMessage, isStatus } from '../../lib/api';

/** Email and password sign-in; shows the API's message for a wrong password or a locked account. */
export function PasswordSignInForm({ onSignedIn, defaultEmail = '' }: { onSignedIn(): Promise<void>; defaultEmail?: string }) {
  const [email, setEmail] = useState(defaultEmail);
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => api.post('/auth/signin', { body: { email: email.trim(), password } }),
    onSuccess: onSignedIn,
    onError: () => setPassword(''),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  const locked = isStatus(signIn.error, 423);
  return (
    <form onSubmit={submit} aria-label="Sign in with email and password">
      <Stack>
        {signIn.isError && (
          <Alert
            color={locked ? 'orange' : 'red'}
            variant="light"
            role="alert"
            icon={locked ? <IconLock size={18} /> : <IconAlertCircle size={18} />}
            title={locked ? 'Account temporarily locked' : 'Sign-in failed'}
          >
            {errorMessage(signIn.error)}
          </Alert>
        )}
        <TextInput
          label="Email"
          type="email"
          required
          autoComplete="username"
          autoFocus={!defaultEmail}
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <PasswordInput
          label="Password"
          required
          autoComplete="current-password"
          autoFocus={!!defaultEmail}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Button type="submit" loading={signIn.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
