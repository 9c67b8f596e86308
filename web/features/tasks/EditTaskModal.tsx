import { Button, Group, Modal, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type Task, useUpdateTask } from './api';
import { TaskTextInputs } from './TaskTextInputs';

/** Rewords a task: its title and what needs doing. Status, owner and due date live in the details card. */
export function EditTaskModal({ task, opened, onClose }: { task: Task; opened: boolean; onClose(): void }) {
  const [f, setF] = useState({ title: task.title, description: task.description });
  const update = useUpdateTask(task.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ title: f.title.trim(), description: f.description.trim() }, { onSuccess: onClose });
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Edit task" centered size="lg">
      <form onSubmit={submit}>
        <Stack>
          <TaskTextInputs value={f} onChange={setF} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!f.title.trim()}>
              Save task
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
