import { Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { ControlStatusBadge } from '../../components/ControlStatusBadge';
import { TextLink } from '../../components/links';
import { FREQUENCY_LABELS } from '../../lib/labels';
import type { Control } from './api';

function Criteria({ links }: { links: Control['criteria'] }) {
  const shown = links.slice(0, 2);
  const more = links.slice(2);
  return (
    <Group gap={4}>
      {shown.map((l) => (
        <Badge key={l.id} size="sm" variant={l.relation === 'primary' ? 'light' : 'outline'} color="blue" tt="none" radius="sm">
          {l.id}
        </Badge>
      ))}
      {more.length > 0 && (
        <Tooltip label={more.map((l) => l.id).join(', ')}>
          <Badge size="sm" variant="transparent" color="gray" tt="none">
            +{more.length}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

/** A page of controls: code, title, domain, status, owner, frequency, criteria. */
export function ControlsTable({ controls }: { controls: Control[] }) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label="Controls" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={84}>Code</Table.Th>
            <Table.Th>Control</Table.Th>
            <Table.Th w={124}>Status</Table.Th>
            <Table.Th w={140}>Owner</Table.Th>
            <Table.Th w={100}>Frequency</Table.Th>
            <Table.Th w={150}>Criteria</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {controls.map((c) => (
            <Table.Tr key={c.id} data-code={c.code}>
              <Table.Td>
                <Text size="sm" fw={650} ff="monospace">
                  {c.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <TextLink to="/controls/$controlId" params={{ controlId: c.id }} size="sm" fw={500} c="dark.8">
                  {c.title}
                </TextLink>
                <Text size="xs" c="dimmed">
                  {c.domain}
                </Text>
              </Table.Td>
              <Table.Td>
                <ControlStatusBadge status={c.status} active={c.active} />
              </Table.Td>
              <Table.Td>
                {c.owner ? (
                  <Text size="sm">{c.owner.name}</Text>
                ) : (
                  <Text size="sm" c="orange.8">
                    No owner
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{FREQUENCY_LABELS[c.frequency]}</Text>
              </Table.Td>
              <Table.Td>
                <Criteria links={c.criteria} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
