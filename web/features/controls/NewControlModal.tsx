import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCan } from '../../lib/abilities';
import { FREQUENCY_LABELS, type Frequency, NATURE_LABELS, type Nature, optionsOf } from '../../lib/labels';
import { memberOptions, useMemberChoices } from '../../lib/members';
import { type CriterionLink, useCreateControl } from './api';
import { CriteriaLinksInput } from './CriteriaLinksInput';

const EMPTY = { title: '', description: '', domain: 'Custom', nature: 'manual' as Nature, frequency: 'annual' as Frequency };

/** A control of your own (code CUS-nn) for anything the templates do not cover. */
export function NewControlModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const can = useCan();
  const [f, setF] = useState(EMPTY);
  const [criteria, setCriteria] = useState<CriterionLink[]>([]);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const members = useMemberChoices(opened && can('members.read'));
  const create = useCreateControl();
  const navigate = useNavigate();
  const reset = () => {
    setF(EMPTY);
    setCriteria([]);
    setOwnerId(null);
    create.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { ...f, title: f.title.trim(), description: f.description.trim(), domain: f.domain.trim() || 'Custom', criteria, ownerId },
      {
        onSuccess: async (d) => {
          onClose();
          await navigate({ to: '/controls/$controlId', params: { controlId: d.control.id } });
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={reset} title="New custom control" centered size="lg">
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label="Title"
            description="What the control makes true, in one line."
            placeholder="Production database snapshots are restored monthly"
            required
            minLength={3}
            maxLength={200}
            value={f.title}
            onChange={(e) => setF({ ...f, title: e.currentTarget.value })}
            data-autofocus
          />
          <Textarea
            label="Description"
            description="Who does what, how often, and with which tool."
            autosize
            minRows={3}
            maxLength={4000}
            value={f.description}
            onChange={(e) => setF({ ...f, description: e.currentTarget.value })}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Domain" maxLength={80} value={f.domain} onChange={(e) => setF({ ...f, domain: e.currentTarget.value })} />
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
          <CriteriaLinksInput value={criteria} onChange={setCriteria} />
          {can('members.read') && (
            <Select
              label="Owner"
              placeholder="Nobody yet"
              data={memberOptions(members.data)}
              value={ownerId}
              onChange={setOwnerId}
              searchable
              clearable
            />
          )}
          {create.isError && <ErrorAlert error={create.error} title="The control was not created" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={f.title.trim().length < 3 || criteria.length === 0}>
              Create control
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
