// The four ways an invitation page can continue, depending on who (if anyone) is signed in.
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ButtonLink } from '../../components/links';
import { MIN_PASSWORD, NewPasswordInput } from '../../components/NewPasswordInput';
import { api } from '../../lib/api';
import { resetSession } from '../../lib/session';
import { useSignOut } from '../../lib/useSignOut';

function useAccept(token: string, orgName: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (body: { name?: string; password?: string }) => api.post('/invitations/accept', { body: { token, ...body } }),
    onSuccess: async () => {
      await resetSession(queryClient);
      await navigate({ to: '/' });
      notifications.show({ color: 'teal', title: `Welcome to ${orgName}`, message: 'You have joined the organization.' });
    },
  });
}

/** No account yet: name and password create one and join in one step. */
export function CreateAccountForm({ token, email, orgName }: { token: string; email: string; orgName: string }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const accept = useAccept(token, orgName);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate({ name: name.trim(), password });
  };
  return (
    <form onSubmit={submit} aria-label="Create your account">
      <Stack>
        <Text size="sm" fw={500}>
          Create your account
        </Text>
        <TextInput label="Email" value={email} readOnly disabled description="The invitation is for this address." />
        <TextInput
          label="Your name"
          required
          maxLength={100}
          autoComplete="name"
          autoFocus
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <NewPasswordInput value={password} onChange={setPassword} />
        {accept.isError && <ErrorAlert error={accept.error} title="You have not joined yet" />}
        <Button type="submit" loading={accept.isPending} disabled={!name.trim() || password.length < MIN_PASSWORD} fullWidth>
          Create account and join
        </Button>
      </Stack>
    </form>
  );
}

/** Signed in as the invited person: one click joins. */
export function AcceptAsSignedIn({ token, orgName, email }: { token: string; orgName: string; email: string }) {
  const accept = useAccept(token, orgName);
  return (
    <Stack>
      <Text size="sm">
        You are signed in as <strong>{email}</strong>. Accept to add {orgName} to your organizations.
      </Text>
      {accept.isError && <ErrorAlert error={accept.error} title="You have not joined yet" />}
      <Button onClick={() => accept.mutate({})} loading={accept.isPending} fullWidth>
        Accept invitation
      </Button>
    </Stack>
  );
}

/** The invited email has an account but nobody is signed in: sign in, then come back here. */
export function SignInFirst({ token, email }: { token: string; email: string }) {
  return (
    <Stack>
      <Text size="sm">
        There is already an Assay account for <strong>{email}</strong>. Sign in with it, and you will come back here to accept.
      </Text>
      <ButtonLink to="/signin" search={{ next: `/invite?token=${encodeURIComponent(token)}`, error: undefined }} fullWidth>
        Sign in as {email}
      </ButtonLink>
    </Stack>
  );
}

/** Someone else is signed in on this browser. */
export function WrongAccount({ invitedEmail, signedInEmail }: { invitedEmail: string; signedInEmail: string }) {
  const signOut = useSignOut({ stay: true });
  return (
    <Stack>
      <Alert color="orange" variant="light" title="Signed in with another account">
        This invitation is for {invitedEmail}, but you are signed in as {signedInEmail}. Sign out, then open the invitation link again.
      </Alert>
      <Button variant="default" onClick={() => signOut.mutate()} loading={signOut.isPending} fullWidth>
        Sign out of {signedInEmail}
      </Button>
    </Stack>
  );
}
