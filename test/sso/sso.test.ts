import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { generateMasterKeyText } from '../../src/platform/crypto/envelope.js';
import { freshDatabaseUrl, tempDir } from '../helpers/db.js';
import { CookieJar, freePort, send, ssoSignIn } from './browser.js';
import { type IdpAccount, startIdp } from './idp.js';

const CLIENT_ID = 'assay-test';
const CLIENT_SECRET = 'idp-client-secret-3f9a7c1e';
interface MeBody {
  csrfToken: string;
  user: { id: string; email: string; name: string; hasPassword: boolean };
  activeOrg: { id: string; role: string } | null;
  session: { pinnedOrgId: string | null };
}
interface ErrorBody {
  error: { code: string; message: string };
}

const OWNER = { email: 'owner@acme.test', password: 'correct horse battery staple' };

describe('OpenID Connect single sign-on against a real OpenID Provider', () => {
  let assay: Awaited<ReturnType<typeof createServerApp>>;
  let idp: Awaited<ReturnType<typeof startIdp>>;
  let idpAccounts: Record<string, IdpAccount>;
  let base: string;
  let baseUrl: URL;
  let dropDb: () => Promise<void>;
  let dataDir: string;
  let orgSlug: string;
  let orgId: string;
  const owner = new CookieJar();
  let csrf: string;

  const api = (path: string) => new URL(path, base);
  const ownerWrite = (method: string, path: string, json: unknown) =>
    send(owner, api(path), { method, json, headers: { 'x-csrf-token': csrf } });
  const ssoBody = (over: Record<string, unknown> = {}) => ({
    enabled: true,
    issuer: idp.issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    autoJoinDomains: ['Acme.test'],
    autoJoinRole: 'control_owner',
    ...over,
  });
  const me = async (jar: CookieJar) => {
    const res = await send(jar, api('/api/v1/me'));
    return { status: res.status, body: (await res.json()) as MeBody };
  };
  const auditOf = (action: string) =>
    assay.ctx.db.selectFrom('audit_entries').selectAll().where('org_id', '=', orgId).where('action', '=', action).orderBy('seq').execute();

  beforeAll(async () => {
    const [idpPort, assayPort] = [await freePort(), await freePort()];
    base = `http://127.0.0.1:${assayPort}`;
    baseUrl = new URL(base);
    idpAccounts = {
      'owner-at-idp': { email: 'Owner@acme.test', emailVerified: true, name: 'Olivia Owner' },
      'new-hire': { email: 'new.hire@acme.test', emailVerified: true, name: 'Nina Newhire' },
      outsider: { email: 'eve@elsewhere.test', emailVerified: true, name: 'Eve Outsider' },
      unverified: { email: 'sam@acme.test', emailVerified: false, name: 'Sam Unverified' },
      'entra-edov': { email: 'erin@acme.test', xmsEdov: true, name: 'Erin Entra' },
      'entra-no-edov': { email: 'ed@acme.test', xmsEdov: false, name: 'Ed Entra' },
      'entra-silent': { email: 'sid@acme.test', name: 'Sid Silent' },
      'says-no-despite-edov': { email: 'nora@acme.test', emailVerified: false, xmsEdov: true, name: 'Nora No' },
      'member-of-two': { email: 'both@acme.test', emailVerified: true, name: 'Bo Both' },
      'member-elsewhere': { email: 'elsewhere@acme.test', emailVerified: true, name: 'El Elsewhere' },
      'rita-at-idp': { email: 'rita@acme.test', emailVerified: true, name: 'Rita Renamed' },
      'new-holder-of-ritas-address': { email: 'rita@acme.test', emailVerified: true, name: 'Someone Else' },
    };
    idp = await startIdp({
      port: idpPort,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri: `${base}/api/v1/auth/sso/callback`,
      accounts: idpAccounts,
    });
    const db = await freshDatabaseUrl();
    dropDb = db.drop;
    dataDir = tempDir('assay-sso-');
    const config = loadConfig({
      ASSAY_DATA_DIR: dataDir,
      PORT: String(assayPort),
      DATABASE_URL: db.url,
      ASSAY_MASTER_KEY: generateMasterKeyText(),
      ASSAY_PUBLIC_URL: base,
      ASSAY_JOBS: 'off',
      ASSAY_LOG_LEVEL: 'silent',
    });
    assay = await createServerApp(config);
    await assay.app.listen({ port: assayPort, host: '127.0.0.1' });
    const setup = await assay.services.setup.completeFromCli({ orgName: 'Acme Corp', name: 'Olivia Owner', ...OWNER });
    orgSlug = setup.org.slug;
    orgId = setup.org.id;

    const signin = await send(owner, api('/api/v1/auth/signin'), { json: OWNER });
    expect(signin.status).toBe(200);
    const m = await me(owner);
    csrf = m.body.csrfToken;
  });

  afterAll(async () => {
    await assay?.close();
    await idp?.close();
    await dropDb?.();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports an unconfigured organization with the redirect URI to register', async () => {
    const res = await send(owner, api('/api/v1/sso'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      enabled: false,
      issuer: '',
      clientId: '',
      hasClientSecret: false,
      autoJoinDomains: [],
      autoJoinRole: 'employee',
      redirectUri: `${base}/api/v1/auth/sso/callback`,
    });
  });

  it('documents the SSO routes in the OpenAPI document', async () => {
    const res = await send(new CookieJar(), api('/api/openapi.json'));
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/sso', '/api/v1/auth/sso/start', '/api/v1/auth/sso/callback']));
  });

  it('rejects an owner auto-join role, a plain-http remote issuer and a malformed domain', async () => {
    for (const over of [{ autoJoinRole: 'owner' }, { issuer: 'http://idp.example.com' }, { autoJoinDomains: ['not a domain'] }]) {
      const res = await ownerWrite('PUT', '/api/v1/sso', ssoBody(over));
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.code).toBe('validation_failed');
    }
  });

  it('refuses to enable SSO when discovery of the issuer fails, with a clear 400', async () => {
    const dead = await freePort();
    const res = await ownerWrite('PUT', '/api/v1/sso', ssoBody({ issuer: `http://127.0.0.1:${dead}` }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toContain('discovery');
    expect(await assay.ctx.db.selectFrom('sso_configs').selectAll().execute()).toHaveLength(0);
  });

  it('stores the configuration with the client secret encrypted and never returns it', async () => {
    const res = await ownerWrite('PUT', '/api/v1/sso', ssoBody());
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toContain(CLIENT_SECRET);
    expect(JSON.parse(text)).toMatchObject({ enabled: true, issuer: idp.issuer, hasClientSecret: true, autoJoinDomains: ['acme.test'] });

    const read = await send(owner, api('/api/v1/sso'));
    const readText = await read.text();
    expect(readText).not.toContain(CLIENT_SECRET);
    expect(JSON.parse(readText)).toEqual({
      enabled: true,
      issuer: idp.issuer,
      clientId: CLIENT_ID,
      hasClientSecret: true,
      autoJoinDomains: ['acme.test'],
      autoJoinRole: 'control_owner',
      redirectUri: `${base}/api/v1/auth/sso/callback`,
    });

    const row = await assay.ctx.db.selectFrom('sso_configs').selectAll().where('org_id', '=', orgId).executeTakeFirstOrThrow();
    expect(row.client_secret_enc).toBeTruthy();
    expect(row.client_secret_enc).not.toContain(CLIENT_SECRET);
    expect(row.client_secret_enc!.startsWith('v1:')).toBe(true);
    expect(await assay.ctx.secrets.decrypt(assay.ctx.db, orgId, row.client_secret_enc!)).toBe(CLIENT_SECRET);

    const [entry] = await auditOf('sso.configured');
    expect(JSON.parse(entry.summary)).toMatchObject({
      clientSecret: 'changed',
      enabled: { from: null, to: true },
      issuer: { to: idp.issuer },
    });
    const everything = await assay.ctx.db.selectFrom('audit_entries').select('summary').execute();
    expect(everything.some((e) => e.summary.includes(CLIENT_SECRET))).toBe(false);
  });

  it('signs an existing member in', async () => {
    const jar = new CookieJar();
    const r = await ssoSignIn(jar, base, orgSlug, 'owner-at-idp');
    expect(r.location).toBe('/');
    expect(jar.get(baseUrl, 'assay_session')).toBeTruthy();
    const m = await me(jar);
    expect(m.status).toBe(200);
    expect(m.body.user.email).toBe('owner@acme.test');
    expect(m.body.activeOrg).toMatchObject({ id: orgId, role: 'owner' });
    const signins = await auditOf('session.signin');
    expect(signins.some((e) => JSON.parse(e.summary).method === 'sso')).toBe(true);
  });

  it('lets a stranger from an auto-join domain join with the configured role', async () => {
    const jar = new CookieJar();
    const r = await ssoSignIn(jar, base, orgSlug, 'new-hire');
    expect(r.location).toBe('/');
    const m = await me(jar);
    expect(m.body.user).toMatchObject({ email: 'new.hire@acme.test', name: 'Nina Newhire', hasPassword: false });
    expect(m.body.activeOrg).toMatchObject({ id: orgId, role: 'control_owner' });
    const [joined] = await auditOf('member.joined_via_sso');
    expect(JSON.parse(joined.summary)).toEqual({
      email: 'new.hire@acme.test',
      role: 'control_owner',
      domain: 'acme.test',
      createdAccount: true,
    });

    // A control owner may not see the SSO configuration.
    const denied = await send(jar, api('/api/v1/sso'));
    expect(denied.status).toBe(403);
  });

  it('refuses a stranger from another domain', async () => {
    const jar = new CookieJar();
    const r = await ssoSignIn(jar, base, orgSlug, 'outsider');
    expect(r.location).toMatch(/^\/signin\?error=/);
    expect(new URLSearchParams(r.location.split('?')[1]).get('error')).toContain('is not a member of Acme Corp');
    expect(jar.get(baseUrl, 'assay_session')).toBeUndefined();
    expect(await assay.ctx.db.selectFrom('users').selectAll().where('email', '=', 'eve@elsewhere.test').executeTakeFirst()).toBeUndefined();
  });

  it('refuses an email the provider has not verified, even in an auto-join domain', async () => {
    const jar = new CookieJar();
    const r = await ssoSignIn(jar, base, orgSlug, 'unverified');
    expect(new URLSearchParams(r.location.split('?')[1]).get('error')).toContain('has not verified the email address sam@acme.test');
    expect(jar.get(baseUrl, 'assay_session')).toBeUndefined();
    expect(await assay.ctx.db.selectFrom('users').selectAll().where('email', '=', 'sam@acme.test').executeTakeFirst()).toBeUndefined();
  });

  it('follows a person by their subject at the provider, not by an address that can change hands', async () => {
    const first = new CookieJar();
    expect((await ssoSignIn(first, base, orgSlug, 'rita-at-idp')).location).toBe('/');
    const rita = (await me(first)).body.user;
    const [link] = await assay.ctx.db.selectFrom('sso_identities').selectAll().where('subject', '=', 'rita-at-idp').execute();
    expect(link).toMatchObject({ org_id: orgId, issuer: idp.issuer, user_id: rita.id, email: 'rita@acme.test' });

    // The provider renames her address: the same account signs in, and the link remembers the new address.
    idpAccounts['rita-at-idp'].email = 'rita.renamed@acme.test';
    const renamed = new CookieJar();
    expect((await ssoSignIn(renamed, base, orgSlug, 'rita-at-idp')).location).toBe('/');
    expect((await me(renamed)).body.user.id).toBe(rita.id);
    expect(await assay.ctx.db.selectFrom('users').select('id').where('email', '=', 'rita.renamed@acme.test').execute()).toEqual([]);
    const [seen] = await assay.ctx.db.selectFrom('sso_identities').select('email').where('subject', '=', 'rita-at-idp').execute();
    expect(seen.email).toBe('rita.renamed@acme.test');

    // Someone else now holds her old address at the provider: not her account.
    const other = new CookieJar();
    const r = await ssoSignIn(other, base, orgSlug, 'new-holder-of-ritas-address');
    expect(new URLSearchParams(r.location.split('?')[1]).get('error')).toContain('linked to another person at your identity provider');
    expect(other.get(baseUrl, 'assay_session')).toBeUndefined();
  });

  it("accepts Entra ID's xms_edov claim in place of a missing email_verified, and nothing weaker", async () => {
    const signedIn = new CookieJar();
    expect((await ssoSignIn(signedIn, base, orgSlug, 'entra-edov')).location).toBe('/');
    expect((await me(signedIn)).body.user.email).toBe('erin@acme.test');
    for (const [login, email] of [
      ['entra-no-edov', 'ed@acme.test'],
      ['entra-silent', 'sid@acme.test'],
      ['says-no-despite-edov', 'nora@acme.test'],
    ]) {
      const jar = new CookieJar();
      const r = await ssoSignIn(jar, base, orgSlug, login);
      expect(new URLSearchParams(r.location.split('?')[1]).get('error'), login).toContain(`has not verified the email address ${email}`);
      expect(jar.get(baseUrl, 'assay_session')).toBeUndefined();
    }
  });

  it('refuses a replayed callback: each state works once', async () => {
    const jar = new CookieJar();
    const first = await ssoSignIn(jar, base, orgSlug, 'owner-at-idp');
    expect(first.location).toBe('/');
    const callback = new URL(first.callbackUrl!);

    // Replay from a browser that still holds the matching state cookie.
    const attacker = new CookieJar();
    attacker.set(baseUrl, 'assay_sso_state', callback.searchParams.get('state')!);
    const replay = await send(attacker, callback);
    expect(replay.status).toBe(302);
    const location = replay.headers.get('location')!;
    expect(location).toMatch(/^\/signin\?error=/);
    expect(new URLSearchParams(location.split('?')[1]).get('error')).toContain('already used');
    expect(attacker.get(baseUrl, 'assay_session')).toBeUndefined();
  });

  it('refuses a callback delivered to a browser that did not start the sign-in', async () => {
    const victim = new CookieJar();
    const r = await ssoSignIn(new CookieJar(), base, orgSlug, 'outsider', { stopAtCallback: true });
    // The stopped flow kept its own state cookie; a different browser gets the callback URL.
    const res = await send(victim, new URL(r.callbackUrl!));
    expect(res.status).toBe(302);
    expect(new URLSearchParams(res.headers.get('location')!.split('?')[1]).get('error')).toContain('another browser');
    expect(victim.get(baseUrl, 'assay_session')).toBeUndefined();
  });

  it("pins an SSO session to its organization, so its IdP never opens the person's other organizations", async () => {
    const { auth, orgs } = assay.services;
    let otherId = '';
    await assay.ctx.db.transaction().execute(async (tx) => {
      const other = await orgs.insertOrg(tx, 'Other Co');
      otherId = other.id;
      const both = await auth.createUser(tx, { email: 'both@acme.test', name: 'Bo Both', password: null });
      await orgs.addMember(tx, other.id, both.id, 'owner');
      await orgs.addMember(tx, orgId, both.id, 'employee');
    });
    const jar = new CookieJar();
    expect((await ssoSignIn(jar, base, orgSlug, 'member-of-two')).location).toBe('/');
    const m = await me(jar);
    expect(m.body.activeOrg?.id).toBe(orgId);
    expect(m.body.session.pinnedOrgId).toBe(orgId);
    const write = (method: string, path: string, json: unknown) =>
      send(jar, api(path), { method, json, headers: { 'x-csrf-token': m.body.csrfToken } });

    // Its own organization works; another one, a new one, or a first password are refused and change nothing.
    expect((await send(jar, api('/api/v1/org'))).status).toBe(200);
    const hop = await write('POST', '/api/v1/session/org', { orgId: otherId });
    expect(hop.status).toBe(403);
    expect(((await hop.json()) as ErrorBody).error.message).toContain('single sign-on');
    expect((await write('POST', '/api/v1/orgs', { name: 'Made By The IdP' })).status).toBe(403);
    expect((await write('POST', '/api/v1/auth/password', { currentPassword: '', newPassword: 'a fresh long passphrase 42' })).status).toBe(
      403,
    );
    const after = await me(jar);
    expect(after.body.activeOrg?.id).toBe(orgId);
    expect(after.body.user.hasPassword).toBe(false);
    // The session does not even learn which other organizations the person belongs to.
    expect((after.body as unknown as { organizations: { id: string }[] }).organizations.map((o) => o.id)).toEqual([orgId]);
    const [signin] = (await auditOf('session.signin')).filter((e) => e.target_id === after.body.user.id);
    expect(JSON.parse(signin.summary)).toEqual({ method: 'sso', pinnedTo: orgId });

    // An invitation to a third organization cannot be accepted from here (the session could not open it).
    const [thirdId, bossId] = await assay.ctx.db.transaction().execute(async (tx) => {
      const third = await orgs.insertOrg(tx, 'Third Co');
      const boss = await auth.createUser(tx, { email: 'boss@third.test', name: 'Tia Third', password: null });
      await orgs.addMember(tx, third.id, boss.id, 'owner');
      return [third.id, boss.id];
    });
    const invited = await orgs.invite(
      {
        actor: { kind: 'user', userId: bossId, orgId: thirdId, role: 'owner', label: 'boss@third.test', sessionId: '' },
        ip: null,
        userAgent: null,
      },
      { email: 'both@acme.test', role: 'employee' },
    );
    const accept = await write('POST', '/api/v1/invitations/accept', { token: new URL(invited.link!).searchParams.get('token') });
    expect(accept.status).toBe(403);
    expect(
      await assay.ctx.db
        .selectFrom('memberships')
        .select('id')
        .where('org_id', '=', thirdId)
        .where('user_id', '=', after.body.user.id)
        .execute(),
    ).toEqual([]);

    // Auto-join does not pull in an account that already belongs to another organization: nothing proves that
    // this organization owns the domains it lists.
    await assay.ctx.db.transaction().execute(async (tx) => {
      const elsewhere = await auth.createUser(tx, { email: 'elsewhere@acme.test', name: 'El Elsewhere', password: null });
      await orgs.addMember(tx, otherId, elsewhere.id, 'owner');
    });
    const outsiderJar = new CookieJar();
    const refused = await ssoSignIn(outsiderJar, base, orgSlug, 'member-elsewhere');
    expect(new URLSearchParams(refused.location.split('?')[1]).get('error')).toContain('already uses Assay in another organization');
    expect(outsiderJar.get(baseUrl, 'assay_session')).toBeUndefined();

    // The same person signing in with a one-time link is not pinned and can open the other organization.
    const link = await auth.issueSigninLink('both@acme.test', { actor: { kind: 'system', label: 'sso-test' }, ip: null, userAgent: null });
    const free = new CookieJar();
    expect((await send(free, api('/api/v1/auth/link'), { json: { token: new URL(link).searchParams.get('token') } })).status).toBe(200);
    const fm = await me(free);
    expect(fm.body.session.pinnedOrgId).toBeNull();
    const switched = await send(free, api('/api/v1/session/org'), {
      method: 'POST',
      json: { orgId: otherId },
      headers: { 'x-csrf-token': fm.body.csrfToken },
    });
    expect(switched.status).toBe(200);

    // Removing the person from the organization ends the sessions pinned to it.
    const membership = await assay.ctx.db
      .selectFrom('memberships')
      .select('id')
      .where('org_id', '=', orgId)
      .where('user_id', '=', after.body.user.id)
      .executeTakeFirstOrThrow();
    expect((await ownerWrite('DELETE', `/api/v1/members/${membership.id}`, undefined)).status).toBe(200);
    expect((await me(jar)).status).toBe(401);
    expect((await me(free)).status).toBe(200);
  });

  it('redirects to the sign-in page for an unknown organization or disabled SSO', async () => {
    const unknown = await send(new CookieJar(), api('/api/v1/auth/sso/start?org=no-such-org'));
    expect(unknown.status).toBe(302);
    expect(unknown.headers.get('location')).toMatch(/^\/signin\?error=/);

    const viaSso = new CookieJar();
    expect((await ssoSignIn(viaSso, base, orgSlug, 'entra-edov')).location).toBe('/');
    const off = await ownerWrite('PUT', '/api/v1/sso', ssoBody({ enabled: false, clientSecret: undefined }));
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ enabled: false, hasClientSecret: true });
    const [, updated] = await auditOf('sso.configured');
    // Turning SSO off ends the sessions it opened; the owner's password session goes on.
    expect(JSON.parse(updated.summary)).toEqual({ enabled: { from: true, to: false }, ssoSessionsEnded: expect.any(Number) });
    expect(JSON.parse(updated.summary).ssoSessionsEnded).toBeGreaterThanOrEqual(1);
    expect((await me(viaSso)).status).toBe(401);
    expect((await me(owner)).status).toBe(200);

    const disabled = await send(new CookieJar(), api(`/api/v1/auth/sso/start?org=${orgSlug}`));
    expect(disabled.status).toBe(302);
    expect(new URLSearchParams(disabled.headers.get('location')!.split('?')[1]).get('error')).toBe(
      'Single sign-on is not available for this organization',
    );
  });
});
