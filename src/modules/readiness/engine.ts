import type { CategoryId, Criterion, IsoControl } from '../../catalog/types.js';

/**
 * The readiness formula, in one place so that the API, the exports and the documentation agree.
 *
 * A control is *ready* when it is active, implemented and has an owner. Its value is 1 when ready,
 * 0.5 when in progress or implemented without an owner, 0 when not started. Deactivated and
 * not-applicable controls do not count.
 * A criterion's score is the weighted mean of its controls' values (primary links weigh 2, supporting 1);
 * a criterion without any counting control scores 0. It is ready when its score is 1.
 * Category, framework and overall scores are the plain means of their criteria's scores, as percentages.
 * Criteria outside the categories in scope, or marked not relevant with a reason, are left out.
 * ISO/IEC 27001 readiness applies the same rule to the 93 Annex A controls through each control's ISO links.
 */

export type ControlStatus = 'not_started' | 'in_progress' | 'implemented' | 'not_applicable';

export interface ReadinessControl {
  id: string;
  code: string;
  title: string;
  status: ControlStatus;
  ownerId: string | null;
  active: boolean;
  criteria: { id: string; relation: 'primary' | 'supporting' }[];
  iso: string[];
}

export type Gap =
  | { kind: 'no_control'; criterionId: string; key: string; message: string }
  | { kind: 'not_implemented'; criterionId: string; controlId: string; key: string; message: string }
  | { kind: 'no_owner'; criterionId: string; controlId: string; key: string; message: string };

export interface CriterionReadiness {
  id: string;
  category: CategoryId;
  title: string;
  score: number;
  ready: boolean;
  controls: {
    id: string;
    code: string;
    title: string;
    relation: 'primary' | 'supporting';
    value: number;
    status: ControlStatus;
    owned: boolean;
  }[];
  gaps: Gap[];
}

export interface ReadinessResult {
  overall: number;
  criteriaReady: number;
  criteriaTotal: number;
  categories: { id: CategoryId; score: number; ready: number; total: number }[];
  frameworks: { soc2: number; iso27001: number };
  criteria: CriterionReadiness[];
  excluded: { id: string; reason: string }[];
  iso: { id: string; title: string; score: number; controls: number }[];
  gaps: Gap[];
}

/** A control's contribution: 1 ready, 0.5 partly there, 0 not started; null when it does not count. */
export function controlValue(c: ReadinessControl): number | null {
  if (!c.active || c.status === 'not_applicable') return null;
  if (c.status === 'implemented') return c.ownerId ? 1 : 0.5;
  if (c.status === 'in_progress') return 0.5;
  return 0;
}

const pct = (x: number) => Math.round(x * 1000) / 10;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Computes readiness for the criteria in scope from the organization's controls. */
export function computeReadiness(input: {
  criteria: Criterion[];
  categories: readonly CategoryId[];
  notRelevant: { criterionId: string; reason: string }[];
  controls: ReadinessControl[];
  isoControls: IsoControl[];
}): ReadinessResult {
  const excludedIds = new Map(input.notRelevant.filter((n) => n.reason.trim()).map((n) => [n.criterionId, n.reason]));
  const inScope = input.criteria.filter((c) => input.categories.includes(c.category));
  const counted = inScope.filter((c) => !excludedIds.has(c.id));

  const raw = new Map<string, number>();
  const criteria: CriterionReadiness[] = counted.map((cr) => {
    const linked = input.controls
      .map((c) => ({ c, link: c.criteria.find((l) => l.id === cr.id), value: controlValue(c) }))
      .filter(
        (x): x is { c: ReadinessControl; link: { id: string; relation: 'primary' | 'supporting' }; value: number } =>
          !!x.link && x.value !== null,
      );
    const gaps: Gap[] = [];
    if (!linked.length) {
      gaps.push({ kind: 'no_control', criterionId: cr.id, key: `no_control:${cr.id}`, message: `No active control addresses ${cr.id}` });
    }
    for (const { c } of linked) {
      if (c.status !== 'implemented') {
        gaps.push({
          kind: 'not_implemented',
          criterionId: cr.id,
          controlId: c.id,
          key: `not_implemented:${c.id}`,
          message: `${c.code} ${c.title} is ${c.status.replace('_', ' ')}`,
        });
      }
      if (!c.ownerId) {
        gaps.push({
          kind: 'no_owner',
          criterionId: cr.id,
          controlId: c.id,
          key: `no_owner:${c.id}`,
          message: `${c.code} ${c.title} has no owner`,
        });
      }
    }
    const weight = (r: 'primary' | 'supporting') => (r === 'primary' ? 2 : 1);
    const totalWeight = linked.reduce((a, x) => a + weight(x.link.relation), 0);
    const score = totalWeight ? linked.reduce((a, x) => a + weight(x.link.relation) * x.value, 0) / totalWeight : 0;
    raw.set(cr.id, score);
    return {
      id: cr.id,
      category: cr.category,
      title: cr.title,
      score: pct(score),
      ready: linked.length > 0 && score === 1,
      controls: linked.map(({ c, link, value }) => ({
        id: c.id,
        code: c.code,
        title: c.title,
        relation: link.relation,
        value,
        status: c.status,
        owned: !!c.ownerId,
      })),
      gaps,
    };
  });

  const categories = input.categories.map((cat) => {
    const of = criteria.filter((c) => c.category === cat);
    return { id: cat, score: pct(mean(of.map((c) => raw.get(c.id)!))), ready: of.filter((c) => c.ready).length, total: of.length };
  });
  const overall = pct(mean(criteria.map((c) => raw.get(c.id)!)));

  const iso = input.isoControls.map((i) => {
    const values = input.controls
      .filter((c) => c.iso.includes(i.id))
      .map(controlValue)
      .filter((v): v is number => v !== null);
    return { id: i.id, title: i.title, score: pct(mean(values)), controls: values.length };
  });

  // One entry per gap key: a control missing an owner is one gap, however many criteria it serves.
  const byKey = new Map<string, Gap>();
  for (const g of criteria.flatMap((c) => c.gaps)) if (!byKey.has(g.key)) byKey.set(g.key, g);
  const gaps = [...byKey.values()];
  return {
    overall,
    criteriaReady: criteria.filter((c) => c.ready).length,
    criteriaTotal: criteria.length,
    categories,
    frameworks: { soc2: overall, iso27001: pct(mean(iso.map((i) => i.score / 100))) },
    criteria,
    excluded: inScope.filter((c) => excludedIds.has(c.id)).map((c) => ({ id: c.id, reason: excludedIds.get(c.id)! })),
    iso,
    gaps,
  };
}
