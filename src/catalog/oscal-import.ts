/**
 * The reader for an organization's licensed OSCAL catalog of the AICPA's official criterion and point-of-focus
 * texts, and the NIST OSCAL schemas it is validated against. Kept apart from the exports, which never carry
 * AICPA text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { AppError, badRequest } from '../platform/errors.js';
import { getCatalog } from './index.js';
import type { Catalog } from './types.js';

type Json = Record<string, unknown>;

const SCHEMA_FILES = { catalog: 'oscal_catalog_schema.json', component: 'oscal_component_schema.json' } as const;

/**
 * Where the NIST OSCAL schemas are looked for: vendored beside the catalog data (`src/catalog/data/oscal/`),
 * then the shared workspace folder next to the project.
 */
export function oscalSchemaPath(model: keyof typeof SCHEMA_FILES): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = SCHEMA_FILES[model];
  const candidates = [
    path.join(here, 'data', 'oscal', file),
    path.resolve(here, '../../../shared/oscal', file),
    path.resolve(process.cwd(), '../shared/oscal', file),
    path.resolve(process.cwd(), 'shared/oscal', file),
  ];
  return candidates.find((p) => fs.existsSync(p));
}

/** An ajv (draft-07) set up the way the OSCAL schemas need: all errors, formats, lenient on keywords. */
export function oscalAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
  const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (a: Ajv) => Ajv;
  addFormats(ajv);
  return ajv;
}

let catalogValidator: ValidateFunction | undefined;

function validateCatalogDocument(doc: unknown): void {
  if (!catalogValidator) {
    const file = oscalSchemaPath('catalog');
    if (!file) throw new AppError('unavailable', 'The OSCAL catalog schema is not installed, so the file cannot be validated');
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
    delete schema.$schema;
    catalogValidator = oscalAjv().compile(schema);
  }
  if (!catalogValidator(doc)) {
    const errors = (catalogValidator.errors ?? [])
      .slice(0, 20)
      .map((e) => ({ path: e.instancePath || '/', message: e.message ?? 'invalid' }));
    throw badRequest(`Not a valid OSCAL catalog: ${errors[0]?.path} ${errors[0]?.message}`, errors);
  }
}

export interface OfficialText {
  criterionId: string;
  text: string;
  pointsOfFocus: string[];
}

/** The texts found, in catalog order, with `unknown`: the control ids that are not Assay criteria. */
export type ParsedOfficialTexts = OfficialText[] & { unknown: string[]; title: string; version: string };

interface OscalPart {
  id?: string;
  name?: string;
  class?: string;
  title?: string;
  prose?: string;
  props?: { name: string; value: string }[];
  parts?: OscalPart[];
}
interface OscalControl extends OscalPart {
  id: string;
  controls?: OscalControl[];
}
interface OscalGroup {
  groups?: OscalGroup[];
  controls?: OscalControl[];
}

const CRITERION_REF = /(?:^|[^A-Za-z])(CC|PI|A|C|P)[\s_-]?(\d+)[._-](\d+)(?:[._-]?([A-Za-z0-9._-]+))?$/i;
const POF_MARK = /points?[\s_-]*of[\s_-]*focus|(?:^|[^a-z])pofs?(?:[^a-z]|$)/i;
const POF_CONTAINER = /points[\s_-]*of[\s_-]*focus|(?:^|[^a-z])pofs(?:[^a-z]|$)/i;

/** `cc1.1`, `CC1.1`, `tsc-cc01-01` -> `CC1.1`; `cc1.1.1`, `cc1.1_pof2` -> `CC1.1` with a rest. */
function criterionRef(s: string): { id: string; rest?: string } | null {
  const m = CRITERION_REF.exec(s.trim());
  if (!m) return null;
  return { id: `${m[1].toUpperCase()}${Number(m[2])}.${Number(m[3])}`, rest: m[4] || undefined };
}

function labels(x: OscalPart): string[] {
  return (x.props ?? []).filter((p) => p.name === 'label' || p.name === 'alt-identifier').map((p) => p.value);
}

function isPof(x: OscalPart): boolean {
  return [x.name, x.class, x.title, x.id, ...labels(x)].some((v) => typeof v === 'string' && POF_MARK.test(v));
}

const clean = (s: string | undefined) => (s ?? '').trim();

/** All prose of a part and its sub-parts, skipping points of focus. */
function proseOf(p: OscalPart): string[] {
  return [clean(p.prose), ...(p.parts ?? []).filter((s) => !isPof(s)).flatMap(proseOf)].filter(Boolean);
}

function pofText(p: OscalPart): string {
  const title = clean(p.title);
  const body = [clean(p.prose), ...(p.parts ?? []).flatMap(proseOf)].filter(Boolean).join('\n');
  return title && body ? `${title} — ${body}` : title || body;
}

/** Points of focus written as parts: a `points-of-focus` container's sub-parts, or single marked parts. */
function pofParts(parts: OscalPart[] | undefined): string[] {
  return (parts ?? []).flatMap((p) => {
    if (!isPof(p)) return pofParts(p.parts);
    const container = [p.name, p.title, p.class].some((v) => typeof v === 'string' && POF_CONTAINER.test(v)) && !!p.parts?.length;
    return container ? p.parts!.map(pofText) : [pofText(p)];
  });
}

/**
 * Reads an organization's licensed OSCAL catalog of the official texts. Validates it against the OSCAL catalog
 * schema first (a bad file is a 400 listing the problems). Criteria are controls with ids or labels such as
 * `cc1.1`/`CC1.1`, possibly nested in groups; their text is the `statement` part's prose; points of focus are
 * parts or sub-controls marked as such (name, class, title or label), or sub-controls with ids like `cc1.1.1`.
 */
export function parseOfficialTexts(oscalCatalog: unknown, catalog: Catalog = getCatalog()): ParsedOfficialTexts {
  validateCatalogDocument(oscalCatalog);
  const doc = (oscalCatalog as { catalog: OscalGroup & { metadata: { title: string; version: string } } }).catalog;
  const known = new Set(catalog.criteria.map((c) => c.id));
  const found = new Map<string, { text: string[]; pofs: string[] }>();
  const unknown: string[] = [];
  const entry = (id: string) => {
    const e = found.get(id) ?? { text: [], pofs: [] };
    found.set(id, e);
    return e;
  };
  const refOf = (c: OscalControl) => [...labels(c), c.id].map(criterionRef).find((r) => r !== null) ?? null;

  function visit(c: OscalControl, parent?: string): void {
    const ref = refOf(c);
    if (parent && (isPof(c) || !ref || (ref.id === parent && ref.rest))) {
      entry(parent).pofs.push(pofText({ ...c, parts: c.parts?.filter((p) => !isPof(p)) }), ...pofParts(c.parts));
      for (const sub of c.controls ?? []) visit(sub, parent);
      return;
    }
    if (!ref || !known.has(ref.id)) {
      unknown.push(c.id);
      for (const sub of c.controls ?? []) visit(sub);
      return;
    }
    if (ref.rest) {
      entry(ref.id).pofs.push(pofText(c));
      return;
    }
    const e = entry(ref.id);
    const statements = (c.parts ?? []).filter((p) => p.name?.toLowerCase() === 'statement');
    e.text.push(...statements.flatMap(proseOf));
    e.pofs.push(...pofParts(c.parts));
    for (const sub of c.controls ?? []) visit(sub, ref.id);
  }
  function walk(g: OscalGroup): void {
    for (const c of g.controls ?? []) visit(c);
    for (const sub of g.groups ?? []) walk(sub);
  }
  walk(doc);

  const texts: OfficialText[] = catalog.criteria.flatMap((cr) => {
    const e = found.get(cr.id);
    const pointsOfFocus = [...new Set((e?.pofs ?? []).map((p) => p.trim()).filter(Boolean))];
    const text = [...new Set(e?.text ?? [])].join('\n\n');
    return e && (text || pointsOfFocus.length) ? [{ criterionId: cr.id, text, pointsOfFocus }] : [];
  });
  return Object.assign(texts, { unknown: [...new Set(unknown)], title: doc.metadata.title, version: doc.metadata.version });
}
