import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oscalAjv, uuidV5 } from '../../src/catalog/oscal.js';
import { addMember, type Client, createTestApp, PASSWORD, setupOrg, signIn, type TestApp } from '../helpers/app.js';

const SCHEMAS = path.resolve(process.cwd(), '../shared/oscal');

function validator(model: 'catalog' | 'component') {
  const validate = oscalAjv().compile(JSON.parse(fs.readFileSync(path.join(SCHEMAS, `oscal_${model}_schema.json`), 'utf8')));
  return (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

/** A made-up licensed catalog (invented wording, not the AICPA's). */
function licensedCatalog(statement = 'The organization waters its governance ferns daily.', extra: Record<string, unknown> = {}) {
  return {
    catalog: {
      uuid: uuidV5('api-test:licensed'),
      metadata: { title: 'Synthetic TSC', 'last-modified': '2026-03-01T00:00:00Z', version: '2026.1', 'oscal-version': '1.1.2', ...extra },
      groups: [
        {
          id: 'cc1',
          title: 'Ferns',
          controls: [
            {
              id: 'cc1.1',
              title: 'Fern care',
              parts: [
                { name: 'statement', prose: statement },
                {
                  name: 'points-of-focus',
                  parts: [
                    { name: 'item', title: 'Waters ferns', prose: 'A watering can is kept nearby.' },
                    { name: 'item', title: 'Trims fronds' },
                  ],
                },
              ],
            },
            { id: 'CC1.2', title: 'Oversight', parts: [{ name: 'statement', prose: 'A gardener oversees the ferns.' }] },
            { id: 'cc99.9', title: 'Unknown' },
          ],
        },
      ],
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: reading generated documents
type AnyDoc = any;

let t: TestApp;
let orgId: string;
let owner: Client;
let auditor: Client;
let validateCatalog: ReturnType<typeof validator>;
let validateComponent: ReturnType<typeof validator>;

beforeAll(async () => {
  validateCatalog = validator('catalog');
  validateComponent = validator('component');
  t = await createTestApp();
  ({ orgId, owner } = await setupOrg(t));
  const adopted = await owner.request('POST', '/api/v1/controls/adopt', { categories: ['security', 'availability'] });
  expect(adopted.statusCode).toBe(200);
  await addMember(t, orgId, 'audrey@cpa.test', 'auditor');
  auditor = await signIn(t, 'audrey@cpa.test', PASSWORD);
});
afterAll(() => t?.cleanup());

async function official(id = 'CC1.1') {
  const res = await owner.request('GET', `/api/v1/catalog/criteria/${id}`);
  expect(res.statusCode).toBe(200);
  return res.json().official as { text: string; pointsOfFocus: string[]; source: string } | null;
}

describe('OSCAL exports', () => {
  it('exports the catalog as a valid OSCAL catalog', async () => {
    const res = await owner.request('GET', '/api/v1/oscal/catalog');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(validateCatalog(doc)).toEqual([]);
    const controls = (doc.catalog.groups as AnyDoc[]).flatMap((g) => g.controls);
    expect(doc.catalog.groups).toHaveLength(20);
    expect(controls).toHaveLength(61);
    const again = (await owner.request('GET', '/api/v1/oscal/catalog')).json();
    again.catalog.metadata['last-modified'] = doc.catalog.metadata['last-modified'];
    expect(again).toEqual(doc);
  });

  it("exports the organization's controls as a valid component-definition", async () => {
    const list = (await owner.request('GET', '/api/v1/controls')).json().items as AnyDoc[];
    const first = list[0];
    const patched = await owner.request('PATCH', `/api/v1/controls/${first.id}`, { ownerId: owner.userId });
    expect(patched.statusCode).toBe(200);

    const res = await owner.request('GET', '/api/v1/oscal/component-definition');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(validateComponent(doc)).toEqual([]);
    const cd = doc['component-definition'];
    const [component] = cd.components;
    expect(component.type).toBe('service');
    expect(component.title).toContain('Acme');
    const [impl] = component['control-implementations'];
    expect(impl.source).toBe(`#${cd['back-matter'].resources[0].uuid}`);
    expect(cd['back-matter'].resources[0].rlinks[0].href).toMatch(/\/api\/v1\/oscal\/catalog$/);
    const reqs = impl['implemented-requirements'] as AnyDoc[];
    const addressed = new Set(list.filter((c) => c.active !== false).flatMap((c) => c.criteria.map((l: AnyDoc) => l.id.toLowerCase())));
    expect(new Set(reqs.map((r) => r['control-id']))).toEqual(addressed);
    const withFirst = reqs.find((r) => r.props.some((p: AnyDoc) => p.name === 'control-id' && p.value === first.id));
    expect(withFirst.description).toContain(first.code);
    const ownerParty = cd.metadata.parties.find((p: AnyDoc) => p.type === 'person');
    expect(ownerParty.name).toBe('Olivia Owner');
    expect(withFirst['responsible-roles'][0]['party-uuids']).toContain(ownerParty.uuid);

    const again = (await owner.request('GET', '/api/v1/oscal/component-definition')).json();
    again['component-definition'].metadata['last-modified'] = cd.metadata['last-modified'];
    expect(again).toEqual(doc);
  });
});

describe('licensed official texts', () => {
  it('refuses an invalid document with 400 and changes nothing', async () => {
    expect(await official()).toBeNull();
    for (const body of [{ catalog: { uuid: 'not-a-uuid', metadata: {} } }, { controls: [] }, [1, 2, 3]]) {
      const res = await owner.request('POST', '/api/v1/catalog/official-texts', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBeTruthy();
    }
    const none = await owner.request('POST', '/api/v1/catalog/official-texts', {
      catalog: { ...licensedCatalog().catalog, groups: [{ title: 'Empty', controls: [{ id: 'zz1', title: 'No' }] }] },
    });
    expect(none.statusCode).toBe(400);
    expect(await official()).toBeNull();
  });

  it('imports texts per organization, shows them on the criterion and logs counts only', async () => {
    const res = await owner.request('POST', '/api/v1/catalog/official-texts', licensedCatalog());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 2, unknown: ['cc99.9'] });
    expect(await official()).toEqual({
      text: 'The organization waters its governance ferns daily.',
      pointsOfFocus: ['Waters ferns — A watering can is kept nearby.', 'Trims fronds'],
      source: 'Synthetic TSC (version 2026.1)',
    });
    expect((await official('CC1.2'))?.text).toBe('A gardener oversees the ferns.');
    expect(await official('CC1.3')).toBeNull();

    const log = (await owner.request('GET', '/api/v1/audit-log?action=catalog.official_texts_imported')).json().items as AnyDoc[];
    expect(log).toHaveLength(1);
    expect(log[0].summary).toMatchObject({ imported: 2, unknown: 1, pointsOfFocus: 2 });
    expect(JSON.stringify(log[0])).not.toContain('ferns daily');

    const exported = (await owner.request('GET', '/api/v1/oscal/catalog')).body;
    expect(exported).not.toContain('ferns daily');
    expect(exported).not.toContain('watering can');
  });

  it('updates on re-import, accepts large files and keeps the previous text on an invalid one', async () => {
    const big = licensedCatalog('Ferns are now watered twice a day.', { remarks: 'x'.repeat(2 * 1024 * 1024) });
    const res = await owner.request('POST', '/api/v1/catalog/official-texts', big);
    expect(res.statusCode).toBe(200);
    expect((await official())?.text).toBe('Ferns are now watered twice a day.');
    const bad = licensedCatalog('Should not be stored.') as AnyDoc;
    bad.catalog.groups[0].controls[0].parts[0].name = 'not a token';
    expect((await owner.request('POST', '/api/v1/catalog/official-texts', bad)).statusCode).toBe(400);
    expect((await official())?.text).toBe('Ferns are now watered twice a day.');
  });

  it('lets an auditor read the exports but not import or delete', async () => {
    expect((await auditor.request('GET', '/api/v1/oscal/catalog')).statusCode).toBe(200);
    expect((await auditor.request('GET', '/api/v1/oscal/component-definition')).statusCode).toBe(200);
    expect((await auditor.request('POST', '/api/v1/catalog/official-texts', licensedCatalog('Auditor text.'))).statusCode).toBe(403);
    expect((await auditor.request('DELETE', '/api/v1/catalog/official-texts')).statusCode).toBe(403);
    expect((await official())?.text).toBe('Ferns are now watered twice a day.');
  });

  it('removes the texts and logs the removal', async () => {
    const res = await owner.request('DELETE', '/api/v1/catalog/official-texts');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ removed: 2 });
    expect(await official()).toBeNull();
    expect(await official('CC1.2')).toBeNull();
    const log = (await owner.request('GET', '/api/v1/audit-log?action=catalog.official_texts_deleted')).json().items as AnyDoc[];
    expect(log[0].summary).toEqual({ removed: 2 });
  });
});
