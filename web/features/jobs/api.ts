// Background jobs of this Assay instance, for admins.
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type JobState = 'queued' | 'active' | 'completed' | 'failed' | 'dead';

export interface Job {
  id: string;
  name: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export function useJobs(state: JobState | '', limit: number) {
  return useQuery({
    queryKey: ['jobs', state, limit],
    queryFn: () => api.get<{ driver: string; items: Job[] }>('/jobs', { state, limit }),
    placeholderData: keepPreviousData,
  });
}

export function useRetryJob() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (job: Job) => api.post(`/jobs/${encodeURIComponent(job.id)}/retry`),
    onSuccess: async (_r, job) => {
      notifications.show({ color: 'teal', title: 'Job queued again', message: `${job.name} will run again shortly.` });
      await qc.invalidateQueries({ queryKey: ['jobs'] });
    },
  });
}
