import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FREQUENCY_LABELS, type Frequency, NATURE_LABELS, type Nature, optionsOf } from '../../lib/labels';
import { type Control, useEditControl } from './api';

/** Templates are starting points: make the title, description, nature and frequency say what you really do. */
export function EditControlModal({ control, opened, onClose }: { control: Control; opened: boolean; onClose(): void }) {
  const [f, setF] = useState({
    title: control.title,
    description: control.description,
    domain: control.domain,
    nature: control.nature,
    frequency: control.frequency,
  });
  const edit = useEditControl(control.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    edit.mutate({ ...f, title: f.title.trim(), description: f.description.trim(), domain: f.domain.trim() }, { onSuccess: onClose });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${control.code}`} centered size="lg">
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label="Title"
            required
            minLength={3}
            maxLength={200}
            value={f.title}
            onChange={(e) => setF({ ...f, title: e.currentTarget.value })}
          />
          <Textarea
            label="Description"
            autosize
            minRows={4}
            maxLength={4000}
            value={f.description}
            onChange={(e) => setF({ ...f, description: e.currentTarget.value })}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="Domain"
              required
              maxLength={80}
              value={f.domain}
              onChange={(e) => setF({ ...f, domain: e.currentTarget.value })}
            />
            <Select
              label="Nature"
              data={optionsOf(NATURE_LABELS)}
              value={f.nature}
              onChange={(v) => v && setF({ ...f, nature: v as Nature })}
              allowDeselect={false}
            />
            <Select
              label="Frequency"
              data={optionsOf(FREQUENCY_LABELS)}
              value={f.frequency}
              onChange={(v) => v && setF({ ...f, frequency: v as Frequency })}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={edit.isPending} disabled={f.title.trim().length < 3 || !f.domain.trim()}>
              Save control
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
