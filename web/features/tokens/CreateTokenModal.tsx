import { Alert, Button, Code, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { CopyField } from '../../components/CopyField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { dayStartIso, formatDate } from '../../lib/format';
import { type Role, roleOptions } from '../../lib/roles';
import { useCreateToken } from './api';

const EXPIRY = [
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
  { value: '365', label: 'In one year' },
  { value: 'never', label: 'Never' },
  { value: 'date', label: 'On a date…' },
];

function expiryIso(choice: string, date: string): string | null | undefined {
  if (choice === 'never') return null;
  if (choice === 'date') return dayStartIso(date);
  return new Date(Date.now() + Number(choice) * 86_400_000).toISOString();
}

/** Creates an API token and shows its secret, once. */
export function CreateTokenModal({ opened, onClose, roles }: { opened: boolean; onClose(): void; roles: Role[] }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | null>(roles.includes('compliance_manager') ? 'compliance_manager' : (roles[0] ?? null));
  const [expiry, setExpiry] = useState<string>('90');
  const [date, setDate] = useState('');
  const create = useCreateToken();
  const expiresAt = expiryIso(expiry, date);

  // Cleared once the modal has faded out, so the secret does not flip back to the form while closing.
  const reset = () => {
    setName('');
    setDate('');
    create.reset();
  };
  const close = onClose;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (role && expiresAt !== undefined) create.mutate({ name: name.trim(), role, expiresAt });
  };

  if (create.data) {
    const { token, secret } = create.data;
    return (
      <Modal
        opened={opened}
        onClose={close}
        onExitTransitionEnd={reset}
        title="Token created"
        centered
        size="lg"
        closeOnClickOutside={false}
      >
        <Stack>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Copy the token now">
            Assay keeps only a hash of it, so this is the only time it is shown. Store it in your secret manager.
          </Alert>
          <CopyField
            label="API token"
            value={secret}
            description={`${token.name} · expires ${token.expiresAt ? formatDate(token.expiresAt) : 'never'}`}
          />
          <Text size="sm" c="dimmed">
            Send it in the header <Code>Authorization: Bearer &lt;token&gt;</Code>.
          </Text>
          <Group justify="flex-end">
            <Button onClick={close}>I have copied it</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal opened={opened} onClose={close} onExitTransitionEnd={reset} title="Create an API token" centered>
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label="Name"
            description="What the token is for, so you recognise it later."
            placeholder="CI evidence upload"
            required
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
          />
          <Select
            label="Role"
            description="The token can do what a member with this role can."
            data={roleOptions(roles)}
            value={role}
            onChange={setRole}
            allowDeselect={false}
            required
          />
          <Select label="Expires" data={EXPIRY} value={expiry} onChange={(v) => setExpiry(v ?? '90')} allowDeselect={false} />
          {expiry === 'date' && (
            <TextInput
              label="Expiry date"
              type="date"
              required
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              min={new Date().toISOString().slice(0, 10)}
            />
          )}
          {create.isError && <ErrorAlert error={create.error} title="The token was not created" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!name.trim() || expiresAt === undefined}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
