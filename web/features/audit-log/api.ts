// Reading the audit log with filters, and verifying its hash chain.
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api, apiUrl, type Schema } from '../../lib/api';
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

/** The filters as the API takes them (for the list and the CSV export alike). */
export function auditQuery(f: AuditFilters) {
  return {
    action: f.action.trim(),
    actor: f.actor.trim(),
    targetType: f.targetType,
    from: f.fromDay ? dayStartIso(f.fromDay) : undefined,
    // The API's `to` is exclusive, so the chosen last day counts up to its end.
    to: f.toDay ? dayStartIso(f.toDay, 1) : undefined,
  };
}

/** The CSV download of every entry matching the filters. */
export const auditCsvUrl = (f: AuditFilters) => apiUrl('/audit-log/export.csv', auditQuery(f));

export function useAuditLog(f: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit-log', 'list', f],
    queryFn: ({ pageParam }) => api.get('/audit-log', { query: { cursor: pageParam, limit: 50, ...auditQuery(f) } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: () => api.get('/audit-log/verify') });
}
