import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCan } from '../../lib/abilities';
import { memberOptions, useMemberChoices } from '../../lib/members';
import { useControlChoices, useCreateTask } from './api';
import { TaskTextInputs } from './TaskTextInputs';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const EMPTY = { title: '', description: '', ownerId: null as string | null, dueDate: '', controlId: null as string | null };

/** A new task: what, who, by when, and optionally the control it is about. */
export function NewTaskModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const can = useCan();
  const [f, setF] = useState({ ...EMPTY, dueDate: inDays(14) });
  const members = useMemberChoices(opened && can('members.read'));
  const controls = useControlChoices(opened && can('controls.read'));
  const create = useCreateTask();
  const navigate = useNavigate();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { ...f, title: f.title.trim(), description: f.description.trim(), dueDate: f.dueDate || null },
      {
        onSuccess: async (t) => {
          onClose();
          await navigate({ to: '/tasks/$taskId', params: { taskId: t.id } });
        },
      },
    );
  };
  const controlOptions = (controls.data?.items ?? [])
    .filter((c) => c.active)
    .map((c) => ({ value: c.id, label: `${c.code} · ${c.title}` }));
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={() => {
        setF({ ...EMPTY, dueDate: inDays(14) });
        create.reset();
      }}
      title="New task"
      centered
      size="lg"
    >
      <form onSubmit={submit}>
        <Stack>
          <TaskTextInputs value={f} onChange={(t) => setF({ ...f, ...t })} example="Collect the Q3 access review sign-off" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {can('members.read') && (
              <Select
                label="Owner"
                placeholder="Unassigned"
                data={memberOptions(members.data)}
                value={f.ownerId}
                onChange={(v) => setF({ ...f, ownerId: v })}
                searchable
                clearable
              />
            )}
            <TextInput label="Due date" type="date" value={f.dueDate} onChange={(e) => setF({ ...f, dueDate: e.currentTarget.value })} />
          </SimpleGrid>
          {can('controls.read') && (
            <Select
              label="Control"
              description="Optional: the control this task helps with."
              placeholder="None"
              data={controlOptions}
              value={f.controlId}
              onChange={(v) => setF({ ...f, controlId: v })}
              searchable
              clearable
              limit={50}
              nothingFoundMessage="No control matches"
            />
          )}
          {create.isError && <ErrorAlert error={create.error} title="The task was not created" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!f.title.trim()}>
              Create task
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
