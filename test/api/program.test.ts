import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCatalog, templatesForScope } from '../../src/catalog/index.js';
import { addMember, type Client, createTestApp, PASSWORD, setupOrg, signIn, type TestApp } from '../helpers/app.js';

let t: TestApp;
let owner: Client;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ owner, orgId } = await setupOrg(t));
});
afterAll(() => t?.cleanup());

const get = async (url: string) => (await owner.request('GET', url)).json();

describe('scope and system description', () => {
  it('starts with security only and always keeps security in scope', async () => {
    expect((await get('/api/v1/scope')).profile.categories).toEqual(['security']);
    const r = await owner.request('PUT', '/api/v1/scope/profile', {
      legalName: 'Acme Inc.',
      website: 'https://acme.test',
      industry: 'SaaS',
      headcount: '80',
      categories: ['availability', 'confidentiality'],
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().profile.categories).toEqual(['security', 'availability', 'confidentiality']);
  });

  it('stores the system description and refuses unknown criteria without changing anything', async () => {
    const ok = await owner.request('PUT', '/api/v1/scope/system-description', {
      services: 'Hosted analytics for retailers.',
      subserviceOrgs: [
        {
          name: 'Cloud Provider',
          services: 'Hosting',
          method: 'carve_out',
          csocs: ['Physical security of data centres'],
          criteria: ['CC6.4', 'A1.2'],
        },
      ],
      cuecs: [{ text: 'Customers manage their own user accounts.', criteria: ['CC6.2'] }],
      notRelevant: [{ criterionId: 'CC6.4', reason: 'No own data centres; carved out to the cloud provider' }],
    });
    expect(ok.statusCode).toBe(200);
    const bad = await owner.request('PUT', '/api/v1/scope/system-description', {
      services: 'changed',
      notRelevant: [{ criterionId: 'CC99.9', reason: 'x' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('CC99.9');
    const now = await get('/api/v1/scope');
    expect(now.systemDescription.services).toBe('Hosted analytics for retailers.');
    expect(now.systemDescription.subserviceOrgs[0].method).toBe('carve_out');
  });
});

describe('controls', () => {
  it('adopts every fitting template once, and adds only what is new after a scope change', async () => {
    const first = (await owner.request('POST', '/api/v1/controls/adopt', {})).json();
    const expected = templatesForScope(['security', 'availability', 'confidentiality']).length;
    expect(first.added).toHaveLength(expected);
    const again = (await owner.request('POST', '/api/v1/controls/adopt', {})).json();
    expect(again.added).toHaveLength(0);
    expect(again.alreadyAdopted).toBe(expected);
    const wider = (
      await owner.request('POST', '/api/v1/controls/adopt', {
        categories: ['security', 'availability', 'confidentiality', 'processing_integrity', 'privacy'],
      })
    ).json();
    expect(wider.added.length).toBe(
      templatesForScope(['security', 'availability', 'confidentiality', 'processing_integrity', 'privacy']).length - expected,
    );
    const list = (await get('/api/v1/controls')).items;
    expect(new Set(list.map((c: { code: string }) => c.code)).size).toBe(list.length);
    expect(list).toHaveLength(getCatalog().templates.length);
  });

  it('covers every one of the 61 criteria once all categories are in scope', async () => {
    const cov = (await get('/api/v1/controls/coverage')).items;
    expect(cov).toHaveLength(61);
    expect(cov.filter((c: { controls: unknown[] }) => c.controls.length === 0)).toEqual([]);
  });

  it('creates, edits, deactivates and relinks a custom control, with history and audit entries', async () => {
    const created = await owner.request('POST', '/api/v1/controls', {
      title: 'Quarterly review of customer data exports',
      description: 'Security reviews who exported customer data each quarter.',
      nature: 'it_dependent_manual',
      frequency: 'quarterly',
      criteria: [{ id: 'C1.1', relation: 'primary' }],
      iso: ['A.5.12'],
    });
    expect(created.statusCode).toBe(201);
    const ctl = created.json().control;
    expect(ctl.code).toBe('CUS-01');
    const badLink = await owner.request('PUT', `/api/v1/controls/${ctl.id}/links`, { criteria: [{ id: 'ZZ1', relation: 'primary' }] });
    expect(badLink.statusCode).toBe(400);
    const relinked = await owner.request('PUT', `/api/v1/controls/${ctl.id}/links`, {
      criteria: [
        { id: 'C1.1', relation: 'primary' },
        { id: 'CC6.1', relation: 'supporting' },
      ],
    });
    expect(relinked.json().control.criteria).toHaveLength(2);
    expect((await owner.request('POST', `/api/v1/controls/${ctl.id}/deactivate`, { reason: '' })).statusCode).toBe(400);
    const off = await owner.request('POST', `/api/v1/controls/${ctl.id}/deactivate`, { reason: 'Replaced by the DLP tool' });
    expect(off.json().control).toMatchObject({ active: false, deactivatedReason: 'Replaced by the DLP tool' });
    expect((await owner.request('POST', `/api/v1/controls/${ctl.id}/status`, { status: 'implemented' })).statusCode).toBe(409);
    await owner.request('POST', `/api/v1/controls/${ctl.id}/activate`);
    const log = (await get(`/api/v1/audit-log?targetId=${ctl.id}`)).items.map((e: { action: string }) => e.action);
    expect(log).toEqual(
      expect.arrayContaining(['control.created', 'control.criteria_changed', 'control.deactivated', 'control.activated']),
    );
  });

  it('needs a reason for not applicable and keeps the status history', async () => {
    const [c] = (await get('/api/v1/controls')).items;
    expect((await owner.request('POST', `/api/v1/controls/${c.id}/status`, { status: 'not_applicable' })).statusCode).toBe(400);
    await owner.request('POST', `/api/v1/controls/${c.id}/status`, { status: 'in_progress' });
    const na = await owner.request('POST', `/api/v1/controls/${c.id}/status`, { status: 'not_applicable', reason: 'No such system' });
    expect(na.json().history.map((h: { to: string }) => h.to)).toEqual(['not_applicable', 'in_progress', 'not_started']);
    await owner.request('POST', `/api/v1/controls/${c.id}/status`, { status: 'not_started' });
  });

  it('lets a control owner move only the controls they own', async () => {
    await addMember(t, orgId, 'cora@acme.test', 'control_owner');
    const cora = await signIn(t, 'cora@acme.test', PASSWORD);
    const [mine, other] = (await get('/api/v1/controls')).items;
    await owner.request('PATCH', `/api/v1/controls/${mine.id}`, { ownerId: cora.userId });
    expect((await cora.request('POST', `/api/v1/controls/${mine.id}/status`, { status: 'in_progress' })).statusCode).toBe(200);
    expect((await cora.request('POST', `/api/v1/controls/${other.id}/status`, { status: 'in_progress' })).statusCode).toBe(403);
    expect((await cora.request('PATCH', `/api/v1/controls/${mine.id}`, { title: 'Renamed by owner' })).statusCode).toBe(403);
    // An empty or foreign owner id is refused and leaves the owner as it was.
    for (const ownerId of ['', 'usr_00000000000000000000000000'])
      expect((await owner.request('PATCH', `/api/v1/controls/${mine.id}`, { ownerId })).statusCode).toBe(400);
    expect((await get(`/api/v1/controls/${mine.id}`)).control.owner.id).toBe(cora.userId);
  });
});

describe('readiness and tasks', () => {
  it('explains why each criterion is not ready and moves when a control is implemented and owned', async () => {
    const before = await get('/api/v1/readiness');
    expect(before.criteriaTotal).toBe(60); // 61 in scope, CC6.4 marked not relevant
    expect(before.excluded).toEqual([{ id: 'CC6.4', reason: expect.any(String) }]);
    const cc61 = before.criteria.find((c: { id: string }) => c.id === 'CC6.1');
    expect(cc61.ready).toBe(false);
    expect(cc61.gaps.map((g: { kind: string }) => g.kind)).toEqual(expect.arrayContaining(['not_implemented', 'no_owner']));
    for (const link of cc61.controls) {
      await owner.request('PATCH', `/api/v1/controls/${link.id}`, { ownerId: owner.userId });
      await owner.request('POST', `/api/v1/controls/${link.id}/status`, { status: 'implemented' });
    }
    const after = await get('/api/v1/readiness');
    expect(after.criteria.find((c: { id: string }) => c.id === 'CC6.1')).toMatchObject({ ready: true, score: 100, gaps: [] });
    expect(after.overall).toBeGreaterThan(before.overall);
    expect(after.criteriaReady).toBeGreaterThanOrEqual(1);
    const trend = (await get('/api/v1/readiness/trend')).items;
    expect(trend).toHaveLength(1);
    expect(trend[0].overall).toBe(after.overall);
  });

  it('turns gaps into tasks once, with owners where the control has one', async () => {
    const gaps = (await get('/api/v1/readiness')).gaps;
    const first = (
      await owner.request('POST', '/api/v1/readiness/tasks', { gapKeys: gaps.slice(0, 5).map((g: { key: string }) => g.key) })
    ).json();
    expect(first).toEqual({ created: 5, skipped: 0 });
    const again = (
      await owner.request('POST', '/api/v1/readiness/tasks', { gapKeys: gaps.slice(0, 5).map((g: { key: string }) => g.key) })
    ).json();
    expect(again).toEqual({ created: 0, skipped: 5 });
    expect((await owner.request('POST', '/api/v1/readiness/tasks', { gapKeys: ['no_control:CC42.1'] })).statusCode).toBe(400);
  });

  it('tracks tasks with owners, due dates, comments and an overdue view', async () => {
    const late = (
      await owner.request('POST', '/api/v1/tasks', { title: 'Collect board minutes', ownerId: owner.userId, dueDate: '2020-01-31' })
    ).json();
    expect(late.overdue).toBe(true);
    const overdue = (await get('/api/v1/tasks?overdue=true')).items.map((x: { id: string }) => x.id);
    expect(overdue).toContain(late.id);
    expect((await owner.request('POST', `/api/v1/tasks/${late.id}/comments`, { body: 'Asked the CEO.' })).statusCode).toBe(201);
    const withText = (
      await owner.request('POST', '/api/v1/tasks', { title: 'Keep my text', description: 'Details that must survive' })
    ).json();
    const patched = (await owner.request('PATCH', `/api/v1/tasks/${withText.id}`, { status: 'in_progress' })).json();
    expect(patched.description).toBe('Details that must survive');
    const done = (await owner.request('PATCH', `/api/v1/tasks/${late.id}`, { status: 'done' })).json();
    expect(done.overdue).toBe(false);
    expect(done.completedAt).toBeTruthy();
    const full = await get(`/api/v1/tasks/${late.id}`);
    expect(full.comments[0].body).toBe('Asked the CEO.');
    expect((await owner.request('POST', '/api/v1/tasks', { title: 'x', ownerId: 'usr_00000000000000000000000000' })).statusCode).toBe(400);
    // Empty or unknown references are refused with 400 and change nothing.
    const before = (await get('/api/v1/tasks?limit=100')).items.length;
    for (const bad of [{ controlId: '' }, { ownerId: '' }, { criterionId: '' }, { criterionId: 'CC42.1' }, { controlId: 'ctl_missing' }]) {
      const res = await owner.request('POST', '/api/v1/tasks', { title: 'bad ref', ...bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().error.code).toBe('bad_request');
      expect((await owner.request('PATCH', `/api/v1/tasks/${late.id}`, bad)).statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect((await get('/api/v1/tasks?limit=100')).items.length).toBe(before);
    expect((await get(`/api/v1/tasks/${late.id}`)).task.ownerName).toBeTruthy();
    const log = (await get(`/api/v1/audit-log?targetId=${late.id}`)).items.map((e: { action: string }) => e.action);
    expect(log).toEqual(expect.arrayContaining(['task.created', 'task.commented', 'task.updated']));
  });
});
