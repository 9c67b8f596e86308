import { Alert, Button, Divider, Stack } from '@mantine/core';
import { IconInfoCircle, IconKey, IconShieldX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AuthLayout } from '../../components/AuthLayout';
import { Loading } from '../../components/Loading';
import { Redirect } from '../../components/Redirect';
import { api } from '../../lib/api';
import { safeNext, useMe } from '../../lib/session';
import { PasswordSignInForm } from './PasswordSignInForm';
import { SsoSignInForm } from './SsoSignInForm';
import { useSignedIn } from './useSignedIn';

/** /signin: email and password, or single sign-on through the organization's identity provider. */
export function SignInPage({ next, error }: { next?: string; error?: string }) {
  const me = useMe();
  const [sso, setSso] = useState(false);
  const signedIn = useSignedIn();
  const setup = useQuery({ queryKey: ['setup-status'], queryFn: () => api.get('/setup/status'), staleTime: 60_000 });

  if (me.isPending) return <Loading minHeight="100vh" />;
  if (me.data) return <Redirect href={safeNext(next)} />;

  return (
    <AuthLayout title="Sign in to Assay" subtitle="Your SOC 2 program, controls and evidence in one place.">
      <Stack>
        {setup.data?.needed && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} title="Assay is not set up yet">
            Open the one-time setup link that Assay printed when it started to create the first organization.
          </Alert>
        )}
        {error && (
          <Alert color="red" variant="light" role="alert" icon={<IconShieldX size={18} />} title="Single sign-on did not complete">
            {error}
          </Alert>
        )}
        {sso ? (
          <SsoSignInForm onCancel={() => setSso(false)} />
        ) : (
          <>
            <PasswordSignInForm onSignedIn={() => signedIn(next)} />
            <Divider label="or" labelPosition="center" />
            <Button variant="default" leftSection={<IconKey size={16} />} onClick={() => setSso(true)}>
              Single sign-on
            </Button>
          </>
        )}
      </Stack>
    </AuthLayout>
  );
}
