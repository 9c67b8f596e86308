// The organization's controls: list, detail, and every change a control can go through.
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { controlsQueryKey } from '../../lib/adoption';
import { api, errorMessage } from '../../lib/api';
import type { ControlStatus, Frequency, Nature } from '../../lib/labels';

export interface CriterionLink {
  id: string;
  relation: 'primary' | 'supporting';
}

export interface Control {
  id: string;
  code: string;
  templateId: string | null;
  title: string;
  description: string;
  domain: string;
  nature: Nature;
  frequency: Frequency;
  ownerFunction: string;
  owner: { id: string; name: string; email: string } | null;
  status: ControlStatus;
  statusReason: string | null;
  active: boolean;
  deactivatedReason: string | null;
  criteria: CriterionLink[];
  iso: string[];
  evidence: string[];
  testProcedures: { method: string; step: string }[];
  updatedAt: string;
}

export interface StatusChange {
  id: string;
  from: ControlStatus | null;
  to: ControlStatus;
  reason: string | null;
  actor: string;
  at: string;
}

export interface ControlDetail {
  control: Control;
  history: StatusChange[];
  tasks: { id: string; title: string; status: string; dueDate: string | null }[];
}

export interface NewControl {
  title: string;
  description: string;
  domain: string;
  nature: Nature;
  frequency: Frequency;
  criteria: CriterionLink[];
  ownerId: string | null;
}

export function useControls() {
  return useQuery({ queryKey: controlsQueryKey, queryFn: () => api.get<{ items: Control[] }>('/controls') });
}

const detailKey = (id: string) => [...controlsQueryKey, 'detail', id];

export function useControl(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => api.get<ControlDetail>(`/controls/${encodeURIComponent(id)}`) });
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

const path = (id: string, rest = '') => `/controls/${encodeURIComponent(id)}${rest}`;

export function useAssignOwner(id: string) {
  return useControlMutation(
    id,
    (ownerId: string | null) => api.patch<ControlDetail>(path(id), { ownerId }),
    (d) => (d.control.owner ? `Owner set to ${d.control.owner.name}` : 'Owner removed'),
    'The owner was not changed',
  );
}

export function useEditControl(id: string) {
  return useControlMutation(
    id,
    (patch: Partial<Pick<Control, 'title' | 'description' | 'domain' | 'nature' | 'frequency' | 'evidence' | 'testProcedures'>>) =>
      api.patch<ControlDetail>(path(id), patch),
    () => 'Control saved',
    'The control was not saved',
  );
}

export function useSetStatus(id: string) {
  return useControlMutation(
    id,
    (v: { status: ControlStatus; reason?: string }) => api.post<ControlDetail>(path(id, '/status'), v),
    () => 'Status changed',
    'The status was not changed',
  );
}

export function useSetActive(id: string) {
  return useControlMutation(
    id,
    (v: { active: boolean; reason?: string }) =>
      v.active ? api.post<ControlDetail>(path(id, '/activate')) : api.post<ControlDetail>(path(id, '/deactivate'), { reason: v.reason }),
    (d) => (d.control.active ? 'Control activated' : 'Control deactivated'),
    'That did not work',
  );
}

export function useSetLinks(id: string) {
  return useControlMutation(
    id,
    (criteria: CriterionLink[]) => api.put<ControlDetail>(path(id, '/links'), { criteria }),
    () => 'Criteria updated',
    'The criteria were not saved',
  );
}

export function useCreateControl() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: NewControl) => api.post<ControlDetail>('/controls', v),
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
