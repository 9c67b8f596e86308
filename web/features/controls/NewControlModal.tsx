import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCan } from '../../lib/abilities';
import { memberOptions, useMemberChoices } from '../../lib/members';
import { type CriterionLink, useCreateControl } from './api';
import { basicsValid, type ControlBasics, ControlFieldsInputs, trimBasics } from './ControlFieldsInputs';
import { CriteriaLinksInput } from './CriteriaLinksInput';

const EMPTY: ControlBasics = { title: '', description: '', domain: 'Custom', nature: 'manual', frequency: 'annual' };

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
      { ...trimBasics(f), criteria, ownerId },
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
          <ControlFieldsInputs value={f} onChange={setF} hints />
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
            <Button type="submit" loading={create.isPending} disabled={!basicsValid(f) || criteria.length === 0}>
              Create control
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
