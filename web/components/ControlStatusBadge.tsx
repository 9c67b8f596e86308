import { Badge } from '@mantine/core';
import { CONTROL_STATUS_COLORS, CONTROL_STATUS_LABELS, type ControlStatus } from '../lib/labels';

/** A control's status as a small coloured label; a deactivated control says so instead. */
export function ControlStatusBadge({ status, active = true }: { status: string; active?: boolean }) {
  if (!active) {
    return (
      <Badge variant="outline" color="gray" radius="sm" tt="none" fw={600}>
        Deactivated
      </Badge>
    );
  }
  const s = status as ControlStatus;
  return (
    <Badge variant="light" color={CONTROL_STATUS_COLORS[s] ?? 'gray'} radius="sm" tt="none" fw={600}>
      {CONTROL_STATUS_LABELS[s] ?? status}
    </Badge>
  );
}
