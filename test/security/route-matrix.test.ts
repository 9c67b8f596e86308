import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPolicies, ROLES, type Role } from '../../src/platform/authz/index.js';
import type { RouteEntry } from '../../src/platform/http/auth-hook.js';
import { buildFixture, type Fixture } from './fixtures.js';
import { routeCases } from './route-expectations.js';

let fx: Fixture;
let routes: RouteEntry[];

beforeAll(async () => {
  fx = await buildFixture();
  routes = fx.t.app.routeTable.filter((r) => r.url !== '/api/docs' && !r.url.startsWith('/api/docs/'));
}, 120_000);
afterAll(() => fx?.t.cleanup());

const key = (r: RouteEntry) => `${r.method} ${r.url}`;

function allowed(r: RouteEntry, role: Role): boolean {
  if (!r.access.action) return true;
  const roles = allPolicies()[r.access.action];
  if (!roles) throw new Error(`${key(r)} names unknown action ${r.access.action}`);
  return roles.includes(role);
}

async function send(method: string, url: string, body: unknown, headers: Record<string, string>) {
  return fx.t.app.inject({ method: method as never, url, headers, ...(body !== undefined ? { payload: body as never } : {}) });
}

describe('route table', () => {
  it('has an expectation for every route and no stale ones', () => {
    const registered = routes.map(key).sort();
    expect(registered.filter((k) => !routeCases[k])).toEqual([]);
    expect(Object.keys(routeCases).filter((k) => !registered.includes(k))).toEqual([]);
  });
});

describe('every route × every role × own and foreign organization', () => {
  it('anonymous callers get 401 on protected routes and the documented status on public ones', async () => {
    for (const r of routes) {
      const c = routeCases[key(r)];
      const req = c.denied ? c.denied(fx) : await c.own(fx, { role: 'owner' });
      const res = await send(r.method, req.url, req.body, {});
      if (r.access.auth === 'public') expect(c.publicStatuses, key(r)).toContain(res.statusCode);
      else expect(res.statusCode, key(r)).toBe(401);
    }
  });

  it('signed-in people get what their role allows', async () => {
    const failures: string[] = [];
    for (const r of routes.filter((x) => x.access.auth !== 'public')) {
      const c = routeCases[key(r)];
      for (const role of ROLES) {
        const client = c.isolate ? await fx.freshSession(role) : fx.sessions[role];
        const expectOk = allowed(r, role);
        const req = !expectOk && c.denied ? c.denied(fx) : await c.own(fx, { role, userId: client.userId });
        const res = await send(r.method, req.url, req.body, { cookie: client.cookie, 'x-csrf-token': client.csrf });
        const ok = res.statusCode < 400;
        if (res.statusCode >= 500 || ok !== expectOk || (!expectOk && res.statusCode !== 403)) {
          failures.push(`${key(r)} as ${role}: ${res.statusCode} ${res.body.slice(0, 120)} (expected ${expectOk ? 'success' : '403'})`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('API tokens get what their role allows and are refused on session-only routes', async () => {
    const failures: string[] = [];
    for (const r of routes.filter((x) => x.access.auth !== 'public')) {
      const c = routeCases[key(r)];
      for (const role of ROLES) {
        const expectOk = r.access.auth === 'org' && !r.access.sessionOnly && allowed(r, role) && !c.tokenDenied?.includes(role);
        const req = !expectOk && c.denied ? c.denied(fx) : await c.own(fx, { role });
        const res = await send(r.method, req.url, req.body, { authorization: `Bearer ${fx.tokens[role].secret}` });
        if (res.statusCode >= 500 || res.statusCode < 400 !== expectOk || (!expectOk && res.statusCode !== 403)) {
          failures.push(
            `${key(r)} with ${role} token: ${res.statusCode} ${res.body.slice(0, 120)} (expected ${expectOk ? 'success' : '403'})`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("a foreign organization's ids answer 404, exactly like missing ones", async () => {
    const failures: string[] = [];
    const withForeign = routes.filter((r) => routeCases[key(r)].foreign);
    expect(withForeign.length).toBeGreaterThanOrEqual(5);
    for (const r of withForeign) {
      const c = routeCases[key(r)];
      for (const role of ROLES) {
        if (!allowed(r, role)) continue;
        const client = fx.sessions[role];
        const req = c.foreign!(fx);
        const res = await send(r.method, req.url, req.body, { cookie: client.cookie, 'x-csrf-token': client.csrf });
        const missing = await send(
          r.method,
          req.url.replace(/[a-z]{3}_[0-9a-z]{26}/, (m) => `${m.slice(0, 4)}${'0'.repeat(26)}`),
          req.body,
          {
            cookie: client.cookie,
            'x-csrf-token': client.csrf,
          },
        );
        if (res.statusCode !== 404 || res.body !== missing.body.replace(/0{26}/, '')) {
          if (res.statusCode !== 404 || JSON.parse(res.body).error.message !== JSON.parse(missing.body).error.message) {
            failures.push(`${key(r)} as ${role}: foreign ${res.statusCode} ${res.body.slice(0, 100)} vs missing ${missing.statusCode}`);
          }
        }
      }
      if (r.access.auth === 'org' && !r.access.sessionOnly) {
        const req = c.foreign!(fx);
        const res = await send(r.method, req.url, req.body, { authorization: `Bearer ${fx.tokens.owner.secret}` });
        if (res.statusCode !== 404) failures.push(`${key(r)} with owner token: foreign ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
    // The foreign resources are untouched.
    const fm = await fx.t.ctx.db.selectFrom('memberships').selectAll().where('id', '=', fx.foreign.memberId).executeTakeFirst();
    expect(fm?.role).toBe('employee');
    const ft = await fx.t.ctx.db.selectFrom('api_tokens').selectAll().where('id', '=', fx.foreign.tokenId).executeTakeFirst();
    expect(ft?.revoked_at).toBeNull();
  }, 120_000);
});
