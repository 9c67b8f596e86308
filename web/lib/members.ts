// The organization's people as choices for an owner picker.
import { useQuery } from '@tanstack/react-query';
import { api, type Schema } from './api';

export type MemberChoice = Pick<Schema<'Member'>, 'userId' | 'name' | 'email'>;

/** Up to 200 members (enough for an owner picker); only when the person may read members. */
export function useMemberChoices(enabled: boolean) {
  return useQuery({
    queryKey: ['members', 'choices'],
    queryFn: () => api.get('/members', { query: { limit: 200 } }).then((r) => r.items),
    enabled,
    staleTime: 60_000,
  });
}

/** Select options: value is the user id the API expects as ownerId. */
export function memberOptions(members: MemberChoice[] | undefined, current?: { id: string; name: string } | null) {
  const opts = (members ?? []).map((m) => ({ value: m.userId, label: m.name }));
  // Someone who left the organization can still own a control; keep them visible rather than blank.
  if (current && !opts.some((o) => o.value === current.id)) opts.push({ value: current.id, label: current.name });
  return opts;
}
