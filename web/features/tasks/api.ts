// Tasks: owned, dated work items (often made from readiness gaps), and their comments.
import { notifications } from '@mantine/notifications';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { controlsQueryKey } from '../../lib/adoption';
import { type ApiBody, type ApiResponse, api, errorMessage, type Schema } from '../../lib/api';
import { TASK_STATUSES, type TaskStatus } from '../../lib/labels';

export type Task = Schema<'Task'>;
export type TaskComment = ApiResponse<'get', '/tasks/{id}'>['comments'][number];

export interface TaskFilters {
  status: '' | TaskStatus;
  mine: boolean;
  overdue: boolean;
}

/** The filters as kept in the address (/tasks?status=open&overdue=true), defaults left out. */
export interface TasksSearch {
  status?: TaskStatus;
  mine?: true;
  overdue?: true;
}

export function parseTasksSearch(s: Record<string, unknown>): TasksSearch {
  const yes = (v: unknown) => (v === true || v === 'true' ? true : undefined);
  const status = TASK_STATUSES.find((x) => x === s.status);
  return { status, mine: yes(s.mine), overdue: yes(s.overdue) };
}

export const taskFiltersOf = (s: TasksSearch): TaskFilters => ({ status: s.status ?? '', mine: !!s.mine, overdue: !!s.overdue });

export const tasksSearchOf = (f: TaskFilters): TasksSearch => ({
  status: f.status || undefined,
  mine: f.mine || undefined,
  overdue: f.overdue || undefined,
});

/** What the new-task form sends. */
export type TaskInput = Required<Pick<ApiBody<'post', '/tasks'>, 'title' | 'description' | 'ownerId' | 'dueDate' | 'controlId'>>;

export function useTasks(f: TaskFilters) {
  return useInfiniteQuery({
    queryKey: ['tasks', 'list', f],
    queryFn: ({ pageParam }) =>
      api.get('/tasks', {
        query: {
          cursor: pageParam,
          limit: 50,
          status: f.status,
          mine: f.mine ? 'true' : undefined,
          overdue: f.overdue ? 'true' : undefined,
        },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useTask(id: string) {
  return useQuery({
    queryKey: ['tasks', 'detail', id],
    queryFn: () => api.get('/tasks/{id}', { path: { id } }),
  });
}

/** Controls as choices for a task (code and title), when the person may read controls. */
export function useControlChoices(enabled: boolean) {
  return useQuery({
    queryKey: controlsQueryKey,
    queryFn: () => api.get('/controls'),
    enabled,
    staleTime: 60_000,
  });
}

export function useCreateTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: TaskInput) => api.post('/tasks', { body: v }),
    onSuccess: async (t) => {
      notifications.show({ color: 'teal', title: 'Task created', message: t.title });
      await qc.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}

export function useUpdateTask(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: ApiBody<'patch', '/tasks/{id}'>) => api.patch('/tasks/{id}', { path: { id }, body: patch }),
    onSuccess: async (t) => {
      notifications.show({ color: 'teal', title: 'Task updated', message: t.title });
      await Promise.all([qc.invalidateQueries({ queryKey: ['tasks'] }), qc.invalidateQueries({ queryKey: controlsQueryKey })]);
    },
    onError: (err) => notifications.show({ color: 'red', title: 'The task was not changed', message: errorMessage(err) }),
  });
}

export function useAddComment(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post('/tasks/{id}/comments', { path: { id }, body: { body } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['tasks', 'detail', id] }),
  });
}
