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

/** The filters as kept in the address (/audit-log?action=member.), empty ones left out. */
export type AuditSearch = Partial<AuditFilters>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the address's search part; anything malformed is dropped. */
export function parseAuditSearch(s: Record<string, unknown>): AuditSearch {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.slice(0, 120) : undefined);
  const day = (v: unknown) => (typeof v === 'string' && DAY.test(v) ? v : undefined);
  return { action: text(s.action), actor: text(s.actor), targetType: text(s.targetType), fromDay: day(s.fromDay), toDay: day(s.toDay) };
}

export const auditFiltersOf = (s: AuditSearch): AuditFilters => ({
  ...NO_FILTERS,
  ...Object.fromEntries(Object.entries(s).filter(([, v]) => v)),
});

export const auditSearchOf = (f: AuditFilters): AuditSearch =>
  Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.trim() || undefined])) as AuditSearch;

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
