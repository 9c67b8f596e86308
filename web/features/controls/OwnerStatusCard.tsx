import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Section } from '../../components/Section';
import { useCan } from '../../lib/abilities';
import { CONTROL_STATUS_LABELS, type ControlStatus, optionsOf } from '../../lib/labels';
import { memberOptions, useMemberChoices } from '../../lib/members';
import { type Control, useAssignOwner, useSetStatus } from './api';

/** Asks why a control does not apply; the reason is kept with the status and shown to auditors. */
function NotApplicableModal({
  opened,
  onClose,
  onConfirm,
  loading,
}: {
  opened: boolean;
  onClose(): void;
  onConfirm(r: string): void;
  loading: boolean;
}) {
  const [reason, setReason] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={() => setReason('')} title="Mark as not applicable" centered>
      <Stack>
        <Text size="sm" c="dimmed">
          A not applicable control leaves readiness. Say why it does not apply to your system; auditors will read this.
        </Text>
        <Textarea
          label="Reason"
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={loading} disabled={!reason.trim()} onClick={() => onConfirm(reason.trim())}>
            Mark as not applicable
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Who owns the control and how far it is: the two things readiness counts. */
export function OwnerStatusCard({ control }: { control: Control }) {
  const can = useCan();
  const members = useMemberChoices(can('members.read') && can('controls.manage'));
  const owner = useAssignOwner(control.id);
  const status = useSetStatus(control.id);
  const [askReason, setAskReason] = useState(false);
  const changeStatus = (v: string | null) => {
    if (!v || v === control.status) return;
    if (v === 'not_applicable') setAskReason(true);
    else status.mutate({ status: v as ControlStatus });
  };
  return (
    <Section title="Owner and status" description="A control counts as ready when it is implemented and has an owner.">
      <Stack>
        {can('controls.manage') && can('members.read') ? (
          <Select
            label="Owner"
            placeholder="Nobody yet"
            data={memberOptions(members.data, control.owner)}
            value={control.owner?.id ?? null}
            onChange={(v) => v !== (control.owner?.id ?? null) && owner.mutate(v)}
            searchable
            clearable
            disabled={owner.isPending}
            nothingFoundMessage="No member matches"
            error={!control.owner && control.active ? 'Without an owner this control cannot count as ready' : undefined}
          />
        ) : (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              Owner
            </Text>
            <Text size="sm" c={control.owner ? undefined : 'orange.8'}>
              {control.owner ? `${control.owner.name} (${control.owner.email})` : 'Nobody yet'}
            </Text>
          </Stack>
        )}
        <Select
          label="Status"
          data={optionsOf(CONTROL_STATUS_LABELS)}
          value={control.status}
          onChange={changeStatus}
          allowDeselect={false}
          disabled={!can('controls.status') || !control.active || status.isPending}
          description={!control.active ? 'Activate the control to change its status.' : undefined}
        />
        {control.status === 'not_applicable' && control.statusReason && (
          <Alert color="gray" variant="light" title="Why it does not apply">
            {control.statusReason}
          </Alert>
        )}
      </Stack>
      <NotApplicableModal
        opened={askReason}
        onClose={() => setAskReason(false)}
        loading={status.isPending}
        onConfirm={(reason) => status.mutate({ status: 'not_applicable', reason }, { onSuccess: () => setAskReason(false) })}
      />
    </Section>
  );
}
