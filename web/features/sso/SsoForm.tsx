import { Alert, Button, Code, Group, PasswordInput, Select, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { CopyField } from '../../components/CopyField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { roleOptions } from '../../lib/roles';
import { type SsoConfig, useSaveSso } from './api';

const JOIN_ROLES: SsoConfig['autoJoinRole'][] = ['admin', 'compliance_manager', 'control_owner', 'employee', 'auditor'];

/** The editable SSO settings; the stored client secret is never shown, only replaced. */
export function SsoForm({ config, orgSlug }: { config: SsoConfig; orgSlug: string }) {
  const [enabled, setEnabled] = useState(config.enabled);
  const [issuer, setIssuer] = useState(config.issuer);
  const [clientId, setClientId] = useState(config.clientId);
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState<string[]>(config.autoJoinDomains);
  const [joinRole, setJoinRole] = useState(config.autoJoinRole || 'employee');
  const save = useSaveSso();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        enabled,
        issuer: issuer.trim(),
        clientId: clientId.trim(),
        ...(clientSecret ? { clientSecret } : {}),
        autoJoinDomains: domains.map((d) => d.trim().toLowerCase()).filter(Boolean),
        autoJoinRole: joinRole,
      },
      {
        onSuccess: (cfg) =>
          notifications.show({
            color: 'teal',
            title: 'Single sign-on settings saved',
            message: cfg.enabled ? `People can now sign in with the short name “${orgSlug}”.` : 'Single sign-on is off.',
          }),
      },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="lg">
        <Section
          title="Identity provider"
          description="Create an OpenID Connect web application at your provider, then enter its details here."
        >
          <Stack>
            <Switch label="Allow signing in with single sign-on" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
            <TextInput
              label="Issuer URL"
              description="The provider's issuer, e.g. https://acme.okta.com. Assay reads its discovery document."
              placeholder="https://"
              required
              value={issuer}
              onChange={(e) => setIssuer(e.currentTarget.value)}
            />
            <TextInput
              label="Client ID"
              required
              value={clientId}
              onChange={(e) => setClientId(e.currentTarget.value)}
              autoComplete="off"
            />
            <PasswordInput
              label="Client secret"
              description={
                config.hasClientSecret
                  ? 'A secret is stored. Leave this empty to keep it, or enter a new one to replace it.'
                  : 'Stored encrypted; it is never shown again.'
              }
              placeholder={config.hasClientSecret ? '•••••••• (stored)' : undefined}
              required={!config.hasClientSecret}
              value={clientSecret}
              onChange={(e) => setClientSecret(e.currentTarget.value)}
              autoComplete="new-password"
            />
            {config.redirectUri && (
              <CopyField
                label="Redirect URI"
                value={config.redirectUri}
                description="Register this as the sign-in redirect (callback) URI of the application at your provider."
              />
            )}
          </Stack>
        </Section>
        <Section
          title="Automatic membership"
          description="People from your company who sign in with single sign-on for the first time join without an invitation."
        >
          <Stack>
            <TagsInput
              label="Email domains"
              description="Only verified emails in these domains join automatically. Press Enter after each domain."
              placeholder={domains.length ? undefined : 'example.com'}
              value={domains}
              onChange={setDomains}
              splitChars={[',', ' ']}
              clearable
            />
            <Select
              label="They join as"
              data={roleOptions(JOIN_ROLES)}
              value={joinRole}
              onChange={(v) => setJoinRole(v ?? 'employee')}
              allowDeselect={false}
            />
          </Stack>
        </Section>
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} title="How people sign in">
          <Text size="sm">
            On the sign-in page they choose <strong>Single sign-on</strong> and enter the short name <Code>{orgSlug}</Code>. If the provider
            ever locks everyone out, an administrator of the server can run <Code>assay signin-link --email you@example.com</Code> for a
            one-time sign-in link.
          </Text>
        </Alert>
        {save.isError && <ErrorAlert error={save.error} title="The settings were not saved" />}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
