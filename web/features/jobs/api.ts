// Background jobs of this Assay instance, for admins.
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schema } from '../../lib/api';

export type Job = Schema<'Job'>;
export type JobState = Job['state'];

export function useJobs(state: JobState | '', limit: number) {
  return useQuery({
    queryKey: ['jobs', state, limit],
    queryFn: () => api.get('/jobs', { query: { state, limit } }),
    placeholderData: keepPreviousData,
  });
}

export function useRetryJob() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (job: Job) => api.post('/jobs/{id}/retry', { path: { id: job.id } }),
    onSuccess: async (_r, job) => {
      notifications.show({ color: 'teal', title: 'Job queued again', message: `${job.name} will run again shortly.` });
      await qc.invalidateQueries({ queryKey: ['jobs'] });
    },
  });
}
