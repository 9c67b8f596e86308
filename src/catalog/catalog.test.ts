import { describe, expect, it } from 'vitest';
import { CatalogError, getCatalog, templatesForScope, validateCatalog } from './index.js';

describe('the shipped catalog', () => {
  const c = getCatalog();

  it('has an id, a version and all 61 criteria with 330 points of focus', () => {
    expect(c.id).toBeTruthy();
    expect(c.version).toBeTruthy();
    expect(c.criteria).toHaveLength(61);
    expect(c.criteria.reduce((a, x) => a + x.pointsOfFocusCount, 0)).toBe(330);
  });

  it('has at least 120 templates; every criterion is addressed and each Common Criterion has two primary templates', () => {
    expect(c.templates.length).toBeGreaterThanOrEqual(120);
    for (const cr of c.criteria) {
      const all = c.templates.filter((t) => t.criteria.some((m) => m.id === cr.id));
      expect(all.length, cr.id).toBeGreaterThanOrEqual(1);
      if (cr.id.startsWith('CC')) {
        const primary = all.filter((t) => t.criteria.some((m) => m.id === cr.id && m.relation === 'primary'));
        expect(primary.length, cr.id).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('maps templates to the 93 ISO/IEC 27001:2022 Annex A controls only', () => {
    expect(c.isoControls).toHaveLength(93);
    const ids = new Set(c.isoControls.map((i) => i.id));
    for (const t of c.templates) for (const i of t.iso27001) expect(ids.has(i), `${t.id} → ${i}`).toBe(true);
  });

  it('selects templates by scope: security-only adopts fewer than all five categories', () => {
    const sec = templatesForScope(['security']);
    const all = templatesForScope(['security', 'availability', 'processing_integrity', 'confidentiality', 'privacy']);
    expect(sec.length).toBeLessThan(all.length);
    expect(all.length).toBe(c.templates.length);
  });

  it('refuses to load data that breaks its invariants', () => {
    const broken = {
      ...c,
      criteria: c.criteria.slice(1),
      templates: [
        ...c.templates,
        { ...c.templates[0] },
        { ...c.templates[1], id: 'ZZ-01', criteria: [{ id: 'CC42.1', relation: 'primary' as const }], iso27001: ['A.9.9'] },
      ],
    };
    expect(() => validateCatalog(broken)).toThrow(CatalogError);
    try {
      validateCatalog(broken);
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain('security: 32 criteria, expected 33');
      expect(msg).toContain(`duplicate template ${c.templates[0].id}`);
      expect(msg).toContain('ZZ-01: unknown criterion CC42.1');
      expect(msg).toContain('ZZ-01: unknown ISO control A.9.9');
    }
  });
});
