// API tokens: list, create (the secret comes back once), revoke.
import { notifications } from '@mantine/notifications';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Role } from '../../lib/roles';

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  lastFour: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export function useTokens() {
  return useInfiniteQuery({
    queryKey: ['tokens'],
    queryFn: ({ pageParam }) => api.get<{ items: ApiToken[]; nextCursor: string | null }>('/tokens', { cursor: pageParam, limit: 50 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCreateToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { name: string; role: string; expiresAt: string | null }) =>
      api.post<{ token: ApiToken; secret: string }>('/tokens', v),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

export function useRevokeToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (t: ApiToken) => api.delete(`/tokens/${encodeURIComponent(t.id)}`),
    onSuccess: async (_r, t) => {
      notifications.show({ color: 'teal', title: 'Token revoked', message: `“${t.name}” can no longer call the API.` });
      await qc.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
}

/** Active, revoked or expired, as of now. */
export function tokenStatus(t: ApiToken, now = Date.now()): 'active' | 'revoked' | 'expired' {
  if (t.revokedAt) return 'revoked';
  if (t.expiresAt && Date.parse(t.expiresAt) <= now) return 'expired';
  return 'active';
}
