// API tokens: list, create (the secret comes back once), revoke.
import { notifications } from '@mantine/notifications';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiBody, api, type Schema } from '../../lib/api';

export type ApiToken = Schema<'ApiToken'>;

export function useTokens() {
  return useInfiniteQuery({
    queryKey: ['tokens'],
    queryFn: ({ pageParam }) => api.get('/tokens', { query: { cursor: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCreateToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: ApiBody<'post', '/tokens'>) => api.post('/tokens', { body: v }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

export function useRevokeToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (t: ApiToken) => api.delete('/tokens/{id}', { path: { id: t.id } }),
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
