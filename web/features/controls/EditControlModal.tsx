import { Button, Group, Modal, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type Control, useEditControl } from './api';
import { basicsValid, type ControlBasics, ControlFieldsInputs, trimBasics } from './ControlFieldsInputs';

/** Templates are starting points: make the title, description, nature and frequency say what you really do. */
export function EditControlModal({ control, opened, onClose }: { control: Control; opened: boolean; onClose(): void }) {
  const [f, setF] = useState<ControlBasics>({
    title: control.title,
    description: control.description,
    domain: control.domain,
    nature: control.nature,
    frequency: control.frequency,
  });
  const edit = useEditControl(control.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    edit.mutate(trimBasics(f), { onSuccess: onClose });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${control.code}`} centered size="lg">
      <form onSubmit={submit}>
        <Stack>
          <ControlFieldsInputs value={f} onChange={setF} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={edit.isPending} disabled={!basicsValid(f)}>
              Save control
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
