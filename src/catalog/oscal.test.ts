import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.js';
import { getCatalog } from './index.js';
import {
  ASSAY_NS,
  catalogToOscal,
  componentDefinition,
  OSCAL_VERSION,
  type OscalControlInput,
  oscalAjv,
  parseOfficialTexts,
  uuidV5,
} from './oscal.js';

const SCHEMAS = path.resolve(process.cwd(), '../shared/oscal');
const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;
const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;

function validator(model: 'catalog' | 'component') {
  const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, `oscal_${model}_schema.json`), 'utf8'));
  const validate = oscalAjv().compile(schema);
  return (doc: unknown) => {
    const ok = validate(doc);
    return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

/** Every value under a key named `uuid` (or listed in `party-uuids`) anywhere in a document. */
function uuidsOf(doc: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key?: string) => {
    if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    else if (typeof v === 'string' && (key === 'uuid' || key === 'party-uuids')) out.push(v);
  };
  walk(doc);
  return out;
}

// biome-ignore lint/suspicious/noExplicitAny: reading into a generated document
type AnyDoc = any;

const catalog = getCatalog();
const T0 = '2026-01-02T03:04:05.000Z';
const T1 = '2026-02-03T04:05:06.000Z';
let validateCatalog: ReturnType<typeof validator>;
let validateComponent: ReturnType<typeof validator>;

beforeAll(() => {
  validateCatalog = validator('catalog');
  validateComponent = validator('component');
});

describe('uuidV5', () => {
  it('matches the RFC 4122 version-5 test vector and the OSCAL uuid pattern', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    for (const name of ['a', 'catalog:x:1', 'ü', '']) expect(uuidV5(name)).toMatch(UUID);
    expect(uuidV5('a')).not.toBe(uuidV5('b'));
  });
});

describe('catalogToOscal', () => {
  const doc = catalogToOscal(catalog, { lastModified: T0 }) as AnyDoc;

  it('validates against the OSCAL catalog schema', () => {
    expect(validateCatalog(doc)).toEqual([]);
    const schemaId = JSON.parse(fs.readFileSync(path.join(SCHEMAS, 'oscal_catalog_schema.json'), 'utf8')).$id as string;
    expect(schemaId).toContain(`/${OSCAL_VERSION}/`);
    expect(doc.catalog.metadata['oscal-version']).toBe(OSCAL_VERSION);
  });

  it('has one group per series and 61 criteria as controls with token ids and labels', () => {
    const groups = doc.catalog.groups as AnyDoc[];
    expect(groups).toHaveLength(20);
    expect(groups.map((g) => g.id)).toEqual([
      'cc1',
      'cc2',
      'cc3',
      'cc4',
      'cc5',
      'cc6',
      'cc7',
      'cc8',
      'cc9',
      'a1',
      'pi1',
      'c1',
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
      'p7',
      'p8',
    ]);
    const controls = groups.flatMap((g) => g.controls);
    expect(controls).toHaveLength(61);
    for (const c of controls) {
      expect(c.id).toMatch(TOKEN);
      const label = c.props.find((p: AnyDoc) => p.name === 'label' && !p.ns).value;
      expect(c.id).toBe(label.toLowerCase());
      const cr = catalog.criteria.find((x) => x.id === label)!;
      expect(c.title).toBe(cr.title);
    }
    const cc61 = controls.find((c) => c.id === 'cc6.1');
    expect(cc61.props.find((p: AnyDoc) => p.name === 'label').value).toBe('CC6.1');
  });

  it('carries our guidance and the point-of-focus count, never a statement', () => {
    const controls = (doc.catalog.groups as AnyDoc[]).flatMap((g) => g.controls);
    let pof = 0;
    for (const c of controls) {
      const count = c.props.find((p: AnyDoc) => p.name === 'points-of-focus-count');
      expect(count.ns).toBe(ASSAY_NS);
      pof += Number(count.value);
      const names = c.parts.map((p: AnyDoc) => p.name);
      expect(names).toContain('guidance');
      expect(names).not.toContain('statement');
      for (const p of c.parts) if (!['guidance', 'assessment-method', 'assessment-objective'].includes(p.name)) expect(p.ns).toBe(ASSAY_NS);
    }
    expect(pof).toBe(330);
    const cc11 = controls.find((c) => c.id === 'cc1.1');
    const cr = catalog.criteria.find((x) => x.id === 'CC1.1')!;
    expect(cc11.parts.find((p: AnyDoc) => p.name === 'guidance').prose).toBe(cr.intent);
    expect(cc11.props.find((p: AnyDoc) => p.name === 'coso-principle').value).toBe('1');
  });

  it('is deterministic apart from last-modified', () => {
    const again = catalogToOscal(catalog, { lastModified: T0 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
    const later = catalogToOscal(catalog, { lastModified: T1 }) as AnyDoc;
    expect(later.catalog.metadata['last-modified']).toBe(T1);
    later.catalog.metadata['last-modified'] = T0;
    expect(later).toEqual(doc);
    const uuids = uuidsOf(doc);
    expect(uuids.length).toBeGreaterThan(0);
    for (const u of uuids) expect(u).toMatch(UUID);
    const now = catalogToOscal(catalog) as AnyDoc;
    expect(validateCatalog(now)).toEqual([]);
  });

  it('leaks no licensed text: an imported sample does not appear in the export', () => {
    const sample = parseOfficialTexts(syntheticLicensedCatalog(), catalog);
    const json = JSON.stringify(catalogToOscal(catalog, { lastModified: T0 }));
    for (const t of sample) for (const s of [t.text, ...t.pointsOfFocus]) expect(json).not.toContain(s);
    expect(json).not.toContain('Zebra governance');
  });
});

function control(
  over: Partial<OscalControlInput> & { id: string; code: string; criteria: OscalControlInput['criteria'] },
): OscalControlInput {
  return {
    title: `Title of ${over.code}`,
    description: `What ${over.code} does.`,
    status: 'in_progress',
    nature: 'manual',
    frequency: 'annual',
    active: true,
    owner: null,
    ...over,
  };
}

describe('componentDefinition', () => {
  const org = { id: 'org_test1', name: 'Acme Ltd' };
  const owner = { id: 'usr_1', name: 'Oscar Owner', email: 'oscar@acme.test' };
  const controls = [
    control({
      id: 'ctl_1',
      code: 'ACC-01',
      criteria: [
        { id: 'CC6.1', relation: 'primary' },
        { id: 'CC6.2', relation: 'supporting' },
      ],
      owner,
      status: 'implemented',
      nature: 'automated',
      frequency: 'continuous',
    }),
    control({ id: 'ctl_2', code: 'ACC-02', criteria: [{ id: 'CC6.1', relation: 'supporting' }] }),
    control({ id: 'ctl_3', code: 'CUS-01', criteria: [{ id: 'A1.2', relation: 'primary' }], active: false }),
    control({
      id: 'ctl_4',
      code: 'GOV-01',
      title: '  Board  oversight\n',
      criteria: [{ id: 'CC1.2', relation: 'primary' }],
      owner: { id: 'usr_2', name: 'Pat', email: null },
    }),
  ];
  const doc = componentDefinition(org, controls, catalog, {
    lastModified: T0,
    catalogHref: 'https://assay.example/api/v1/oscal/catalog',
  }) as AnyDoc;
  const cd = doc['component-definition'];

  it('validates against the OSCAL component schema', () => {
    expect(validateComponent(doc)).toEqual([]);
    expect(validateComponent(componentDefinition(org, [], catalog))).toEqual([]);
  });

  it('lists per criterion the active controls implementing it, with their props and owners', () => {
    const [component] = cd.components;
    expect(component.type).toBe('service');
    const [impl] = component['control-implementations'];
    const resource = cd['back-matter'].resources[0];
    expect(impl.source).toBe(`#${resource.uuid}`);
    expect(resource.rlinks[0].href).toBe('https://assay.example/api/v1/oscal/catalog');
    const reqs = impl['implemented-requirements'] as AnyDoc[];
    expect(reqs.map((r) => r['control-id'])).toEqual(['cc1.2', 'cc6.1', 'cc6.2']);
    const cc61 = reqs[1];
    expect(cc61.description).toContain('ACC-01');
    expect(cc61.description).toContain('Title of ACC-02');
    const acc01 = cc61.props.filter((p: AnyDoc) => p.group === 'acc-01');
    expect(Object.fromEntries(acc01.map((p: AnyDoc) => [p.name, p.value]))).toEqual({
      'control-code': 'ACC-01',
      'control-id': 'ctl_1',
      relation: 'primary',
      status: 'implemented',
      nature: 'automated',
      frequency: 'continuous',
    });
    for (const p of cc61.props) expect(p.ns).toBe(ASSAY_NS);
    const ownerParty = cd.metadata.parties.find((p: AnyDoc) => p.name === 'Oscar Owner');
    expect(cc61['responsible-roles']).toEqual([{ 'role-id': 'control-owner', 'party-uuids': [ownerParty.uuid] }]);
    expect(ownerParty['email-addresses']).toEqual(['oscar@acme.test']);
    expect(cd.metadata.roles.map((r: AnyDoc) => r.id)).toEqual(expect.arrayContaining(['control-owner', 'provider']));
    expect(reqs[0].description).toContain('Board oversight');
    // The deactivated control leaves no trace.
    expect(JSON.stringify(doc)).not.toContain('CUS-01');
  });

  it('is deterministic per organization and control set', () => {
    const again = componentDefinition(org, [...controls].reverse(), catalog, {
      lastModified: T0,
      catalogHref: 'https://assay.example/api/v1/oscal/catalog',
    });
    expect(again).toEqual(doc);
    const other = componentDefinition({ id: 'org_other', name: 'Acme Ltd' }, controls, catalog, { lastModified: T0 }) as AnyDoc;
    expect(other['component-definition'].uuid).not.toBe(cd.uuid);
    const changed = componentDefinition(org, controls.slice(1), catalog, { lastModified: T0 }) as AnyDoc;
    expect(changed['component-definition'].metadata.version).not.toBe(cd.metadata.version);
    const uuids = uuidsOf(doc);
    for (const u of uuids) expect(u).toMatch(UUID);
  });
});

/** A made-up licensed catalog in several shapes parsers meet in the wild (none of it AICPA wording). */
function syntheticLicensedCatalog() {
  const u = (n: string) => uuidV5(`test:${n}`);
  return {
    catalog: {
      uuid: u('cat'),
      metadata: { title: 'Synthetic Criteria Catalog', 'last-modified': T0, version: '9.9', 'oscal-version': '1.1.2' },
      groups: [
        {
          id: 'cc1',
          title: 'Zebra governance',
          controls: [
            {
              id: 'cc1.1',
              title: 'First made-up criterion',
              parts: [
                { id: 'cc1.1_smt', name: 'statement', prose: 'The entity keeps purple ledgers of kindness.' },
                {
                  id: 'cc1.1_pof',
                  name: 'points-of-focus',
                  parts: [
                    { name: 'item', title: 'Sets the purple tone', prose: 'Leaders hum in purple.' },
                    { name: 'item', title: 'Keeps ledgers' },
                  ],
                },
              ],
            },
            {
              id: 'CC1.2',
              title: 'Second made-up criterion',
              parts: [
                {
                  name: 'statement',
                  prose: 'The board juggles seven oranges.',
                  parts: [{ name: 'item', prose: 'Including on weekends.' }],
                },
              ],
              controls: [
                { id: 'cc1.2.1', title: 'Counts oranges', parts: [{ name: 'statement', prose: 'Oranges are counted each dawn.' }] },
                { id: 'cc1.2.2', title: 'Drops none' },
              ],
            },
            {
              id: 'cc1.3',
              title: 'Third made-up criterion',
              parts: [
                {
                  name: 'statement',
                  prose: 'Structures are made of marzipan.',
                  parts: [{ name: 'point-of-focus', title: 'Marzipan audits', prose: 'Someone tastes it.' }],
                },
              ],
            },
            { id: 'cc10.1', title: 'A criterion Assay does not know', parts: [{ name: 'statement', prose: 'Nothing.' }] },
          ],
        },
        {
          id: 'more',
          title: 'Groups of groups',
          groups: [
            {
              id: 'avail',
              title: 'Nested group',
              controls: [
                {
                  id: 'avail-one',
                  title: 'Capacity, labelled',
                  props: [{ name: 'label', value: 'A1.1' }],
                  parts: [{ name: 'statement', prose: 'Capacity is measured in teacups.' }],
                  controls: [
                    {
                      id: 'avail-one-pof-a',
                      title: 'Point of focus: teacup forecasts',
                      props: [{ name: 'label', value: 'Point of Focus' }],
                    },
                  ],
                },
                { id: 'xyz-1', title: 'Not a criterion at all' },
              ],
            },
          ],
        },
      ],
    },
  };
}

describe('parseOfficialTexts', () => {
  it('reads statements and points of focus in their different shapes and reports unknown ids', () => {
    const r = parseOfficialTexts(syntheticLicensedCatalog(), catalog);
    expect(r.map((t) => t.criterionId)).toEqual(['CC1.1', 'CC1.2', 'CC1.3', 'A1.1']);
    const by = Object.fromEntries(r.map((t) => [t.criterionId, t]));
    expect(by['CC1.1']).toEqual({
      criterionId: 'CC1.1',
      text: 'The entity keeps purple ledgers of kindness.',
      pointsOfFocus: ['Sets the purple tone — Leaders hum in purple.', 'Keeps ledgers'],
    });
    expect(by['CC1.2'].text).toBe('The board juggles seven oranges.\n\nIncluding on weekends.');
    expect(by['CC1.2'].pointsOfFocus).toEqual(['Counts oranges — Oranges are counted each dawn.', 'Drops none']);
    expect(by['CC1.3']).toEqual({
      criterionId: 'CC1.3',
      text: 'Structures are made of marzipan.',
      pointsOfFocus: ['Marzipan audits — Someone tastes it.'],
    });
    expect(by['A1.1'].text).toBe('Capacity is measured in teacups.');
    expect(by['A1.1'].pointsOfFocus).toEqual(['Point of focus: teacup forecasts']);
    expect(r.unknown).toEqual(['cc10.1', 'xyz-1']);
    expect(r.title).toBe('Synthetic Criteria Catalog');
    expect(r.version).toBe('9.9');
  });

  it('accepts top-level controls with point-of-focus ids', () => {
    const doc = syntheticLicensedCatalog() as AnyDoc;
    doc.catalog.groups[0].controls.push(
      { id: 'cc2.1_pof3', title: 'Loose focus point' },
      { id: 'cc2.1', title: 'x', parts: [{ name: 'statement', prose: 'Information is pink.' }] },
    );
    const r = parseOfficialTexts(doc, catalog);
    expect(r.find((t) => t.criterionId === 'CC2.1')).toEqual({
      criterionId: 'CC2.1',
      text: 'Information is pink.',
      pointsOfFocus: ['Loose focus point'],
    });
  });

  it('refuses a document that is not a valid OSCAL catalog, naming the problem', () => {
    const bad = [
      { catalog: { uuid: 'not-a-uuid', metadata: {} } },
      { controls: [] },
      'text',
      null,
      { catalog: { ...syntheticLicensedCatalog().catalog, extra: 1 } },
    ];
    for (const doc of bad) {
      let err: unknown;
      try {
        parseOfficialTexts(doc, catalog);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('bad_request');
      expect((err as AppError).message).toMatch(/^Not a valid OSCAL catalog/);
      expect(Array.isArray((err as AppError).details)).toBe(true);
    }
  });

  it('reads its own export as a catalog with no official texts', () => {
    const r = parseOfficialTexts(catalogToOscal(catalog, { lastModified: T0 }), catalog);
    expect(r).toHaveLength(0);
    expect(r.unknown).toEqual([]);
  });
});
