import { Button, Chip, EmptyState, Group, SegmentedControl, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChecklist, IconPlus } from '@tabler/icons-react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { useCan } from '../../lib/abilities';
import { type TaskFilters, type TasksSearch, taskFiltersOf, tasksSearchOf, useControlChoices, useTasks } from './api';
import { NewTaskModal } from './NewTaskModal';
import { TasksTable } from './TasksTable';

/** /tasks: the work that closes gaps, with the overdue ones in red; the filters live in the address. */
export function TasksPage({ search, onSearch }: { search: TasksSearch; onSearch(next: TasksSearch): void }) {
  const can = useCan();
  const filters = taskFiltersOf(search);
  const setFilters = (f: TaskFilters) => onSearch(tasksSearchOf(f));
  const [creating, create] = useDisclosure(false);
  const tasks = useTasks(filters);
  const controls = useControlChoices(can('controls.read'));
  const list = tasks.data?.pages.flatMap((p) => p.items) ?? [];
  const codes = new Map((controls.data?.items ?? []).map((c) => [c.id, c.code]));
  const filtered = filters.status !== '' || filters.mine || filters.overdue;
  return (
    <>
      <PageHeader
        title="Tasks"
        description="Owned, dated work items. Most come from readiness gaps; add your own for anything else."
        actions={
          can('tasks.manage') && (
            <Button leftSection={<IconPlus size={16} />} onClick={create.open}>
              New task
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <Group gap="md" wrap="wrap">
          <SegmentedControl
            aria-label="Status"
            value={filters.status}
            onChange={(v) => setFilters({ ...filters, status: v as TaskFilters['status'] })}
            data={[
              { value: '', label: 'All' },
              { value: 'open', label: 'Open' },
              { value: 'in_progress', label: 'In progress' },
              { value: 'done', label: 'Done' },
            ]}
          />
          <Chip checked={filters.mine} onChange={(mine) => setFilters({ ...filters, mine })}>
            Assigned to me
          </Chip>
          <Chip checked={filters.overdue} onChange={(overdue) => setFilters({ ...filters, overdue })} color="red">
            Overdue
          </Chip>
        </Group>
        <Section padding="xs">
          {tasks.isPending ? (
            <Loading label="Loading tasks…" />
          ) : tasks.isError ? (
            <ErrorAlert error={tasks.error} title="Tasks could not be loaded" onRetry={() => tasks.refetch()} />
          ) : list.length === 0 ? (
            <EmptyState
              py="xl"
              icon={<IconChecklist size={24} />}
              title={filtered ? 'No task matches these filters' : 'No tasks yet'}
              description={
                filtered
                  ? 'Nothing here: pick another status or clear a filter.'
                  : 'Turn readiness gaps into tasks from the readiness dashboard, or create one yourself.'
              }
            >
              {!filtered && can('readiness.read') && (
                <EmptyState.Actions>
                  <ButtonLink to="/readiness" variant="default">
                    Open the readiness dashboard
                  </ButtonLink>
                </EmptyState.Actions>
              )}
            </EmptyState>
          ) : (
            <>
              <TasksTable tasks={list} controlCodes={codes} />
              <LoadMore hasMore={!!tasks.hasNextPage} loading={tasks.isFetchingNextPage} onClick={() => tasks.fetchNextPage()} />
            </>
          )}
        </Section>
      </Stack>
      {can('tasks.manage') && <NewTaskModal opened={creating} onClose={create.close} />}
    </>
  );
}
