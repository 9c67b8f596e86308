import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ControlTemplate, FREQUENCIES, NATURES, OWNER_FUNCTIONS, TEST_METHODS } from '../../types.js';
import { ACCESS_TEMPLATES } from './access.js';
import { AVAILABILITY_TEMPLATES } from './availability.js';
import { CHANGE_TEMPLATES } from './change.js';
import { CONFIDENTIALITY_TEMPLATES } from './confidentiality.js';
import { INCIDENT_TEMPLATES } from './incidents.js';
import { INFRASTRUCTURE_TEMPLATES } from './infrastructure.js';
import { OPERATIONS_TEMPLATES } from './operations.js';
import { PRIVACY_TEMPLATES } from './privacy.js';
import { PROCESSING_TEMPLATES } from './processing.js';

const FILES: Record<string, ControlTemplate[]> = {
  access: ACCESS_TEMPLATES,
  infrastructure: INFRASTRUCTURE_TEMPLATES,
  operations: OPERATIONS_TEMPLATES,
  incidents: INCIDENT_TEMPLATES,
  change: CHANGE_TEMPLATES,
  availability: AVAILABILITY_TEMPLATES,
  processing: PROCESSING_TEMPLATES,
  confidentiality: CONFIDENTIALITY_TEMPLATES,
  privacy: PRIVACY_TEMPLATES,
};
const ALL: ControlTemplate[] = Object.values(FILES).flat();

/** Criterion ids from the shared reference CSV (first column, header skipped). */
function readCriterionIds(): Set<string> {
  const csv = readFileSync(resolve(process.cwd(), '../shared/reference/tsc-criteria.csv'), 'utf8');
  const ids = csv
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[0]?.trim() ?? '')
    .filter((id) => id.length > 0);
  return new Set(ids);
}

const ISO_MAX: Record<string, number> = { '5': 37, '6': 8, '7': 14, '8': 34 };
function isValidIso(id: string): boolean {
  const m = /^A\.([5-8])\.(\d{1,2})$/.exec(id);
  if (!m) return false;
  const n = Number(m[2]);
  return n >= 1 && n <= ISO_MAX[m[1]];
}

/** Criteria that need at least `min` templates marking them primary in this half of the catalog. */
const PRIMARY_RULES: [string[], number][] = [
  [['CC6.1', 'CC6.2', 'CC6.3', 'CC6.4', 'CC6.5', 'CC6.6', 'CC6.7', 'CC6.8', 'CC7.1', 'CC7.2', 'CC7.3', 'CC7.4', 'CC7.5', 'CC8.1'], 2],
  [
    [
      'A1.1',
      'PI1.1',
      'PI1.2',
      'PI1.3',
      'PI1.4',
      'PI1.5',
      'C1.1',
      'C1.2',
      'P1.1',
      'P2.1',
      'P3.1',
      'P3.2',
      'P4.1',
      'P4.2',
      'P4.3',
      'P5.1',
      'P5.2',
      'P6.1',
      'P6.2',
      'P6.3',
      'P6.4',
      'P6.5',
      'P6.6',
      'P6.7',
      'P7.1',
      'P8.1',
    ],
    1,
  ],
];

function primaryCount(criterionId: string): number {
  return ALL.filter((t) => t.criteria.some((c) => c.id === criterionId && c.relation === 'primary')).length;
}

describe('part B control templates', () => {
  it('has at least 65 templates', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(65);
  });

  it('uses unique, well-formed ids numbered sequentially per prefix', () => {
    const ids = ALL.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z]{2,3}-\d{2}$/);
    const byPrefix = new Map<string, number[]>();
    for (const id of ids) {
      const [prefix, num] = id.split('-');
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), Number(num)]);
    }
    for (const [prefix, nums] of byPrefix) {
      const sorted = [...nums].sort((a, b) => a - b);
      expect(sorted, `ids for ${prefix}`).toEqual(sorted.map((_, i) => i + 1));
    }
  });

  it('has no duplicate titles and keeps titles within 80 characters', () => {
    const titles = ALL.map((t) => t.title.trim().toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    for (const t of ALL) expect(t.title.length, t.id).toBeLessThanOrEqual(80);
  });

  it('meets the primary-coverage rules', () => {
    const missing: string[] = [];
    for (const [ids, min] of PRIMARY_RULES) {
      for (const id of ids) {
        const n = primaryCount(id);
        if (n < min) missing.push(`${id}: ${n} < ${min}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('references only criteria that exist in the reference CSV', () => {
    const known = readCriterionIds();
    expect(known.size).toBe(61);
    for (const t of ALL) {
      expect(t.criteria.length, t.id).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const c of t.criteria) {
        expect(known.has(c.id), `${t.id} → ${c.id}`).toBe(true);
        expect(['primary', 'supporting']).toContain(c.relation);
        expect(seen.has(c.id), `${t.id} lists ${c.id} twice`).toBe(false);
        seen.add(c.id);
      }
      expect(
        t.criteria.some((c) => c.relation === 'primary'),
        `${t.id} has no primary criterion`,
      ).toBe(true);
    }
  });

  it('references only valid ISO/IEC 27001:2022 Annex A ids (1–4 per template)', () => {
    for (const t of ALL) {
      expect(t.iso27001.length, t.id).toBeGreaterThanOrEqual(1);
      expect(t.iso27001.length, t.id).toBeLessThanOrEqual(4);
      expect(new Set(t.iso27001).size, t.id).toBe(t.iso27001.length);
      for (const iso of t.iso27001) expect(isValidIso(iso), `${t.id} → ${iso}`).toBe(true);
    }
  });

  it('fills every field with valid values', () => {
    for (const t of ALL) {
      expect(t.title.trim(), t.id).not.toBe('');
      expect(t.description.trim(), t.id).not.toBe('');
      expect(t.domain.trim(), t.id).not.toBe('');
      expect(NATURES, t.id).toContain(t.nature);
      expect(FREQUENCIES, t.id).toContain(t.frequency);
      expect(OWNER_FUNCTIONS, t.id).toContain(t.ownerFunction);

      const sentences = t.description.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((s) => s.trim());
      expect(sentences.length, `${t.id} description sentences`).toBeGreaterThanOrEqual(1);
      expect(sentences.length, `${t.id} description sentences`).toBeLessThanOrEqual(3);

      expect(t.evidence.length, t.id).toBeGreaterThanOrEqual(2);
      expect(t.evidence.length, t.id).toBeLessThanOrEqual(5);
      for (const e of t.evidence) expect(e.trim(), t.id).not.toBe('');

      expect(t.testProcedures.length, t.id).toBeGreaterThanOrEqual(2);
      expect(t.testProcedures.length, t.id).toBeLessThanOrEqual(4);
      for (const p of t.testProcedures) {
        expect(TEST_METHODS, t.id).toContain(p.method);
        expect(p.step.trim(), t.id).not.toBe('');
      }
    }
  });

  it('exports a non-empty array from every file', () => {
    for (const [name, list] of Object.entries(FILES)) {
      expect(list.length, name).toBeGreaterThan(0);
    }
  });
});
