// The catalog: criteria (from lib/catalog), control templates, ISO/IEC 27001 Annex A, and licensed-text import.
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../../lib/api';
import { type Criterion, criteriaQueryKey } from '../../lib/catalog';
import type { Frequency, Nature } from '../../lib/labels';

export interface Template {
  id: string;
  title: string;
  description: string;
  domain: string;
  criteria: { id: string; relation: 'primary' | 'supporting' }[];
  nature: Nature;
  frequency: Frequency;
  ownerFunction: string;
  evidence: string[];
  testProcedures: { method: string; step: string }[];
  iso27001: string[];
}

export interface IsoControl {
  id: string;
  theme: string;
  title: string;
  templates: string[];
}

export interface CatalogInfo {
  id: string;
  version: string;
  name: string;
  criteria: number;
  pointsOfFocus: number;
  templates: number;
  isoControls: number;
}

const forever = Number.POSITIVE_INFINITY;

export function useCatalogInfo() {
  return useQuery({ queryKey: ['catalog', 'info'], queryFn: () => api.get<CatalogInfo>('/catalog'), staleTime: forever });
}

export function useTemplates() {
  return useQuery({
    queryKey: ['catalog', 'templates', 'full'],
    queryFn: () => api.get<{ items: Template[] }>('/catalog/templates').then((r) => r.items),
    staleTime: forever,
  });
}

export function useIsoControls() {
  return useQuery({
    queryKey: ['catalog', 'iso27001'],
    queryFn: () => api.get<{ items: IsoControl[] }>('/catalog/iso27001').then((r) => r.items),
    staleTime: forever,
  });
}

export function useCriterion(id: string) {
  return useQuery({
    queryKey: ['catalog', 'criterion', id],
    queryFn: () => api.get<Criterion>(`/catalog/criteria/${encodeURIComponent(id)}`),
  });
}

/** Imports the official AICPA texts from an OSCAL catalog document the organization holds a licence for. */
export function useImportTexts() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (doc: unknown) => api.post<{ imported: number; unknown: string[] }>('/catalog/official-texts', doc),
    onSuccess: async (r) => {
      notifications.show({
        color: 'teal',
        title: 'Licensed texts imported',
        message: `Official texts for ${r.imported} ${r.imported === 1 ? 'criterion is' : 'criteria are'} shown now.`,
      });
      await qc.invalidateQueries({ queryKey: criteriaQueryKey });
      await qc.invalidateQueries({ queryKey: ['catalog', 'criterion'] });
    },
  });
}

export function useRemoveTexts() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<{ removed: number }>('/catalog/official-texts'),
    onSuccess: async (r) => {
      notifications.show({ color: 'teal', title: 'Licensed texts removed', message: `${r.removed} official texts were removed.` });
      await qc.invalidateQueries({ queryKey: criteriaQueryKey });
      await qc.invalidateQueries({ queryKey: ['catalog', 'criterion'] });
    },
    onError: (err) => notifications.show({ color: 'red', title: 'The texts were not removed', message: errorMessage(err) }),
  });
}
