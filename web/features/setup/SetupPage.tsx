import { Alert, Button, Code, Divider, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { AuthLayout } from '../../components/AuthLayout';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ButtonLink } from '../../components/links';
import { MIN_PASSWORD, NewPasswordInput } from '../../components/NewPasswordInput';
import { api } from '../../lib/api';
import { resetSession } from '../../lib/session';

/** /setup?token=…: the first run, creating the first organization and its owner. */
export function SetupPage({ token }: { token: string }) {
  const status = useQuery({
    queryKey: ['setup-status', token],
    queryFn: () => api.get('/setup/status', { query: { token } }),
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (status.isPending) return <Loading minHeight="100vh" />;
  if (status.isError) {
    return (
      <AuthLayout title="Set up Assay">
        <ErrorAlert error={status.error} title="Assay could not check the setup link" onRetry={() => status.refetch()} />
      </AuthLayout>
    );
  }
  if (!status.data.needed) {
    return (
      <AuthLayout title="Assay is already set up">
        <Stack>
          <Text size="sm">The first organization exists, so this setup link is no longer needed. Sign in instead.</Text>
          <ButtonLink to="/signin" search={{ next: undefined, error: undefined }}>
            Go to sign-in
          </ButtonLink>
        </Stack>
      </AuthLayout>
    );
  }
  if (!status.data.tokenValid) return <InvalidSetupLink />;
  return <SetupForm token={token} />;
}

function InvalidSetupLink() {
  return (
    <AuthLayout title="This setup link does not work">
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Invalid, expired or already used">
        <Stack gap="xs">
          <Text size="sm">
            Setup links work once and expire. Restart Assay (for example <Code>assay serve</Code>) and it prints a new link on its console,
            in the line starting with “Assay is not set up yet”.
          </Text>
          <Text size="sm">Make sure you copy the whole link, including everything after “token=”.</Text>
        </Stack>
      </Alert>
    </AuthLayout>
  );
}

function SetupForm({ token }: { token: string }) {
  const [form, setForm] = useState({ orgName: '', name: '', email: '', password: '' });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const setup = useMutation({
    mutationFn: () =>
      api.post('/setup', { body: { token, ...form, orgName: form.orgName.trim(), name: form.name.trim(), email: form.email.trim() } }),
    onSuccess: async () => {
      await resetSession(queryClient);
      await navigate({ to: '/' });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setup.mutate();
  };
  return (
    <AuthLayout
      title="Set up Assay"
      subtitle="Create your organization and the owner account. You can invite your team right after."
      width={480}
    >
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label="Organization name"
            description="Usually your company's name."
            placeholder="Acme Inc."
            required
            minLength={2}
            maxLength={100}
            autoFocus
            value={form.orgName}
            onChange={(e) => set('orgName')(e.currentTarget.value)}
          />
          <Divider label="Owner account" labelPosition="left" />
          <TextInput
            label="Your name"
            required
            maxLength={100}
            autoComplete="name"
            value={form.name}
            onChange={(e) => set('name')(e.currentTarget.value)}
          />
          <TextInput
            label="Email"
            type="email"
            required
            autoComplete="email"
            value={form.email}
            onChange={(e) => set('email')(e.currentTarget.value)}
          />
          <NewPasswordInput value={form.password} onChange={set('password')} />
          {setup.isError && <ErrorAlert error={setup.error} title="Setup did not complete" />}
          <Button type="submit" loading={setup.isPending} disabled={form.password.length < MIN_PASSWORD} fullWidth>
            Create organization
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
