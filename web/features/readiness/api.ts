// Readiness: the computed state of the program, its daily trend, and turning gaps into tasks.
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiResponse, api, errorMessage, type Schema } from '../../lib/api';
import type { ControlStatus } from '../../lib/labels';

export type Readiness = Schema<'Readiness'>;
export type CriterionReadiness = Readiness['criteria'][number];
export type CriterionControl = CriterionReadiness['controls'][number];
export type Gap = Readiness['gaps'][number];
export type GapKind = Gap['kind'];
export type TrendPoint = ApiResponse<'get', '/readiness/trend'>['items'][number];

export function useReadiness() {
  return useQuery({ queryKey: ['readiness'], queryFn: () => api.get('/readiness') });
}

export function useReadinessTrend(days: number) {
  return useQuery({
    queryKey: ['readiness', 'trend', days],
    queryFn: () => api.get('/readiness/trend', { query: { days } }).then((r) => r.items),
  });
}

/** One task per gap (all gaps when no keys are given); gaps that already have a task are skipped. */
export function useCreateGapTasks() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (gapKeys?: string[]) => api.post('/readiness/tasks', { body: gapKeys ? { gapKeys } : {} }),
    onSuccess: async (r) => {
      notifications.show({
        color: 'teal',
        title: r.created ? `${r.created} tasks created` : 'No new tasks',
        message: r.skipped
          ? `${r.skipped} gaps already had a task and were skipped.`
          : 'Each task is due in 30 days and owned by the control owner where there is one.',
      });
      // Control pages list their tasks.
      await Promise.all([qc.invalidateQueries({ queryKey: ['tasks'] }), qc.invalidateQueries({ queryKey: ['controls'] })]);
    },
    onError: (err) => notifications.show({ color: 'red', title: 'The tasks were not created', message: errorMessage(err) }),
  });
}

export const GAP_LABELS: Record<GapKind, string> = {
  no_control: 'No control',
  not_implemented: 'Not implemented',
  no_owner: 'No owner',
};

export const GAP_COLORS: Record<GapKind, string> = { no_control: 'red', not_implemented: 'orange', no_owner: 'yellow' };

/** One thing to fix: a criterion without any control, or one control with everything it still lacks. */
export interface RankedGap {
  id: string;
  kinds: GapKind[];
  keys: string[];
  /** The control, when the gap is about one. */
  control?: { id: string; code: string; title: string; status: ControlStatus };
  /** The criteria this holds back (a control can serve several). */
  criteria: string[];
}

/**
 * The gaps worth fixing first: criteria with no control at all, then the controls that hold back the most
 * criteria at once; catalog order otherwise. A control's "not implemented" and "no owner" gaps are one item.
 */
export function rankGaps(r: Readiness): RankedGap[] {
  const items = new Map<string, RankedGap>();
  for (const c of r.criteria) {
    for (const g of c.gaps) {
      const id = g.controlId ?? g.key;
      let item = items.get(id);
      if (!item) {
        const ctl = c.controls.find((x) => x.id === g.controlId);
        item = {
          id,
          kinds: [],
          keys: [],
          criteria: [],
          control: ctl && { id: ctl.id, code: ctl.code, title: ctl.title, status: ctl.status },
        };
        items.set(id, item);
      }
      if (!item.kinds.includes(g.kind)) item.kinds.push(g.kind);
      if (!item.keys.includes(g.key)) item.keys.push(g.key);
      if (!item.criteria.includes(c.id)) item.criteria.push(c.id);
    }
  }
  const rank = (g: RankedGap) => (g.kinds.includes('no_control') ? 0 : 1);
  return [...items.values()].sort((a, b) => rank(a) - rank(b) || b.criteria.length - a.criteria.length || b.kinds.length - a.kinds.length);
}
