import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { AuthLayout } from '../../components/AuthLayout';
import { Loading } from '../../components/Loading';
import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { roleLabel } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { AcceptAsSignedIn, CreateAccountForm, SignInFirst, WrongAccount } from './InviteActions';

/** /invite?token=…: shows what the invitation offers and lets the invited person join. */
export function InvitePage({ token }: { token: string }) {
  const me = useMe();
  const lookup = useQuery({
    queryKey: ['invitation-lookup', token],
    queryFn: () => api.get('/invitations/lookup', { query: { token } }),
    enabled: !!token,
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (!token || lookup.isError) {
    return (
      <AuthLayout title="This invitation does not work">
        <Alert color="orange" variant="light" icon={<IconAlertCircle size={18} />} title="Invalid or used invitation link" role="alert">
          {token ? errorMessage(lookup.error) : 'The address has no invitation token.'} Ask the person who invited you to send a new
          invitation.
        </Alert>
      </AuthLayout>
    );
  }
  if (lookup.isPending || me.isPending) return <Loading minHeight="100vh" />;

  const inv = lookup.data;
  const signedIn = me.data;
  const sameEmail = signedIn && signedIn.user.email.toLowerCase() === inv.email.toLowerCase();
  return (
    <AuthLayout title={`Join ${inv.orgName} on Assay`} subtitle="Assay is where your team runs its SOC 2 program.">
      <Stack>
        <Stack gap={2} p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Text size="sm">
            Invited: <strong>{inv.email}</strong>
          </Text>
          <Text size="sm">
            Role: <strong>{roleLabel(inv.role)}</strong>
          </Text>
          <Text size="xs" c="dimmed">
            This invitation expires on {formatDate(inv.expiresAt)}.
          </Text>
        </Stack>
        {signedIn && !sameEmail ? (
          <WrongAccount invitedEmail={inv.email} signedInEmail={signedIn.user.email} />
        ) : sameEmail ? (
          <AcceptAsSignedIn token={token} orgName={inv.orgName} email={inv.email} />
        ) : inv.accountExists ? (
          <SignInFirst token={token} email={inv.email} />
        ) : (
          <CreateAccountForm token={token} email={inv.email} orgName={inv.orgName} />
        )}
      </Stack>
    </AuthLayout>
  );
}
