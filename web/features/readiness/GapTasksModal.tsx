import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ButtonLink } from '../../components/links';
import { useCreateGapTasks } from './api';

/** Turns the top gaps, or all of them, into tasks; gaps that already have a task are skipped. */
export function GapTasksModal({
  opened,
  onClose,
  topKeys,
  topCount,
  total,
}: {
  opened: boolean;
  onClose(): void;
  topKeys: string[];
  topCount: number;
  total: number;
}) {
  const [which, setWhich] = useState<'top' | 'all'>('top');
  const create = useCreateGapTasks();
  const done = create.data;
  const close = () => {
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} onExitTransitionEnd={() => create.reset()} title="Create tasks for gaps" centered size="md">
      {done ? (
        <Stack>
          <Text size="sm">
            {done.created} tasks were created{done.skipped ? ` and ${done.skipped} gaps were skipped because they already have one` : ''}.
            Each is due in 30 days and owned by the control's owner where the control has one.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Close
            </Button>
            <ButtonLink to="/tasks" onClick={close}>
              Open tasks
            </ButtonLink>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            Each gap becomes one task, due in 30 days. A gap that already has a task is skipped, so this is safe to run again.
          </Text>
          <Radio.Group value={which} onChange={(v) => setWhich(v as 'top' | 'all')} label="Which gaps">
            <Stack gap="xs" mt="xs">
              <Radio value="top" label={`The ${topKeys.length} gaps of the ${topCount} top items on the dashboard`} />
              <Radio value="all" label={`All ${total} open gaps`} />
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button loading={create.isPending} onClick={() => create.mutate(which === 'all' ? undefined : topKeys)}>
              Create {which === 'all' ? total : topKeys.length} tasks
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
