import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { AuthLayout } from '../../components/AuthLayout';
import { TextLink } from '../../components/links';
import { api, errorMessage } from '../../lib/api';
import { useSignedIn } from './useSignedIn';

/** /signin/link?token=…: a one-time sign-in link printed by `assay signin-link` (recovery, e.g. after a broken SSO setup). */
export function LinkSignInPage({ token }: { token: string }) {
  const signedIn = useSignedIn();
  // Used only on a click, so that link scanners and a reload cannot spend the one-time link.
  const consume = useMutation({ mutationFn: () => api.post('/auth/link', { body: { token } }), onSuccess: () => signedIn('/') });
  return (
    <AuthLayout title="One-time sign-in" subtitle="This link was created by an Assay administrator and works once, for 30 minutes.">
      <Stack>
        {!token && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="The link is incomplete">
            The address has no token. Copy the whole link that <Code>assay signin-link</Code> printed.
          </Alert>
        )}
        {consume.isError && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle size={18} />} title="You were not signed in">
            {errorMessage(consume.error)}. Ask an administrator to run <Code>assay signin-link</Code> again.
          </Alert>
        )}
        <Button onClick={() => consume.mutate()} loading={consume.isPending} disabled={!token} fullWidth>
          Sign in with this link
        </Button>
        <Text size="sm" c="dimmed" ta="center">
          Have a password?{' '}
          <TextLink to="/signin" search={{ next: undefined, error: undefined }}>
            Sign in normally
          </TextLink>
        </Text>
      </Stack>
    </AuthLayout>
  );
}
