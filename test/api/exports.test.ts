import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCatalog } from '../../src/catalog/index.js';
import { addMember, type Client, createTestApp, PASSWORD, setupOrg, signIn, type TestApp } from '../helpers/app.js';
import { tempDir } from '../helpers/db.js';

let t: TestApp;
let owner: Client;
let orgId: string;
let slug: string;
let dir: string;
type ControlItem = { id: string; code: string; evidence: string[]; criteria: { id: string; relation: string }[] };
let implemented: ControlItem;
let controls: ControlItem[];

const SCOPE = ['security', 'availability', 'privacy'] as const;
const day = /\d{4}-\d{2}-\d{2}/.source;

/** The text of a PDF, whitespace collapsed, as pdftotext reads it. */
function pdfText(buf: Buffer, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, buf);
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.replace(/\s+/g, ' ');
}

beforeAll(async () => {
  t = await createTestApp();
  dir = tempDir('assay-exports-');
  ({ orgId, owner } = await setupOrg(t, 'Acme Widgets'));
  slug = (await owner.request('GET', '/api/v1/org')).json().slug;
  expect((await owner.request('POST', '/api/v1/controls/adopt', { categories: ['security', 'availability'] })).statusCode).toBe(200);
  // Privacy joins the scope without adopting its templates, so some criteria have no control at all.
  const profile = await owner.request('PUT', '/api/v1/scope/profile', { legalName: '', categories: [...SCOPE] });
  expect(profile.statusCode).toBe(200);

  controls = (await owner.request('GET', '/api/v1/controls')).json().items;
  implemented = controls.find((c) => c.criteria.some((l) => l.id === 'CC6.1' && l.relation === 'primary'))!;
  expect((await owner.request('PATCH', `/api/v1/controls/${implemented.id}`, { ownerId: owner.userId })).statusCode).toBe(200);
  expect((await owner.request('POST', `/api/v1/controls/${implemented.id}/status`, { status: 'implemented' })).statusCode).toBe(200);

  const sd = await owner.request('PUT', '/api/v1/scope/system-description', {
    services: 'Acme Widgets runs a *billing* platform for <b>small</b> shops.\n# not a heading',
    components: { infrastructure: 'Hosted on AWS in eu-west-1.' },
    subserviceOrgs: [
      {
        name: 'Amazon Web Services',
        services: 'Cloud hosting',
        method: 'carve_out',
        csocs: ['Physical access to data centres is restricted'],
        criteria: ['CC6.4'],
      },
    ],
    cuecs: [{ text: 'Customers manage the access of their own users', criteria: ['CC6.2'] }],
    notRelevant: [{ criterionId: 'P6.7', reason: 'The system keeps no personal data on behalf of data subjects' }],
  });
  expect(sd.statusCode).toBe(200);
});

afterAll(async () => {
  await t?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('control matrix (XLSX)', () => {
  it('has the three sheets, a header row, one row per criterion–control link and the implemented control', async () => {
    const res = await owner.request('GET', '/api/v1/exports/control-matrix.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="${slug}-control-matrix-${day}\\.xlsx"$`));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Control matrix', 'Criteria', 'ISO 27001']);

    const ws = wb.getWorksheet('Control matrix')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining([
        'Criterion',
        'Control code',
        'Status',
        'Owner',
        'Evidence required',
        'Evidence state',
        'Criterion readiness',
      ]),
    );
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();

    const col = (name: string) => header.indexOf(name) + 1;
    const catalog = getCatalog();
    const inScope = catalog.criteria.filter((c) => (SCOPE as readonly string[]).includes(c.category));
    const ids = new Set(inScope.map((c) => c.id));
    const links = controls.flatMap((c) => c.criteria.filter((l) => ids.has(l.id)));
    const bare = inScope.filter((cr) => !links.some((l) => l.id === cr.id));
    expect(bare.length).toBeGreaterThan(0);
    expect(ws.rowCount - 1).toBe(links.length + bare.length);

    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    const cell = (r: ExcelJS.Row, name: string) => r.getCell(col(name)).value;
    const mine = rows.filter((r) => cell(r, 'Control code') === implemented.code);
    expect(mine.length).toBe(implemented.criteria.filter((l) => ids.has(l.id)).length);
    for (const r of mine) {
      expect(cell(r, 'Status')).toBe('Implemented');
      expect(cell(r, 'Owner')).toBe('Olivia Owner');
      expect(cell(r, 'Owner email')).toBe('owner@acme.test');
      expect(String(cell(r, 'Evidence required'))).toContain(implemented.evidence[0]);
      expect(cell(r, 'Evidence state')).toBe('No evidence recorded');
    }
    const noControl = rows.filter((r) => cell(r, 'Control title') === 'No control');
    expect(noControl.map((r) => cell(r, 'Criterion')).sort()).toEqual(bare.map((c) => c.id).sort());
    expect(noControl.every((r) => !cell(r, 'Control code'))).toBe(true);

    const readiness = (await owner.request('GET', '/api/v1/readiness')).json();
    const cc61 = readiness.criteria.find((c: { id: string }) => c.id === 'CC6.1');
    const cc61Row = rows.find((r) => cell(r, 'Criterion') === 'CC6.1')!;
    expect(Number(cell(cc61Row, 'Criterion readiness'))).toBeCloseTo(cc61.score / 100, 5);

    const criteria = wb.getWorksheet('Criteria')!;
    expect(criteria.rowCount - 1).toBe(inScope.length);
    const iso = wb.getWorksheet('ISO 27001')!;
    expect(iso.rowCount - 1).toBe(catalog.isoControls.length);
    expect((iso.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Annex A control',
      'Theme',
      'Title',
      'Mapped controls',
      'Controls counted',
      'Readiness',
    ]);
  });
});

describe('readiness report (PDF)', () => {
  it('names the organization, the overall percentage and the reasons criteria are not ready', async () => {
    const res = await owner.request('GET', '/api/v1/exports/readiness.pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="${slug}-readiness-report-${day}\\.pdf"$`));
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const readiness = (await owner.request('GET', '/api/v1/readiness')).json();
    const text = pdfText(res.rawPayload, 'readiness.pdf');
    expect(text).toContain('Acme Widgets');
    expect(text).toContain(`${readiness.overall.toFixed(1).replace(/\.0$/, '')}%`);
    expect(text).toContain(`${readiness.criteriaReady} of ${readiness.criteriaTotal}`);
    expect(text).toContain('No active control addresses this criterion');
    expect(text).toContain('not started, no owner');
    expect(text).toContain('ISO/IEC 27001:2022 summary');
    expect(text).toMatch(/Page 2 of \d+/);
  });

  it('can be downloaded by an employee but not without signing in', async () => {
    await addMember(t, orgId, 'emma@acme.test', 'employee');
    const emma = await signIn(t, 'emma@acme.test', PASSWORD);
    const ok = await emma.request('GET', '/api/v1/exports/readiness.pdf');
    expect(ok.statusCode).toBe(200);
    expect(ok.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/exports/readiness.pdf' });
    expect(anon.statusCode).toBe(401);
  });
});

describe('system description (Markdown and PDF)', () => {
  it('has every DC section, the subservice organization and honest "[To be completed]" markers', async () => {
    const res = await owner.request('GET', '/api/v1/exports/system-description.md');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="${slug}-system-description-${day}\\.md"$`));
    const md = res.body;
    for (let i = 1; i <= 9; i++) expect(md).toMatch(new RegExp(`^## DC${i} — `, 'm'));
    expect(md).toContain('### Amazon Web Services');
    expect(md).toContain('carve-out');
    expect(md).toContain('Physical access to data centres is restricted');
    expect(md).toContain('Customers manage the access of their own users');
    expect(md).toContain('The system keeps no personal data on behalf of data subjects');
    expect(md).toContain('Hosted on AWS in eu-west-1.');
    expect(md.split('[To be completed]').length - 1).toBeGreaterThan(5);
    // Typed text is escaped: no emphasis, no HTML, no heading smuggled in.
    expect(md).toContain('a \\*billing\\* platform for \\<b\\>small\\</b\\> shops.\\\n\\# not a heading');
    expect(md).not.toContain('<b>');
    expect(md).toContain(implemented.code);
  });

  it('renders the same draft as a PDF', async () => {
    const res = await owner.request('GET', '/api/v1/exports/system-description.pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(res.rawPayload, 'system-description.pdf');
    expect(text).toContain('Description of the Acme Widgets system');
    expect(text).toContain('DC7 — Subservice organizations');
    expect(text).toContain('Amazon Web Services');
    expect(text).toContain('[To be completed]');
  });

  it('lists the exports in the OpenAPI document', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.paths['/api/v1/exports/readiness.pdf'].get.responses['200'].content).toHaveProperty('application/pdf');
    expect(doc.paths['/api/v1/exports/control-matrix.xlsx'].get.description).toContain('Control matrix');
    expect(doc.paths['/api/v1/exports/system-description.md'].get.responses['200'].content).toHaveProperty('text/markdown');
  });
});
