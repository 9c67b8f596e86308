import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, type Client, createTestApp, PASSWORD, setupOrg, signIn, type TestApp } from '../helpers/app.js';

let t: TestApp;
let owner: Client;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ owner, orgId } = await setupOrg(t));
});
afterAll(() => t?.cleanup());

const progress = async (c: Client) => {
  const r = await c.request('GET', '/api/v1/org/progress');
  expect(r.statusCode).toBe(200);
  return r.json();
};

describe('setup progress on the overview', () => {
  it('starts empty and follows scope, adoption, owners, invitations, SSO and tokens', async () => {
    expect(await progress(owner)).toEqual({
      scope: { saved: false },
      controls: { active: 0, withoutOwner: 0 },
      team: { members: 1, pendingInvitations: 0 },
      sso: { enabled: false },
      tokens: { active: 0 },
    });

    const profile = { legalName: 'Acme Inc.', website: 'https://acme.test', industry: 'SaaS', headcount: '40', categories: ['security'] };
    expect((await owner.request('PUT', '/api/v1/scope/profile', profile)).statusCode).toBe(200);
    expect((await owner.request('POST', '/api/v1/controls/adopt', {})).statusCode).toBe(200);
    const [first] = (await owner.request('GET', '/api/v1/controls')).json().items;
    expect((await owner.request('PATCH', `/api/v1/controls/${first.id}`, { ownerId: owner.userId })).statusCode).toBe(200);
    expect((await owner.request('POST', '/api/v1/invitations', { email: 'new@acme.test', role: 'employee' })).statusCode).toBe(201);
    expect((await owner.request('POST', '/api/v1/tokens', { name: 'ci', role: 'employee' })).statusCode).toBe(201);

    const after = await progress(owner);
    expect(after.scope).toEqual({ saved: true });
    expect(after.controls.active).toBeGreaterThan(100);
    expect(after.controls.withoutOwner).toBe(after.controls.active - 1);
    expect(after.team).toEqual({ members: 1, pendingInvitations: 1 });
    expect(after.tokens).toEqual({ active: 1 });
  });

  it('leaves out what the caller may not read', async () => {
    await addMember(t, orgId, 'emma@acme.test', 'employee');
    const emma = await signIn(t, 'emma@acme.test', PASSWORD);
    const seen = await progress(emma);
    expect(seen.sso).toBeNull();
    expect(seen.tokens).toBeNull();
    expect(seen.team).toEqual({ members: 2, pendingInvitations: null });
    expect(seen.scope).toEqual({ saved: true });
  });
});
