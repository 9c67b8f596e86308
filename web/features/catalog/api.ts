// The catalog: criteria (from lib/catalog), control templates, ISO/IEC 27001 Annex A, and licensed-text import.
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiBody, type ApiResponse, api, errorMessage, type Schema } from '../../lib/api';
import { criteriaQueryKey } from '../../lib/catalog';

export type Template = Schema<'ControlTemplate'>;
export type IsoControl = ApiResponse<'get', '/catalog/iso27001'>['items'][number];
export type CatalogInfo = ApiResponse<'get', '/catalog'>;
/** An OSCAL catalog document, as read from the file the person picked. */
export type OscalCatalog = ApiBody<'post', '/catalog/official-texts'>;

const forever = Number.POSITIVE_INFINITY;

export function useCatalogInfo() {
  return useQuery({ queryKey: ['catalog', 'info'], queryFn: () => api.get('/catalog'), staleTime: forever });
}

export function useTemplates() {
  return useQuery({
    queryKey: ['catalog', 'templates', 'full'],
    queryFn: () => api.get('/catalog/templates').then((r) => r.items),
    staleTime: forever,
  });
}

export function useIsoControls() {
  return useQuery({
    queryKey: ['catalog', 'iso27001'],
    queryFn: () => api.get('/catalog/iso27001').then((r) => r.items),
    staleTime: forever,
  });
}

export function useCriterion(id: string) {
  return useQuery({
    queryKey: ['catalog', 'criterion', id],
    queryFn: () => api.get('/catalog/criteria/{id}', { path: { id } }),
  });
}

/** Imports the official AICPA texts from an OSCAL catalog document the organization holds a licence for. */
export function useImportTexts() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (doc: OscalCatalog) => api.post('/catalog/official-texts', { body: doc }),
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
    mutationFn: () => api.delete('/catalog/official-texts'),
    onSuccess: async (r) => {
      notifications.show({ color: 'teal', title: 'Licensed texts removed', message: `${r.removed} official texts were removed.` });
      await qc.invalidateQueries({ queryKey: criteriaQueryKey });
      await qc.invalidateQueries({ queryKey: ['catalog', 'criterion'] });
    },
    onError: (err) => notifications.show({ color: 'red', title: 'The texts were not removed', message: errorMessage(err) }),
  });
}
