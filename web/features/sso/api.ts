// The organization's OpenID Connect single sign-on configuration.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isStatus } from '../../lib/api';

export interface SsoConfig {
  enabled: boolean;
  issuer: string;
  clientId: string;
  hasClientSecret: boolean;
  autoJoinDomains: string[];
  autoJoinRole: string;
  redirectUri: string;
}

export interface SsoInput {
  enabled: boolean;
  issuer: string;
  clientId: string;
  clientSecret?: string;
  autoJoinDomains: string[];
  autoJoinRole: string;
}

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
        return await api.get<SsoConfig>('/sso');
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
    mutationFn: (input: SsoInput) => api.put<SsoConfig>('/sso', input),
    onSuccess: (cfg) => qc.setQueryData(['sso'], cfg),
  });
}
