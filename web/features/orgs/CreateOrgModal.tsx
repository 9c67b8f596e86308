import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { resetSession } from '../../lib/session';

/** Creates another organization; the person becomes its owner and starts working in it. */
export function CreateOrgModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const [name, setName] = useState('');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: () => api.post('/orgs', { body: { name: name.trim() } }),
    onSuccess: async (org) => {
      await resetSession(queryClient);
      setName('');
      onClose();
      await navigate({ to: '/' });
      notifications.show({ color: 'teal', title: 'Organization created', message: `${org.name} is ready, and you are its owner.` });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Create an organization" centered>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm" c="dimmed">
            Each organization has its own members, controls, evidence and audit log. You will be its owner.
          </Text>
          <TextInput
            label="Organization name"
            placeholder="Acme Inc."
            required
            minLength={2}
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
          />
          {create.isError && <ErrorAlert error={create.error} title="The organization was not created" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={name.trim().length < 2}>
              Create organization
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
