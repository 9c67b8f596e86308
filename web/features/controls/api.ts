// The organization's controls: list, detail, and every change a control can go through.
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { controlsQueryKey } from '../../lib/adoption';
import { type ApiBody, type ApiResponse, api, errorMessage, type Schema } from '../../lib/api';

export type Control = Schema<'Control'>;
export type CriterionLink = Control['criteria'][number];
export type ControlDetail = ApiResponse<'get', '/controls/{id}'>;
export type StatusChange = ControlDetail['history'][number];
export type NewControl = ApiBody<'post', '/controls'>;
type ControlPatch = ApiBody<'patch', '/controls/{id}'>;

export function useControls() {
  return useQuery({ queryKey: controlsQueryKey, queryFn: () => api.get('/controls') });
}

const detailKey = (id: string) => [...controlsQueryKey, 'detail', id];

export function useControl(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => api.get('/controls/{id}', { path: { id } }) });
}

/** After any change: show the new detail at once, then refresh the list and readiness behind it. */
function useControlMutation<V>(
  id: string,
  call: (v: V) => Promise<ControlDetail>,
  done: (d: ControlDetail, v: V) => string,
  failed: string,
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (d, v) => {
      qc.setQueryData(detailKey(id), d);
      notifications.show({ color: 'teal', title: done(d, v), message: `${d.control.code} ${d.control.title}` });
      await Promise.all([
        qc.invalidateQueries({ queryKey: controlsQueryKey, exact: true }),
        qc.invalidateQueries({ queryKey: ['readiness'] }),
        qc.invalidateQueries({ queryKey: ['tasks'] }),
      ]);
    },
    onError: (err) => notifications.show({ color: 'red', title: failed, message: errorMessage(err) }),
  });
}

export function useAssignOwner(id: string) {
  return useControlMutation(
    id,
    (ownerId: string | null) => api.patch('/controls/{id}', { path: { id }, body: { ownerId } }),
    (d) => (d.control.owner ? `Owner set to ${d.control.owner.name}` : 'Owner removed'),
    'The owner was not changed',
  );
}

export function useEditControl(id: string) {
  return useControlMutation(
    id,
    (patch: Pick<ControlPatch, 'title' | 'description' | 'domain' | 'nature' | 'frequency' | 'evidence' | 'testProcedures'>) =>
      api.patch('/controls/{id}', { path: { id }, body: patch }),
    () => 'Control saved',
    'The control was not saved',
  );
}

export function useSetStatus(id: string) {
  return useControlMutation(
    id,
    (v: ApiBody<'post', '/controls/{id}/status'>) => api.post('/controls/{id}/status', { path: { id }, body: v }),
    () => 'Status changed',
    'The status was not changed',
  );
}

export function useSetActive(id: string) {
  return useControlMutation(
    id,
    (v: { active: true } | { active: false; reason: string }) =>
      v.active
        ? api.post('/controls/{id}/activate', { path: { id } })
        : api.post('/controls/{id}/deactivate', { path: { id }, body: { reason: v.reason } }),
    (d) => (d.control.active ? 'Control activated' : 'Control deactivated'),
    'That did not work',
  );
}

export function useSetLinks(id: string) {
  return useControlMutation(
    id,
    (criteria: CriterionLink[]) => api.put('/controls/{id}/links', { path: { id }, body: { criteria } }),
    () => 'Criteria updated',
    'The criteria were not saved',
  );
}

export function useCreateControl() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: NewControl) => api.post('/controls', { body: v }),
    onSuccess: async (d) => {
      qc.setQueryData(detailKey(d.control.id), d);
      notifications.show({ color: 'teal', title: 'Control created', message: `${d.control.code} ${d.control.title}` });
      await Promise.all([
        qc.invalidateQueries({ queryKey: controlsQueryKey, exact: true }),
        qc.invalidateQueries({ queryKey: ['readiness'] }),
      ]);
    },
  });
}
