// The scope: organization profile, categories in scope, and the system description (DC1–DC9).
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage, type Schema } from '../../lib/api';

export type Profile = Schema<'OrgProfile'>;
export type SystemDescription = Schema<'SystemDescription'>;
export type Cuec = SystemDescription['cuecs'][number];
export type SubserviceOrg = SystemDescription['subserviceOrgs'][number];
export type NotRelevant = SystemDescription['notRelevant'][number];
export type Scope = Schema<'Scope'>;

export function useScope() {
  return useQuery({ queryKey: ['scope'], queryFn: () => api.get('/scope') });
}

function useScopeMutation<V>(call: (v: V) => Promise<Scope>, title: string, message: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (s) => {
      qc.setQueryData(['scope'], s);
      notifications.show({ color: 'teal', title, message });
      await qc.invalidateQueries({ queryKey: ['readiness'] });
    },
    onError: (err) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(err) }),
  });
}

export function useSaveProfile() {
  return useScopeMutation(
    (p: Profile) => api.put('/scope/profile', { body: p }),
    'Profile and categories saved',
    'Readiness now counts the criteria of every category in scope.',
  );
}

/** Saves the description; list entries someone left half-empty are dropped rather than refused. */
export function useSaveDescription() {
  return useScopeMutation(
    (d: SystemDescription) => api.put('/scope/system-description', { body: tidy(d) }),
    'System description saved',
    'The exports show the new draft.',
  );
}

function tidy(d: SystemDescription): SystemDescription {
  return {
    ...d,
    cuecs: d.cuecs.filter((c) => c.text.trim()),
    subserviceOrgs: d.subserviceOrgs
      .filter((s) => s.name.trim())
      .map((s) => ({ ...s, csocs: s.csocs.map((c) => c.trim()).filter(Boolean) })),
    notRelevant: d.notRelevant.filter((n) => n.criterionId && n.reason.trim()),
  };
}
