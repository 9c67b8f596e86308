import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

/** The button under an editable list that adds a row. */
export function AddRowButton({ label, onClick, disabled }: { label: string; onClick(): void; disabled?: boolean }) {
  return (
    <Group>
      <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={onClick} disabled={disabled}>
        {label}
      </Button>
    </Group>
  );
}

/** The bin beside a row of an editable list; `label` names what it removes for screen readers. */
export function RemoveRowButton({ label, onClick, mt }: { label: string; onClick(): void; mt?: number }) {
  return (
    <Tooltip label="Remove">
      <ActionIcon variant="subtle" color="red" mt={mt} aria-label={label} onClick={onClick}>
        <IconTrash size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
