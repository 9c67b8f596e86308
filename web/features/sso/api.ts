// The organization's OpenID Connect single sign-on configuration.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiBody, api, isStatus, type Schema } from '../../lib/api';

export type SsoConfig = Schema<'SsoConfig'>;
export type SsoInput = ApiBody<'put', '/sso'>;

const EMPTY: SsoConfig = {
  enabled: false,
  issuer: '',
  clientId: '',
  hasClientSecret: false,
  autoJoinDomains: [],
  autoJoinRole: 'employee',
  redirectUri: '',
};

/** The stored configuration; an organization that never configured SSO gets an empty one. */
export function useSsoConfig() {
  return useQuery({
    queryKey: ['sso'],
    queryFn: async () => {
      try {
        return await api.get('/sso');
      } catch (err) {
        if (isStatus(err, 404)) return EMPTY;
        throw err;
      }
    },
  });
}

export function useSaveSso() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SsoInput) => api.put('/sso', { body: input }),
    onSuccess: (cfg) => qc.setQueryData(['sso'], cfg),
  });
}
