import { SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { TextLink } from '../../components/links';
import { Section } from '../../components/Section';
import { useCan } from '../../lib/abilities';
import { formatDateTime, formatDay } from '../../lib/format';
import type { TaskStatus } from '../../lib/labels';
import { memberOptions, useMemberChoices } from '../../lib/members';
import { type Task, useUpdateTask } from './api';
import { TaskStatusBadge } from './TaskStatusBadge';

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

/** Status, owner and due date: editable with tasks.manage, read-only otherwise. */
export function TaskSettings({ task, controlCode }: { task: Task; controlCode?: string }) {
  const can = useCan();
  const manage = can('tasks.manage');
  const members = useMemberChoices(can('members.read'));
  const update = useUpdateTask(task.id);
  const owner = task.ownerId ? { id: task.ownerId, name: task.ownerName ?? 'A former member' } : null;
  return (
    <Section title="Details">
      <Stack gap="md">
        {manage ? (
          <>
            <SegmentedControl
              fullWidth
              aria-label="Status"
              value={task.status}
              disabled={update.isPending}
              onChange={(v) => update.mutate({ status: v as TaskStatus })}
              data={[
                { value: 'open', label: 'Open' },
                { value: 'in_progress', label: 'In progress' },
                { value: 'done', label: 'Done' },
              ]}
            />
            {can('members.read') && (
              <Select
                label="Owner"
                placeholder="Unassigned"
                data={memberOptions(members.data, owner)}
                value={task.ownerId}
                onChange={(v) => v !== task.ownerId && update.mutate({ ownerId: v })}
                searchable
                clearable
              />
            )}
            <TextInput
              label="Due date"
              type="date"
              defaultValue={task.dueDate ?? ''}
              key={task.dueDate ?? ''}
              onBlur={(e) => {
                const v = e.currentTarget.value || null;
                if (v !== task.dueDate) update.mutate({ dueDate: v });
              }}
              error={task.overdue ? 'Overdue' : undefined}
            />
          </>
        ) : (
          <>
            <Line label="Status">
              <div>
                <TaskStatusBadge task={task} />
              </div>
            </Line>
            <Line label="Owner">
              <Text size="sm">{owner ? owner.name : 'Unassigned'}</Text>
            </Line>
            <Line label="Due">
              <Text size="sm" c={task.overdue ? 'red.8' : undefined}>
                {formatDay(task.dueDate)}
              </Text>
            </Line>
          </>
        )}
        {task.controlId && (
          <Line label="Control">
            <TextLink to="/controls/$controlId" params={{ controlId: task.controlId }} size="sm">
              {controlCode ?? 'Open the control'}
            </TextLink>
          </Line>
        )}
        {task.criterionId && (
          <Line label="Criterion">
            <TextLink to="/catalog/criteria/$criterionId" params={{ criterionId: task.criterionId }} size="sm">
              {task.criterionId}
            </TextLink>
          </Line>
        )}
        <Line label="Created">
          <Text size="sm">
            {formatDateTime(task.createdAt)} by {task.createdBy}
          </Text>
        </Line>
        {task.completedAt && (
          <Line label="Done">
            <Text size="sm">{formatDateTime(task.completedAt)}</Text>
          </Line>
        )}
      </Stack>
    </Section>
  );
}
