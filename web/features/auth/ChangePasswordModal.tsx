import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MIN_PASSWORD, NewPasswordInput } from '../../components/NewPasswordInput';
import { api } from '../../lib/api';

/** Changes the signed-in person's password; the server ends their other sessions. */
export function ChangePasswordModal({
  opened,
  onClose,
  hasPassword,
  viaSso,
}: {
  opened: boolean;
  onClose(): void;
  hasPassword: boolean;
  /** The session came through single sign-on, which may not set a first password (the server refuses it). */
  viaSso: boolean;
}) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const mismatch = confirm.length > 0 && confirm !== next;
  const change = useMutation({
    mutationFn: () => api.post('/auth/password', { body: { currentPassword: current, newPassword: next } }),
    onSuccess: () => {
      notifications.show({ color: 'teal', title: 'Password changed', message: 'Your other sessions were signed out.' });
      close();
    },
  });
  function reset() {
    setCurrent('');
    setNext('');
    setConfirm('');
    change.reset();
  }
  const close = onClose;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch) change.mutate();
  };
  if (!hasPassword && viaSso) {
    return (
      <Modal opened={opened} onClose={close} title="Set a password" centered>
        <Stack>
          <Text size="sm">
            You signed in through single sign-on and your account has no password. A session opened by an identity provider cannot set one:
            a password works in every organization you belong to, and the provider vouches for you in one.
          </Text>
          <Text size="sm">
            If you need a password, ask the administrator of your Assay installation for a one-time sign-in link, then set it from there.
          </Text>
          <Group justify="flex-end">
            <Button onClick={close}>Close</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }
  return (
    <Modal opened={opened} onClose={close} onExitTransitionEnd={reset} title="Change password" centered>
      <form onSubmit={submit}>
        <Stack>
          {hasPassword ? (
            <PasswordInput
              label="Current password"
              required
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              data-autofocus
            />
          ) : (
            <Text size="sm" c="dimmed">
              You sign in with single sign-on and have no password yet. Setting one lets you sign in with email and password too.
            </Text>
          )}
          <NewPasswordInput label="New password" value={next} onChange={setNext} />
          <PasswordInput
            label="Repeat the new password"
            required
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={mismatch ? 'The two passwords differ' : undefined}
          />
          {change.isError && <ErrorAlert error={change.error} title="The password was not changed" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={change.isPending} disabled={next.length < MIN_PASSWORD || confirm !== next}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
