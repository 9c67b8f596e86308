import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ControlTemplate, FREQUENCIES, NATURES, OWNER_FUNCTIONS, TEST_METHODS } from '../../types.js';
import { COMMUNICATION_TEMPLATES } from './communication.js';
import { CONTINUITY_TEMPLATES } from './continuity.js';
import { GOVERNANCE_TEMPLATES } from './governance.js';
import { MONITORING_TEMPLATES } from './monitoring.js';
import { PEOPLE_TEMPLATES } from './people.js';
import { RISK_TEMPLATES } from './risk.js';
import { VENDOR_TEMPLATES } from './vendors.js';

const FILES: Record<string, { prefix: string; templates: ControlTemplate[] }> = {
  governance: { prefix: 'GOV', templates: GOVERNANCE_TEMPLATES },
  communication: { prefix: 'COM', templates: COMMUNICATION_TEMPLATES },
  risk: { prefix: 'RSK', templates: RISK_TEMPLATES },
  monitoring: { prefix: 'MON', templates: MONITORING_TEMPLATES },
  people: { prefix: 'HR', templates: PEOPLE_TEMPLATES },
  vendors: { prefix: 'VND', templates: VENDOR_TEMPLATES },
  continuity: { prefix: 'BCP', templates: CONTINUITY_TEMPLATES },
};

const ALL: ControlTemplate[] = Object.values(FILES).flatMap((f) => f.templates);

/** Criteria that part A must cover with at least the given number of primary templates. */
const REQUIRED_PRIMARY: Record<string, number> = {
  'CC1.1': 2,
  'CC1.2': 2,
  'CC1.3': 2,
  'CC1.4': 2,
  'CC1.5': 2,
  'CC2.1': 2,
  'CC2.2': 2,
  'CC2.3': 2,
  'CC3.1': 2,
  'CC3.2': 2,
  'CC3.3': 2,
  'CC3.4': 2,
  'CC4.1': 2,
  'CC4.2': 2,
  'CC5.1': 2,
  'CC5.2': 2,
  'CC5.3': 2,
  'CC9.1': 2,
  'CC9.2': 2,
  'A1.2': 1,
  'A1.3': 1,
};

/** Highest control number per ISO/IEC 27001:2022 Annex A theme. */
const ISO_MAX: Record<string, number> = { '5': 37, '6': 8, '7': 14, '8': 34 };

function loadCriterionIds(): Set<string> {
  const csv = readFileSync(resolve(process.cwd(), '../shared/reference/tsc-criteria.csv'), 'utf8');
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const ids = lines.slice(1).map((l) => l.slice(0, l.indexOf(',')).trim());
  return new Set(ids);
}

function isValidIso(id: string): boolean {
  const m = /^A\.([5-8])\.(\d{1,2})$/.exec(id);
  if (!m) return false;
  const n = Number(m[2]);
  return n >= 1 && n <= ISO_MAX[m[1]];
}

function sentenceCount(text: string): number {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .filter((s) => s.trim() !== '').length;
}

describe('part A control templates', () => {
  const criterionIds = loadCriterionIds();

  it('reads all 61 criteria from the reference CSV', () => {
    expect(criterionIds.size).toBe(61);
  });

  it('has at least 60 templates', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(60);
  });

  it('uses unique, well-formed ids numbered sequentially per file prefix', () => {
    const ids = ALL.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of ALL) expect(t.id).toMatch(/^[A-Z]{2,3}-\d{2}$/);
    for (const [file, { prefix, templates }] of Object.entries(FILES)) {
      templates.forEach((t, i) => {
        expect(t.id, `${file} position ${i}`).toBe(`${prefix}-${String(i + 1).padStart(2, '0')}`);
      });
    }
  });

  it('meets the primary coverage rule', () => {
    const counts = new Map<string, number>();
    for (const t of ALL) {
      for (const c of t.criteria) if (c.relation === 'primary') counts.set(c.id, (counts.get(c.id) ?? 0) + 1);
    }
    for (const [criterion, min] of Object.entries(REQUIRED_PRIMARY)) {
      expect(counts.get(criterion) ?? 0, `primary templates for ${criterion}`).toBeGreaterThanOrEqual(min);
    }
  });

  it('references only criteria that exist, each at most once per template, with at least one primary', () => {
    for (const t of ALL) {
      expect(t.criteria.length, t.id).toBeGreaterThan(0);
      const ids = t.criteria.map((c) => c.id);
      expect(new Set(ids).size, `${t.id} duplicate criteria`).toBe(ids.length);
      expect(
        t.criteria.some((c) => c.relation === 'primary'),
        `${t.id} has no primary criterion`,
      ).toBe(true);
      for (const c of t.criteria) {
        expect(criterionIds.has(c.id), `${t.id} -> ${c.id}`).toBe(true);
        expect(['primary', 'supporting']).toContain(c.relation);
      }
    }
  });

  it('maps to 1-4 valid ISO/IEC 27001:2022 Annex A controls', () => {
    for (const t of ALL) {
      expect(t.iso27001.length, t.id).toBeGreaterThanOrEqual(1);
      expect(t.iso27001.length, t.id).toBeLessThanOrEqual(4);
      expect(new Set(t.iso27001).size, `${t.id} duplicate ISO ids`).toBe(t.iso27001.length);
      for (const iso of t.iso27001) expect(isValidIso(iso), `${t.id} -> ${iso}`).toBe(true);
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
      expect(t.evidence.length, `${t.id} evidence`).toBeGreaterThanOrEqual(2);
      expect(t.evidence.length, `${t.id} evidence`).toBeLessThanOrEqual(5);
      for (const e of t.evidence) expect(e.trim(), t.id).not.toBe('');
      expect(t.testProcedures.length, `${t.id} test procedures`).toBeGreaterThanOrEqual(2);
      expect(t.testProcedures.length, `${t.id} test procedures`).toBeLessThanOrEqual(4);
      for (const p of t.testProcedures) {
        expect(TEST_METHODS, t.id).toContain(p.method);
        expect(p.step.trim(), t.id).not.toBe('');
      }
    }
  });

  it('keeps titles at most 80 characters and descriptions at 1-3 sentences', () => {
    for (const t of ALL) {
      expect(t.title.length, `${t.id} title length`).toBeLessThanOrEqual(80);
      const n = sentenceCount(t.description);
      expect(n, `${t.id} sentences`).toBeGreaterThanOrEqual(1);
      expect(n, `${t.id} sentences`).toBeLessThanOrEqual(3);
    }
  });

  it('has no duplicate titles', () => {
    const titles = ALL.map((t) => t.title.trim().toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });
});
