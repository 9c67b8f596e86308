import { Badge, Group, Stack, Text } from '@mantine/core';
import { TextLink } from '../../components/links';
import { Section } from '../../components/Section';
import { formatDay } from '../../lib/format';
import { TASK_STATUS_COLORS, TASK_STATUS_LABELS, type TaskStatus } from '../../lib/labels';
import type { ControlDetail } from './api';

/** Work items about this control (often created from readiness gaps). */
export function LinkedTasks({ tasks }: { tasks: ControlDetail['tasks'] }) {
  return (
    <Section title="Tasks">
      {tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          No tasks for this control. The readiness dashboard turns gaps into tasks in one click.
        </Text>
      ) : (
        <Stack gap="xs">
          {tasks.map((t) => (
            <Group key={t.id} justify="space-between" wrap="nowrap" gap="sm">
              <TextLink to="/tasks/$taskId" params={{ taskId: t.id }} size="sm" lineClamp={1}>
                {t.title}
              </TextLink>
              <Group gap="xs" wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {t.dueDate ? `Due ${formatDay(t.dueDate)}` : ''}
                </Text>
                <Badge size="sm" variant="light" color={TASK_STATUS_COLORS[t.status as TaskStatus] ?? 'gray'} tt="none">
                  {TASK_STATUS_LABELS[t.status as TaskStatus] ?? t.status}
                </Badge>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}
