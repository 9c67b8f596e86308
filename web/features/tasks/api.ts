// Tasks: owned, dated work items (often made from readiness gaps), and their comments.
import { notifications } from '@mantine/notifications';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { controlsQueryKey } from '../../lib/adoption';
import { api, errorMessage } from '../../lib/api';
import { TASK_STATUSES, type TaskStatus } from '../../lib/labels';

export interface Task {
  id: string;
  title: string;
  description: string;
  controlId: string | null;
  criterionId: string | null;
  gapKey: string | null;
  ownerId: string | null;
  ownerName: string | null;
  dueDate: string | null;
  overdue: boolean;
  status: TaskStatus;
  createdBy: string;
  createdAt: string;
  completedAt: string | null;
}

export interface TaskComment {
  id: string;
  author: string;
  body: string;
  createdAt: string;
}

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

export interface TaskInput {
  title: string;
  description: string;
  ownerId: string | null;
  dueDate: string | null;
  controlId: string | null;
}

export function useTasks(f: TaskFilters) {
  return useInfiniteQuery({
    queryKey: ['tasks', 'list', f],
    queryFn: ({ pageParam }) =>
      api.get<{ items: Task[]; nextCursor: string | null }>('/tasks', {
        cursor: pageParam,
        limit: 50,
        status: f.status,
        mine: f.mine ? 'true' : undefined,
        overdue: f.overdue ? 'true' : undefined,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useTask(id: string) {
  return useQuery({
    queryKey: ['tasks', 'detail', id],
    queryFn: () => api.get<{ task: Task; comments: TaskComment[] }>(`/tasks/${encodeURIComponent(id)}`),
  });
}

/** Controls as choices for a task (code and title), when the person may read controls. */
export function useControlChoices(enabled: boolean) {
  return useQuery({
    queryKey: controlsQueryKey,
    queryFn: () => api.get<{ items: { id: string; code: string; title: string; active: boolean }[] }>('/controls'),
    enabled,
    staleTime: 60_000,
  });
}

export function useCreateTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: TaskInput) => api.post<Task>('/tasks', v),
    onSuccess: async (t) => {
      notifications.show({ color: 'teal', title: 'Task created', message: t.title });
      await qc.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}

export function useUpdateTask(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<TaskInput> & { status?: TaskStatus }) => api.patch<Task>(`/tasks/${encodeURIComponent(id)}`, patch),
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
    mutationFn: (body: string) => api.post<TaskComment>(`/tasks/${encodeURIComponent(id)}/comments`, { body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['tasks', 'detail', id] }),
  });
}
