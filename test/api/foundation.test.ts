import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/platform/audit-log/index.js';
import { addMember, type Client, createTestApp, PASSWORD, setupOrg, signIn, type TestApp, tokenClient } from '../helpers/app.js';

let t: TestApp;
let orgId: string;
let owner: Client;

beforeAll(async () => {
  t = await createTestApp();
  ({ orgId, owner } = await setupOrg(t));
});
afterAll(() => t?.cleanup());

describe('probes and documents', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('serves an OpenAPI 3.1 document listing the routes and an interactive reference', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/me', '/api/v1/members', '/api/v1/tokens', '/api/v1/audit-log']),
    );
    const page = await t.app.inject('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('sends security headers', async () => {
    const res = await t.app.inject('/healthz');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('sign-in and sessions', () => {
  it('rejects a wrong password with one error format', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      payload: { email: 'owner@acme.test', password: 'wrong password!' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Email or password is incorrect' } });
  });

  it('sets an httpOnly SameSite session cookie and rotates it at sign-in', async () => {
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      payload: { email: 'owner@acme.test', password: PASSWORD },
    });
    const c1 = first.cookies.find((c) => c.name === 'assay_session')!;
    expect(c1.httpOnly).toBe(true);
    expect(c1.sameSite).toBe('Lax');
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: `assay_session=${c1.value}` } });
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      headers: { cookie: `assay_session=${c1.value}`, 'x-csrf-token': me.json().csrfToken },
      payload: { email: 'owner@acme.test', password: PASSWORD },
    });
    const c2 = second.cookies.find((c) => c.name === 'assay_session')!;
    expect(c2.value).not.toBe(c1.value);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: `assay_session=${c1.value}` } })).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const res = await t.app.inject({ method: 'PATCH', url: '/api/v1/org', headers: { cookie: owner.cookie }, payload: { name: 'Hacked' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    expect((await owner.request('GET', '/api/v1/org')).json().name).toBe('Acme');
  });

  it('locks an account after repeated failures and keeps the right password out meanwhile', async () => {
    await addMember(t, orgId, 'victim@acme.test', 'employee');
    for (let i = 0; i < 10; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: 'victim@acme.test', password: `nope-${i}-xxxxxxxx` },
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      payload: { email: 'victim@acme.test', password: PASSWORD },
    });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('locked');
  }, 60_000);

  it('signs out and the cookie stops working', async () => {
    const c = await signIn(t, 'owner@acme.test', PASSWORD);
    expect((await c.request('POST', '/api/v1/auth/signout')).statusCode).toBe(200);
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('changes the password, ends other sessions and keeps this one', async () => {
    await addMember(t, orgId, 'pat@acme.test', 'employee');
    const a = await signIn(t, 'pat@acme.test', PASSWORD);
    const b = await signIn(t, 'pat@acme.test', PASSWORD);
    const bad = await a.request('POST', '/api/v1/auth/password', {
      currentPassword: 'not it at all',
      newPassword: 'a brand new passphrase',
    });
    expect(bad.statusCode).toBe(400);
    const ok = await a.request('POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    expect(ok.statusCode).toBe(200);
    expect((await a.request('GET', '/api/v1/me')).statusCode).toBe(200);
    expect((await b.request('GET', '/api/v1/me')).statusCode).toBe(401);
    await signIn(t, 'pat@acme.test', 'a brand new passphrase');
  });

  it('signs in once with a one-time link from the CLI path', async () => {
    const link = await t.services.auth.issueSigninLink('owner@acme.test', { actor: { kind: 'system', label: 'assay-cli' } });
    const token = new URL(link).searchParams.get('token')!;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/link', payload: { token } });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.some((c) => c.name === 'assay_session')).toBe(true);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/link', payload: { token } });
    expect(again.statusCode).toBe(410);
  });
});

describe('organizations, members and invitations', () => {
  it('invites a person who accepts, and the audit log records both', async () => {
    const inv = await owner.request('POST', '/api/v1/invitations', { email: 'newbie@acme.test', role: 'control_owner' });
    expect(inv.statusCode).toBe(201);
    const { link, emailed } = inv.json();
    expect(emailed).toBe(false);
    const token = new URL(link).searchParams.get('token')!;
    const look = await t.app.inject(`/api/v1/invitations/lookup?token=${encodeURIComponent(token)}`);
    expect(look.json()).toMatchObject({ email: 'newbie@acme.test', role: 'control_owner', orgName: 'Acme', accountExists: false });
    const acc = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, name: 'New Bie', password: 'a fresh passphrase 1' },
    });
    expect(acc.statusCode).toBe(200);
    const newbie = await signIn(t, 'newbie@acme.test', 'a fresh passphrase 1');
    const me = (await newbie.request('GET', '/api/v1/me')).json();
    expect(me.activeOrg).toMatchObject({ id: orgId, role: 'control_owner' });
    const log = (await owner.request('GET', '/api/v1/audit-log?action=invitation.')).json();
    expect(log.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['invitation.created', 'invitation.accepted']),
    );
    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, name: 'x', password: 'another password 1' },
    });
    expect(reuse.statusCode).toBe(410);
  });

  it('changes roles, keeps the last owner and records what changed', async () => {
    const members = (await owner.request('GET', '/api/v1/members')).json().items;
    const self = members.find((m: { email: string }) => m.email === 'owner@acme.test');
    const demote = await owner.request('PATCH', `/api/v1/members/${self.id}`, { role: 'admin' });
    expect(demote.statusCode).toBe(409);
    const pat = members.find((m: { email: string }) => m.email === 'pat@acme.test');
    const up = await owner.request('PATCH', `/api/v1/members/${pat.id}`, { role: 'compliance_manager' });
    expect(up.json().role).toBe('compliance_manager');
    const log = (await owner.request('GET', '/api/v1/audit-log?action=member.role_changed')).json();
    expect(log.items[0].summary).toMatchObject({ role: { from: 'employee', to: 'compliance_manager' } });
  });

  it('lists the roles with the actions each may perform', async () => {
    const roles = (await owner.request('GET', '/api/v1/roles')).json().items;
    expect(roles.map((r: { role: string }) => r.role)).toEqual([
      'owner',
      'admin',
      'compliance_manager',
      'control_owner',
      'employee',
      'auditor',
    ]);
    const auditor = roles.find((r: { role: string }) => r.role === 'auditor');
    expect(auditor.actions).toContain('audit.read');
    expect(auditor.actions).not.toContain('members.manage');
  });

  it('paginates with a cursor', async () => {
    const p1 = (await owner.request('GET', '/api/v1/members?limit=2')).json();
    expect(p1.items).toHaveLength(2);
    expect(p1.nextCursor).toBeTruthy();
    const p2 = (await owner.request('GET', `/api/v1/members?limit=2&cursor=${p1.nextCursor}`)).json();
    expect(p2.items[0].id).not.toBe(p1.items[0].id);
    expect((await owner.request('GET', '/api/v1/members?cursor=%%%')).statusCode).toBe(400);
  });

  it('lets one person belong to two organizations and switch', async () => {
    const created = await owner.request('POST', '/api/v1/orgs', { name: 'Acme Labs' });
    expect(created.statusCode).toBe(201);
    const me = (await owner.request('GET', '/api/v1/me')).json();
    expect(me.organizations).toHaveLength(2);
    expect(me.activeOrg.id).toBe(created.json().id);
    const back = await owner.request('POST', '/api/v1/session/org', { orgId });
    expect(back.statusCode).toBe(200);
    expect((await owner.request('GET', '/api/v1/org')).json().id).toBe(orgId);
    const foreign = await owner.request('POST', '/api/v1/session/org', { orgId: 'org_00000000000000000000000000' });
    expect(foreign.statusCode).toBe(404);
  });
});

describe('API tokens', () => {
  it('shows the secret once, stores only a hash, records last use and can be revoked', async () => {
    const res = await owner.request('POST', '/api/v1/tokens', { name: 'ci', role: 'auditor' });
    expect(res.statusCode).toBe(201);
    const { secret, token } = res.json();
    expect(secret).toMatch(/^assay_pat_/);
    expect(token.lastFour).toBe(secret.slice(-4));
    const row = await t.ctx.db.selectFrom('api_tokens').selectAll().where('id', '=', token.id).executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain(secret);
    const use = await t.app.inject({ url: '/api/v1/members', headers: { authorization: `Bearer ${secret}` } });
    expect(use.statusCode).toBe(200);
    const listed = (await owner.request('GET', '/api/v1/tokens')).json().items.find((x: { id: string }) => x.id === token.id);
    expect(listed.lastUsedAt).toBeTruthy();
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect((await owner.request('DELETE', `/api/v1/tokens/${token.id}`)).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/members', headers: { authorization: `Bearer ${secret}` } })).statusCode).toBe(401);
  });

  it('refuses an auditor token for writes and any token for session-only routes', async () => {
    const aud = await tokenClient(t, orgId, 'auditor');
    expect((await aud.request('PATCH', '/api/v1/org', { name: 'x y' })).statusCode).toBe(403);
    expect((await aud.request('GET', '/api/v1/me')).statusCode).toBe(403);
  });

  it('expires tokens', async () => {
    const soon = new Date(Date.now() + 1500).toISOString();
    const res = await owner.request('POST', '/api/v1/tokens', { name: 'short', role: 'employee', expiresAt: soon });
    const { secret } = res.json();
    expect((await t.app.inject({ url: '/api/v1/org', headers: { authorization: `Bearer ${secret}` } })).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 1600));
    expect((await t.app.inject({ url: '/api/v1/org', headers: { authorization: `Bearer ${secret}` } })).statusCode).toBe(401);
  });
});

describe('audit log', () => {
  it('verifies the chain and detects tampering', async () => {
    const ok = (await owner.request('GET', '/api/v1/audit-log/verify')).json();
    expect(ok.intact).toBe(true);
    expect(ok.entries).toBeGreaterThan(3);
    const victim = await t.ctx.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('seq')
      .limit(1)
      .offset(2)
      .executeTakeFirstOrThrow();
    await t.ctx.db.updateTable('audit_entries').set({ summary: '{"forged":true}' }).where('id', '=', victim.id).execute();
    const broken = (await owner.request('GET', '/api/v1/audit-log/verify')).json();
    expect(broken.intact).toBe(false);
    expect(broken.firstBroken.seq).toBe(victim.seq);
    await t.ctx.db.updateTable('audit_entries').set({ summary: victim.summary }).where('id', '=', victim.id).execute();
    expect((await owner.request('GET', '/api/v1/audit-log/verify')).json().intact).toBe(true);
  });

  it('exports the log as CSV in chain order, with the hashes and formula-looking cells made harmless', async () => {
    expect((await owner.request('PATCH', '/api/v1/org', { name: '=HYPERLINK("http://evil.test")' })).statusCode).toBe(200);
    // More entries than one export batch (500), so the export has to page through the chain.
    await t.ctx.db.transaction().execute(async (tx) => {
      const rc = { actor: { kind: 'system' as const, label: 'csv-test' }, ip: null, userAgent: null };
      for (let i = 0; i < 520; i++) {
        await appendAudit(tx, t.ctx.dialect, rc, { orgId, action: 'test.filler', targetType: 'test', targetId: `f${i}`, summary: { i } });
      }
    });
    const res = await owner.request('GET', '/api/v1/audit-log/export.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parse(res.body, { columns: true }) as Record<string, string>[];
    const stored = await t.ctx.db.selectFrom('audit_entries').selectAll().where('org_id', '=', orgId).orderBy('seq').execute();
    expect(rows.map((r) => Number(r.seq))).toEqual(stored.map((e) => e.seq));
    for (const [i, r] of rows.entries()) {
      expect(r.hash).toBe(stored[i].hash);
      expect(r.prev_hash).toBe(stored[i].prev_hash);
      if (i > 0) expect(r.prev_hash).toBe(rows[i - 1].hash);
    }
    const renamed = rows.find((r) => r.action === 'org.updated')!;
    expect(JSON.parse(renamed.summary).name.to).toBe('=HYPERLINK("http://evil.test")');
    expect(rows.every((r) => !/^[=+\-@]/.test(r.summary) && !/^[=+\-@]/.test(r.actor_label))).toBe(true);

    // The same filters as the list; another organization's entries never appear.
    const members = parse((await owner.request('GET', '/api/v1/audit-log/export.csv?action=member.')).body, {
      columns: true,
    }) as Record<string, string>[];
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((r) => r.action.startsWith('member.'))).toBe(true);
    expect(stored.every((e) => e.org_id === orgId)).toBe(true);
  });

  it('filters by actor and date', async () => {
    const res = (
      await owner.request(
        'GET',
        `/api/v1/audit-log?actor=owner@acme&from=${encodeURIComponent(new Date(Date.now() - 3600_000).toISOString())}`,
      )
    ).json();
    expect(res.items.length).toBeGreaterThan(0);
    expect(res.items.every((e: { actor: { label: string } }) => e.actor.label.includes('owner@acme'))).toBe(true);
  });
});
