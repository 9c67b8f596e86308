// Adopting control templates: how many fit the scope, and the one idempotent "adopt" call.
// Shared by the scope wizard's last step and the controls page.
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiResponse, api, errorMessage } from './api';
import { useAllCriteria } from './catalog';

export type AdoptResult = ApiResponse<'post', '/controls/adopt'>;

/** The raw GET /controls answer is cached under ['controls'] by every feature that reads it. */
export const controlsQueryKey = ['controls'] as const;

/** Templates that fit the categories (any of their criteria is in one), and how many are adopted already. */
export function useAdoptionPlan(categories: readonly string[] | undefined, enabled = true) {
  const criteria = useAllCriteria(enabled);
  const templates = useQuery({
    queryKey: ['catalog', 'templates', 'all'],
    queryFn: () => api.get('/catalog/templates').then((r) => r.items),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
  const controls = useQuery({
    queryKey: controlsQueryKey,
    queryFn: () => api.get('/controls'),
    enabled,
  });
  const error = criteria.error ?? templates.error ?? controls.error;
  if (!criteria.data || !templates.data || !controls.data || !categories) return { ready: false as const, error };
  const inScope = new Set(criteria.data.filter((c) => categories.includes(c.category)).map((c) => c.id));
  const fitting = templates.data.filter((t) => t.criteria.some((l) => inScope.has(l.id)));
  const adoptedIds = new Set(controls.data.items.map((c) => c.templateId).filter(Boolean));
  const adopted = fitting.filter((t) => adoptedIds.has(t.id)).length;
  return {
    ready: true as const,
    error,
    fitting: fitting.length,
    adopted,
    toAdd: fitting.length - adopted,
    total: controls.data.items.length,
  };
}

/** Adopts every template that fits the scope and is not adopted yet; safe to run again. */
export function useAdoptTemplates() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/controls/adopt', { body: {} }),
    onSuccess: async (r) => {
      notifications.show({
        color: 'teal',
        title: r.added.length ? 'Controls adopted' : 'Nothing new to adopt',
        message: r.added.length
          ? `${r.added.length} controls were added from the templates that fit your scope.`
          : 'Every template that fits your scope is adopted already.',
      });
      await Promise.all([qc.invalidateQueries({ queryKey: controlsQueryKey }), qc.invalidateQueries({ queryKey: ['readiness'] })]);
    },
    onError: (err) => notifications.show({ color: 'red', title: 'The controls were not adopted', message: errorMessage(err) }),
  });
}
