// The scope: organization profile, categories in scope, and the system description (DC1–DC9).
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../../lib/api';
import type { Category } from '../../lib/labels';

export interface Profile {
  legalName: string;
  website: string;
  industry: string;
  headcount: string;
  categories: Category[];
}

export interface Cuec {
  text: string;
  criteria: string[];
}

export interface SubserviceOrg {
  name: string;
  services: string;
  method: 'carve_out' | 'inclusive';
  csocs: string[];
  criteria: string[];
}

export interface NotRelevant {
  criterionId: string;
  reason: string;
}

export interface SystemDescription {
  services: string;
  commitments: string;
  systemRequirements: string;
  components: { infrastructure: string; software: string; people: string; procedures: string; data: string };
  boundaries: string;
  incidents: string;
  controlsNarrative: string;
  cuecs: Cuec[];
  subserviceOrgs: SubserviceOrg[];
  notRelevant: NotRelevant[];
  significantChanges: string;
}

export interface Scope {
  profile: Profile;
  systemDescription: SystemDescription;
  updatedAt: string | null;
}

export function useScope() {
  return useQuery({ queryKey: ['scope'], queryFn: () => api.get<Scope>('/scope') });
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
    (p: Profile) => api.put<Scope>('/scope/profile', p),
    'Profile and categories saved',
    'Readiness now counts the criteria of every category in scope.',
  );
}

/** Saves the description; list entries someone left half-empty are dropped rather than refused. */
export function useSaveDescription() {
  return useScopeMutation(
    (d: SystemDescription) => api.put<Scope>('/scope/system-description', tidy(d)),
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
