import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MIN_PASSWORD, NewPasswordInput } from '../../components/NewPasswordInput';
import { api } from '../../lib/api';

/** Changes the signed-in person's password; the server ends their other sessions. */
export function ChangePasswordModal({ opened, onClose, hasPassword }: { opened: boolean; onClose(): void; hasPassword: boolean }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const mismatch = confirm.length > 0 && confirm !== next;
  const change = useMutation({
    mutationFn: () => api.post('/auth/password', { currentPassword: current, newPassword: next }),
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
