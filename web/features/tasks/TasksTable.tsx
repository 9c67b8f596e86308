import { Table, Text } from '@mantine/core';
import { TextLink } from '../../components/links';
import { formatDay } from '../../lib/format';
import type { Task } from './api';
import { TaskStatusBadge } from './TaskStatusBadge';

/** Tasks with owner, due date and status; overdue rows are tinted so they stand out. */
export function TasksTable({ tasks, controlCodes }: { tasks: Task[]; controlCodes: Map<string, string> }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label="Tasks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Task</Table.Th>
            <Table.Th w={110}>Control</Table.Th>
            <Table.Th w={170}>Owner</Table.Th>
            <Table.Th w={130}>Due</Table.Th>
            <Table.Th w={190}>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((t) => (
            <Table.Tr key={t.id} bg={t.overdue ? 'red.0' : undefined} data-overdue={t.overdue || undefined}>
              <Table.Td>
                <TextLink to="/tasks/$taskId" params={{ taskId: t.id }} size="sm" fw={500} c="dark.8" lineClamp={2}>
                  {t.title}
                </TextLink>
              </Table.Td>
              <Table.Td>
                {t.controlId ? (
                  <TextLink to="/controls/$controlId" params={{ controlId: t.controlId }} size="sm" ff="monospace">
                    {controlCodes.get(t.controlId) ?? 'Control'}
                  </TextLink>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t.criterionId ?? '—'}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={t.ownerName ? undefined : 'dimmed'}>
                  {t.ownerName ?? 'Unassigned'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={t.overdue ? 'red.8' : undefined} fw={t.overdue ? 600 : undefined}>
                  {formatDay(t.dueDate)}
                </Text>
              </Table.Td>
              <Table.Td>
                <TaskStatusBadge task={t} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
