import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type CategoryId, ISO_THEMES } from '../types.js';
import { ISO27001_2022_ANNEX_A } from './iso27001-2022.js';
import { TSC_2017_CRITERIA } from './tsc-2017.js';

const CANONICAL_ORDER = [
  ...range('CC1', 5),
  ...range('CC2', 3),
  ...range('CC3', 4),
  ...range('CC4', 2),
  ...range('CC5', 3),
  ...range('CC6', 8),
  ...range('CC7', 5),
  ...range('CC8', 1),
  ...range('CC9', 2),
  ...range('A1', 3),
  ...range('PI1', 5),
  ...range('C1', 2),
  'P1.1',
  'P2.1',
  ...range('P3', 2),
  ...range('P4', 3),
  ...range('P5', 2),
  ...range('P6', 7),
  'P7.1',
  'P8.1',
];

function range(prefix: string, n: number, sep = '.'): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${sep}${i + 1}`);
}

/** Minimal CSV reader: handles double-quoted fields containing commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const fields: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        fields.push(cur);
        cur = '';
      } else cur += ch;
    }
    fields.push(cur);
    rows.push(fields);
  }
  return rows;
}

function readReferenceCsv(): { id: string; coso: number | null; pof: number }[] {
  const path = resolve(process.cwd(), '../shared/reference/tsc-criteria.csv');
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const idx = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`column ${name} missing from ${path}`);
    return i;
  };
  const [iId, iCoso, iPof] = [idx('id'), idx('coso_principle'), idx('pof_count_2022')];
  return rows.map((r) => ({ id: r[iId], coso: r[iCoso] ? Number(r[iCoso]) : null, pof: Number(r[iPof]) }));
}

describe('TSC 2017 criteria', () => {
  const ids = TSC_2017_CRITERIA.map((c) => c.id);

  it('has 61 criteria with the expected per-category counts', () => {
    expect(TSC_2017_CRITERIA).toHaveLength(61);
    const expected: Record<CategoryId, number> = {
      security: 33,
      availability: 3,
      processing_integrity: 5,
      confidentiality: 2,
      privacy: 18,
    };
    for (const cat of CATEGORIES) expect(TSC_2017_CRITERIA.filter((c) => c.category === cat).length, cat).toBe(expected[cat]);
  });

  it('is in canonical order with unique ids', () => {
    expect(ids).toEqual(CANONICAL_ORDER);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('derives series from the id and names every series', () => {
    for (const c of TSC_2017_CRITERIA) {
      expect(c.id.startsWith(`${c.series}.`), c.id).toBe(true);
      expect(c.seriesName.trim(), c.id).not.toBe('');
      expect(c.category === 'security', c.id).toBe(c.series.startsWith('CC'));
    }
  });

  it('matches the reference CSV for ids, COSO principles and points-of-focus counts', () => {
    const ref = readReferenceCsv();
    expect(ref).toHaveLength(61);
    expect([...ids].sort()).toEqual(ref.map((r) => r.id).sort());
    const byId = new Map(TSC_2017_CRITERIA.map((c) => [c.id, c]));
    for (const r of ref) {
      const c = byId.get(r.id);
      expect(c, r.id).toBeDefined();
      expect(c?.pointsOfFocusCount, r.id).toBe(r.pof);
      expect(c?.cosoPrinciple, r.id).toBe(r.coso);
    }
  });

  it('sums to 330 points of focus', () => {
    expect(TSC_2017_CRITERIA.reduce((a, c) => a + c.pointsOfFocusCount, 0)).toBe(330);
  });

  it('maps COSO principles 1–17 onto CC1–CC5 exactly once each', () => {
    const principles = TSC_2017_CRITERIA.filter((c) => c.cosoPrinciple !== null).map((c) => c.cosoPrinciple);
    expect([...principles].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(range('', 17, '').map(Number));
    for (const c of TSC_2017_CRITERIA) expect(c.cosoPrinciple !== null, c.id).toBe(/^CC[1-5]\./.test(c.id));
  });

  it('has non-empty texts and titles of at most 70 characters', () => {
    for (const c of TSC_2017_CRITERIA) {
      expect(c.title.trim(), c.id).not.toBe('');
      expect(c.title.length, `${c.id} title length`).toBeLessThanOrEqual(70);
      expect(c.intent.trim(), c.id).not.toBe('');
      expect(c.auditorFocus.trim(), c.id).not.toBe('');
      expect(c.typicalEvidence.length, c.id).toBeGreaterThanOrEqual(3);
      expect(c.typicalEvidence.length, c.id).toBeLessThanOrEqual(6);
      for (const e of c.typicalEvidence) expect(e.trim(), c.id).not.toBe('');
    }
  });
});

describe('ISO/IEC 27001:2022 Annex A', () => {
  const ids = ISO27001_2022_ANNEX_A.map((c) => c.id);

  it('has 93 controls, 37/8/14/34 per theme', () => {
    expect(ISO27001_2022_ANNEX_A).toHaveLength(93);
    const expected = { organizational: 37, people: 8, physical: 14, technological: 34 };
    for (const theme of ISO_THEMES) expect(ISO27001_2022_ANNEX_A.filter((c) => c.theme === theme).length, theme).toBe(expected[theme]);
  });

  it('is in order with unique ids matching their theme', () => {
    expect(ids).toEqual([...range('A.5', 37), ...range('A.6', 8), ...range('A.7', 14), ...range('A.8', 34)]);
    expect(new Set(ids).size).toBe(93);
    const clause = { organizational: 'A.5.', people: 'A.6.', physical: 'A.7.', technological: 'A.8.' };
    for (const c of ISO27001_2022_ANNEX_A) expect(c.id.startsWith(clause[c.theme]), c.id).toBe(true);
  });

  it('has non-empty titles of at most 50 characters', () => {
    for (const c of ISO27001_2022_ANNEX_A) {
      expect(c.title.trim(), c.id).not.toBe('');
      expect(c.title.length, `${c.id} title length`).toBeLessThanOrEqual(50);
    }
  });
});
