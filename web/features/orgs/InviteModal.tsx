import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailOff } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { CopyField } from '../../components/CopyField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { type Role, roleLabel, roleOptions } from '../../lib/roles';
import { useInvite } from './api';
import type { InviteResult } from './types';

/** Invites a person by email; without email delivery it shows the link to pass on by hand. */
export function InviteModal({ opened, onClose, roles, orgName }: { opened: boolean; onClose(): void; roles: Role[]; orgName: string }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | null>(roles.includes('employee') ? 'employee' : (roles[0] ?? null));
  const [result, setResult] = useState<InviteResult | null>(null);
  const invite = useInvite();

  // The content is reset only once the modal has faded out, so it does not flip back to the form while closing.
  const reset = () => {
    setEmail('');
    setResult(null);
    invite.reset();
  };
  const close = onClose;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!role) return;
    invite.mutate(
      { email: email.trim(), role },
      {
        onSuccess: (r) => {
          if (r.emailed) {
            notifications.show({
              color: 'teal',
              title: 'Invitation sent',
              message: `${r.invitation.email} will get an email with a link to join.`,
            });
            close();
          } else setResult(r);
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={reset}
      title={result ? 'Invitation created' : `Invite someone to ${orgName}`}
      centered
      size="lg"
    >
      {result ? (
        <Stack>
          <Alert color="blue" variant="light" icon={<IconMailOff size={18} />} title="Send this link yourself">
            {result.emailError ?? 'Assay has no email delivery set up (SMTP_URL), so no email was sent.'} Pass the link below to{' '}
            {result.invitation.email}. It works once and expires {formatDateTime(result.invitation.expiresAt)}.
          </Alert>
          <CopyField
            label="Invitation link"
            value={result.link ?? ''}
            description={`Joins ${orgName} as ${roleLabel(result.invitation.role)}`}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={reset}>
              Invite another person
            </Button>
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <Text size="sm" c="dimmed">
              They get a link to join. New people create their account from it; people with an Assay account sign in first.
            </Text>
            <TextInput label="Email" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} data-autofocus />
            <Select label="Role" data={roleOptions(roles)} value={role} onChange={setRole} allowDeselect={false} required />
            {invite.isError && <ErrorAlert error={invite.error} title="The invitation was not created" />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={invite.isPending}>
                Send invitation
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
