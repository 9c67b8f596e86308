import { ISO27001_2022_ANNEX_A } from './data/iso27001-2022.js';
import * as templateModules from './data/templates/index.js';
import { TSC_2017_CRITERIA } from './data/tsc-2017.js';
import {
  CATEGORIES,
  type Catalog,
  type CategoryId,
  type ControlTemplate,
  type Criterion,
  FREQUENCIES,
  ISO_THEMES,
  NATURES,
  OWNER_FUNCTIONS,
  TEST_METHODS,
} from './types.js';

export * from './types.js';

/** Expected sizes; the catalog refuses to load when the data disagrees. */
export const EXPECTED = {
  criteria: { security: 33, availability: 3, processing_integrity: 5, confidentiality: 2, privacy: 18 } as Record<CategoryId, number>,
  pointsOfFocus: 330,
  iso: { organizational: 37, people: 8, physical: 14, technological: 34 },
  minTemplates: 120,
};

export class CatalogError extends Error {}

/** Checks the catalog's invariants; throws CatalogError listing every problem found. */
export function validateCatalog(c: Catalog): void {
  const problems: string[] = [];
  const criterionIds = new Set<string>();
  for (const cr of c.criteria) {
    if (criterionIds.has(cr.id)) problems.push(`duplicate criterion ${cr.id}`);
    criterionIds.add(cr.id);
    if (!CATEGORIES.includes(cr.category)) problems.push(`${cr.id}: unknown category ${cr.category}`);
  }
  for (const cat of CATEGORIES) {
    const n = c.criteria.filter((x) => x.category === cat).length;
    if (n !== EXPECTED.criteria[cat]) problems.push(`${cat}: ${n} criteria, expected ${EXPECTED.criteria[cat]}`);
  }
  const pof = c.criteria.reduce((a, x) => a + x.pointsOfFocusCount, 0);
  if (pof !== EXPECTED.pointsOfFocus) problems.push(`${pof} points of focus, expected ${EXPECTED.pointsOfFocus}`);
  const isoIds = new Set<string>();
  for (const iso of c.isoControls) {
    if (isoIds.has(iso.id)) problems.push(`duplicate ISO control ${iso.id}`);
    isoIds.add(iso.id);
  }
  for (const theme of ISO_THEMES) {
    const n = c.isoControls.filter((x) => x.theme === theme).length;
    if (n !== EXPECTED.iso[theme]) problems.push(`ISO theme ${theme}: ${n} controls, expected ${EXPECTED.iso[theme]}`);
  }
  const templateIds = new Set<string>();
  for (const t of c.templates) {
    if (templateIds.has(t.id)) problems.push(`duplicate template ${t.id}`);
    templateIds.add(t.id);
    if (!t.criteria.length) problems.push(`${t.id}: maps to no criterion`);
    for (const m of t.criteria) if (!criterionIds.has(m.id)) problems.push(`${t.id}: unknown criterion ${m.id}`);
    for (const iso of t.iso27001) if (!isoIds.has(iso)) problems.push(`${t.id}: unknown ISO control ${iso}`);
    if (!NATURES.includes(t.nature)) problems.push(`${t.id}: bad nature`);
    if (!FREQUENCIES.includes(t.frequency)) problems.push(`${t.id}: bad frequency`);
    if (!OWNER_FUNCTIONS.includes(t.ownerFunction)) problems.push(`${t.id}: bad owner function`);
    for (const p of t.testProcedures) if (!TEST_METHODS.includes(p.method)) problems.push(`${t.id}: bad test method`);
  }
  if (c.templates.length < EXPECTED.minTemplates)
    problems.push(`${c.templates.length} templates, expected at least ${EXPECTED.minTemplates}`);
  for (const cr of c.criteria) {
    const all = c.templates.filter((t) => t.criteria.some((m) => m.id === cr.id));
    const primary = all.filter((t) => t.criteria.some((m) => m.id === cr.id && m.relation === 'primary'));
    if (!all.length) problems.push(`${cr.id}: no template addresses it`);
    if (cr.category === 'security' && primary.length < 2)
      problems.push(`${cr.id}: ${primary.length} primary templates, expected at least 2`);
  }
  if (problems.length) throw new CatalogError(`catalog ${c.id} is invalid:\n  ${problems.join('\n  ')}`);
}

function collectTemplates(): ControlTemplate[] {
  const out: ControlTemplate[] = [];
  for (const v of Object.values(templateModules)) if (Array.isArray(v)) out.push(...(v as ControlTemplate[]));
  return out.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

let loaded: Catalog | undefined;

/** The SOC 2 catalog (TSC 2017, points of focus revised 2022) with ISO 27001:2022 and templates; validated once. */
export function getCatalog(): Catalog {
  if (loaded) return loaded;
  const c: Catalog = {
    id: 'assay-soc2-tsc-2017',
    version: '2017-tsc.2022-pof.1',
    name: 'SOC 2 Trust Services Criteria (2017, points of focus revised 2022)',
    criteria: TSC_2017_CRITERIA,
    isoControls: ISO27001_2022_ANNEX_A,
    templates: collectTemplates(),
  };
  validateCatalog(c);
  loaded = c;
  return c;
}

/** A criterion by id, or undefined. */
export function criterion(id: string): Criterion | undefined {
  return getCatalog().criteria.find((c) => c.id === id);
}

/** Templates that fit a scope: those addressing at least one criterion of a category in scope. */
export function templatesForScope(categories: readonly CategoryId[]): ControlTemplate[] {
  const c = getCatalog();
  const inScope = new Set(c.criteria.filter((x) => categories.includes(x.category)).map((x) => x.id));
  return c.templates.filter((t) => t.criteria.some((m) => inScope.has(m.id)));
}
