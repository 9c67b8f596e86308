// Reading the audit log with filters, and verifying its hash chain.
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api, type Schema } from '../../lib/api';
import { dayStartIso } from '../../lib/format';

export interface AuditFilters {
  action: string;
  actor: string;
  targetType: string;
  /** yyyy-mm-dd, local calendar days, both inclusive */
  fromDay: string;
  toDay: string;
}

export const NO_FILTERS: AuditFilters = { action: '', actor: '', targetType: '', fromDay: '', toDay: '' };

export type ChainReport = Schema<'AuditVerification'>;

export function useAuditLog(f: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit-log', 'list', f],
    queryFn: ({ pageParam }) =>
      api.get('/audit-log', {
        query: {
          cursor: pageParam,
          limit: 50,
          action: f.action.trim(),
          actor: f.actor.trim(),
          targetType: f.targetType,
          from: f.fromDay ? dayStartIso(f.fromDay) : undefined,
          // The API's `to` is exclusive, so the chosen last day counts up to its end.
          to: f.toDay ? dayStartIso(f.toDay, 1) : undefined,
        },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: () => api.get('/audit-log/verify') });
}
