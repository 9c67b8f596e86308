// Queries and mutations of members and invitations.
import { notifications } from '@mantine/notifications';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiBody, api, errorMessage } from '../../lib/api';
import { roleLabel } from '../../lib/roles';
import { meQueryKey } from '../../lib/session';
import type { Invitation, Member } from './types';

const PAGE = 50;

/** Members of the active organization, a page at a time. */
export function useMembers() {
  return useInfiniteQuery({
    queryKey: ['members'],
    queryFn: ({ pageParam }) => api.get('/members', { query: { cursor: pageParam, limit: PAGE } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Invitations of the active organization (every status), a page at a time. */
export function useInvitations(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['invitations'],
    queryFn: ({ pageParam }) => api.get('/invitations', { query: { cursor: pageParam, limit: PAGE } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

export function useChangeRole() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; role: Member['role'] }) => api.patch('/members/{id}', { path: { id: v.id }, body: { role: v.role } }),
    onSuccess: async (m) => {
      notifications.show({ color: 'teal', title: 'Role changed', message: `${m.name} is now ${roleLabel(m.role)}.` });
      await qc.invalidateQueries({ queryKey: ['members'] });
      await qc.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: (err) => notifications.show({ color: 'red', title: 'The role was not changed', message: errorMessage(err) }),
  });
}

export function useRemoveMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (m: Member) => api.delete('/members/{id}', { path: { id: m.id } }),
    onSuccess: async (_r, m) => {
      notifications.show({ color: 'teal', title: 'Member removed', message: `${m.name} no longer has access to this organization.` });
      await qc.invalidateQueries({ queryKey: ['members'] });
    },
  });
}

export function useInvite() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: ApiBody<'post', '/invitations'>) => api.post('/invitations', { body: v }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['invitations'] }),
  });
}

export function useRevokeInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (inv: Invitation) => api.delete('/invitations/{id}', { path: { id: inv.id } }),
    onSuccess: async (_r, inv) => {
      notifications.show({ color: 'teal', title: 'Invitation revoked', message: `The link sent to ${inv.email} no longer works.` });
      await qc.invalidateQueries({ queryKey: ['invitations'] });
    },
  });
}
