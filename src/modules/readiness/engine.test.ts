import { describe, expect, it } from 'vitest';
import type { Criterion, IsoControl } from '../../catalog/types.js';
import { computeReadiness, controlValue, type ReadinessControl } from './engine.js';

const crit = (id: string, category: Criterion['category'] = 'security'): Criterion => ({
  id,
  category,
  series: id.split('.')[0],
  seriesName: 's',
  cosoPrinciple: null,
  title: `t ${id}`,
  intent: 'i',
  auditorFocus: 'a',
  typicalEvidence: ['e'],
  pointsOfFocusCount: 1,
});
const iso: IsoControl[] = [
  { id: 'A.5.1', theme: 'organizational', title: 'x' },
  { id: 'A.8.5', theme: 'technological', title: 'y' },
];
const ctl = (id: string, over: Partial<ReadinessControl>): ReadinessControl => ({
  id,
  code: id.toUpperCase(),
  title: id,
  status: 'implemented',
  ownerId: 'usr_1',
  active: true,
  criteria: [],
  iso: [],
  ...over,
});

describe('readiness formula', () => {
  it('values controls: ready 1, partly 0.5, not started 0, not counted when inactive or not applicable', () => {
    expect(controlValue(ctl('a', {}))).toBe(1);
    expect(controlValue(ctl('a', { ownerId: null }))).toBe(0.5);
    expect(controlValue(ctl('a', { status: 'in_progress' }))).toBe(0.5);
    expect(controlValue(ctl('a', { status: 'not_started' }))).toBe(0);
    expect(controlValue(ctl('a', { status: 'not_applicable' }))).toBeNull();
    expect(controlValue(ctl('a', { active: false }))).toBeNull();
  });

  it('weighs primary links twice, explains every gap, and leaves out not-relevant criteria and categories out of scope', () => {
    const r = computeReadiness({
      criteria: [crit('CC1.1'), crit('CC1.2'), crit('CC1.3'), crit('A1.1', 'availability')],
      categories: ['security'],
      notRelevant: [{ criterionId: 'CC1.3', reason: 'No board; founder-led' }],
      isoControls: iso,
      controls: [
        ctl('c1', { criteria: [{ id: 'CC1.1', relation: 'primary' }], iso: ['A.5.1'] }),
        ctl('c2', { status: 'not_started', ownerId: null, criteria: [{ id: 'CC1.1', relation: 'supporting' }], iso: ['A.5.1'] }),
        ctl('c3', { status: 'implemented', criteria: [{ id: 'CC1.3', relation: 'primary' }] }),
      ],
    });
    const cc11 = r.criteria.find((c) => c.id === 'CC1.1')!;
    expect(cc11.score).toBeCloseTo(66.7, 1); // (2*1 + 1*0) / 3
    expect(cc11.ready).toBe(false);
    expect(cc11.gaps.map((g) => g.kind).sort()).toEqual(['no_owner', 'not_implemented']);
    const cc12 = r.criteria.find((c) => c.id === 'CC1.2')!;
    expect(cc12.score).toBe(0);
    expect(cc12.gaps).toEqual([expect.objectContaining({ kind: 'no_control', key: 'no_control:CC1.2' })]);
    expect(r.criteriaTotal).toBe(2);
    expect(r.excluded).toEqual([{ id: 'CC1.3', reason: 'No board; founder-led' }]);
    expect(r.overall).toBeCloseTo(33.3, 1);
    expect(r.categories).toEqual([{ id: 'security', score: r.overall, ready: 0, total: 2 }]);
    expect(r.frameworks.iso27001).toBe(25); // A.5.1: mean(1, 0) = 0.5; A.8.5: none = 0
  });

  it('calls a criterion ready only when every counting control is implemented and owned', () => {
    const r = computeReadiness({
      criteria: [crit('CC2.1')],
      categories: ['security'],
      notRelevant: [],
      isoControls: iso,
      controls: [
        ctl('a', { criteria: [{ id: 'CC2.1', relation: 'primary' }] }),
        ctl('b', { status: 'not_applicable', criteria: [{ id: 'CC2.1', relation: 'primary' }] }),
      ],
    });
    expect(r.criteria[0]).toMatchObject({ score: 100, ready: true, gaps: [] });
    expect(r.overall).toBe(100);
  });
});
