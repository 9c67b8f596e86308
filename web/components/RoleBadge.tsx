import { Badge } from '@mantine/core';
import { roleColor, roleLabel } from '../lib/roles';

/** A role as a small coloured label. */
export function RoleBadge({ role }: { role: string }) {
  return (
    <Badge variant="light" color={roleColor(role)} radius="sm" tt="none" fw={600}>
      {roleLabel(role)}
    </Badge>
  );
}
