import { ActionIcon, Code, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { type AuditEntry, actionName, summaryHint } from '../../lib/audit';
import { formatDateTime } from '../../lib/format';
import { AuditEntryDetails } from './AuditEntryDetails';

/** Audit entries, newest first; a row opens to show everything recorded for it. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label="Audit log entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <VisuallyHidden>Details</VisuallyHidden>
            </Table.Th>
            <Table.Th w={190}>Time</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Target</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => {
            const expanded = open.has(e.id);
            const hint = summaryHint(e.summary);
            return (
              <Fragment key={e.id}>
                <Table.Tr data-action={e.action}>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => toggle(e.id)}
                      aria-expanded={expanded}
                      aria-controls={`audit-${e.id}`}
                      aria-label={`${expanded ? 'Hide' : 'Show'} details of entry ${e.seq}`}
                    >
                      {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(e.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm" fw={500}>
                        {actionName(e.action)}
                        {hint && (
                          <Text span c="dimmed" fw={400}>
                            {' '}
                            · {hint}
                          </Text>
                        )}
                      </Text>
                      <Code fz="xs" w="fit-content">
                        {e.action}
                      </Code>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.actor.label}</Text>
                    <Text size="xs" c="dimmed">
                      {e.actor.type}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.target.type.replace(/_/g, ' ')}</Text>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={`audit-${e.id}`} bg="gray.0">
                    <Table.Td colSpan={5}>
                      <AuditEntryDetails entry={e} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
