// The Trust Services Criteria from the catalog, shared by every page that picks or names criteria.
import { useQuery } from '@tanstack/react-query';
import { api, type Schema } from './api';
import { CATEGORIES, CATEGORY_LABELS } from './labels';

export type Criterion = Schema<'Criterion'>;
export type CriterionTemplateRef = Criterion['templates'][number];

export const criteriaQueryKey = ['catalog', 'criteria'] as const;

/** Every criterion of the catalog (61); the catalog changes only with a release, so it is cached for the session. */
export function useAllCriteria(enabled = true) {
  return useQuery({
    queryKey: criteriaQueryKey,
    queryFn: () => api.get('/catalog/criteria').then((r) => r.items),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

/** Grouped options for a criteria picker, optionally only the given categories. */
export function criterionOptions(criteria: Criterion[] | undefined, categories?: readonly string[]) {
  return CATEGORIES.filter((c) => !categories || categories.includes(c))
    .map((cat) => ({
      group: CATEGORY_LABELS[cat],
      items: (criteria ?? []).filter((c) => c.category === cat).map((c) => ({ value: c.id, label: `${c.id} · ${c.title}` })),
    }))
    .filter((g) => g.items.length > 0);
}
