import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { type Control, useSetActive } from './api';

/** Deactivate (asking why, and confirming) or reactivate a control. */
export function ActivationButton({ control }: { control: Control }) {
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const set = useSetActive(control.id);
  if (!control.active) {
    return (
      <Button
        variant="default"
        leftSection={<IconPlayerPlay size={16} />}
        loading={set.isPending}
        onClick={() => set.mutate({ active: true })}
      >
        Activate
      </Button>
    );
  }
  return (
    <>
      <Button variant="default" color="red" leftSection={<IconPlayerPause size={16} />} onClick={() => setOpened(true)}>
        Deactivate
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} onExitTransitionEnd={() => setReason('')} title="Deactivate control" centered>
        <Stack>
          <Text size="sm">
            {control.code} will leave readiness and the control matrix shows it as deactivated. Its history stays, and you can activate it
            again later.
          </Text>
          <Textarea
            label="Reason"
            description="Why you no longer run this control."
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={set.isPending}
              disabled={!reason.trim()}
              onClick={() => set.mutate({ active: false, reason: reason.trim() }, { onSuccess: () => setOpened(false) })}
            >
              Deactivate control
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
