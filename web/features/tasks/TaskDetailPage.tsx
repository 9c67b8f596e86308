import { Alert, Anchor, Breadcrumbs, Button, Grid, Stack, Text } from '@mantine/core';
import { IconAlarm, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { TextLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { useCan } from '../../lib/abilities';
import { isStatus } from '../../lib/api';
import { formatDay } from '../../lib/format';
import { useControlChoices, useTask } from './api';
import { EditTaskModal } from './EditTaskModal';
import { TaskComments } from './TaskComments';
import { TaskSettings } from './TaskSettings';

/** /tasks/:id: a task with its details and comments. */
export function TaskDetailPage({ taskId }: { taskId: string }) {
  const can = useCan();
  const detail = useTask(taskId);
  const [editing, setEditing] = useState(false);
  const controls = useControlChoices(can('controls.read'));
  const crumbs = (
    <Breadcrumbs mb="sm">
      <TextLink to="/tasks" size="sm">
        Tasks
      </TextLink>
      <Anchor component="span" size="sm" c="dimmed" underline="never" maw={420} truncate>
        {detail.data?.task.title ?? '…'}
      </Anchor>
    </Breadcrumbs>
  );
  if (detail.isPending)
    return (
      <>
        {crumbs}
        <Loading label="Loading the task…" />
      </>
    );
  if (detail.isError) {
    const missing = isStatus(detail.error, 404);
    return (
      <>
        {crumbs}
        <ErrorAlert
          error={detail.error}
          title={missing ? 'There is no such task in this organization' : 'The task could not be loaded'}
          onRetry={missing ? undefined : () => detail.refetch()}
        />
      </>
    );
  }
  const { task, comments } = detail.data;
  const code = controls.data?.items.find((c) => c.id === task.controlId)?.code;
  return (
    <>
      {crumbs}
      <PageHeader
        title={task.title}
        actions={
          can('tasks.manage') && (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              Edit
            </Button>
          )
        }
      />
      <Stack gap="lg">
        {task.overdue && (
          <Alert color="red" variant="light" icon={<IconAlarm size={18} />} title="Overdue">
            This task was due {formatDay(task.dueDate)}. Finish it, or agree a new date and change it here.
          </Alert>
        )}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              <Section title="What needs doing">
                <Text size="sm" c={task.description ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
                  {task.description || 'No details were given.'}
                </Text>
              </Section>
              <TaskComments taskId={task.id} comments={comments} canComment={can('tasks.comment')} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TaskSettings task={task} controlCode={code} />
          </Grid.Col>
        </Grid>
      </Stack>
      {editing && <EditTaskModal task={task} opened={editing} onClose={() => setEditing(false)} />}
    </>
  );
}
