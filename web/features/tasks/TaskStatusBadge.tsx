import { Badge } from '@mantine/core';
import { TASK_STATUS_COLORS, TASK_STATUS_LABELS } from '../../lib/labels';
import type { Task } from './api';

/** A task's status; an overdue task says so in red next to it. */
export function TaskStatusBadge({ task }: { task: Pick<Task, 'status' | 'overdue'> }) {
  return (
    <>
      <Badge variant="light" color={TASK_STATUS_COLORS[task.status]} tt="none" radius="sm">
        {TASK_STATUS_LABELS[task.status]}
      </Badge>
      {task.overdue && (
        <Badge variant="filled" color="red" tt="none" radius="sm" ml={6}>
          Overdue
        </Badge>
      )}
    </>
  );
}
