import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFromCookie, createTestApp, PASSWORD, TEST_MASTER_KEY, type TestApp } from '../helpers/app.js';

let t: TestApp;
let logText = '';
const bodies: { label: string; text: string }[] = [];

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => {
    logText += c.toString('utf8');
  });
  t = await createTestApp({ logStream: stream });
});
afterAll(() => t?.cleanup());

describe('secrets never leave through the API or the logs', () => {
  it('keeps hashes, keys, tokens and encrypted secrets out of every response and log line', async () => {
    const record = <R extends { body: string }>(label: string, res: R): R => {
      bodies.push({ label, text: res.body });
      return res;
    };
    const link = await t.services.setup.issueLink();
    const setupToken = new URL(link!).searchParams.get('token')!;
    const setup = record(
      'setup',
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: { token: setupToken, orgName: 'Leak Test', name: 'Lee', email: 'lee@leak.test', password: PASSWORD },
      }),
    );
    expect(setup.statusCode).toBe(201);
    const signin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      payload: { email: 'lee@leak.test', password: PASSWORD },
    });
    record('signin', signin);
    const sessionCookie = signin.cookies.find((c) => c.name === 'assay_session')!.value;
    const c = await clientFromCookie(t, `assay_session=${sessionCookie}`);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signin',
      payload: { email: 'lee@leak.test', password: 'a wrong password typed' },
    });

    const tokenRes = await c.request('POST', '/api/v1/tokens', { name: 'ci', role: 'admin' });
    const tokenSecret = tokenRes.json().secret as string;
    const ssoSecret = 'sso-client-secret-value-0123456789';
    const ssoPut = await c.request('PUT', '/api/v1/sso', {
      enabled: false,
      issuer: 'https://idp.leak.test',
      clientId: 'assay',
      clientSecret: ssoSecret,
      autoJoinDomains: ['leak.test'],
      autoJoinRole: 'employee',
    });
    expect(ssoPut.statusCode).toBe(200);
    record('sso put', ssoPut);
    const invite = record('invite', await c.request('POST', '/api/v1/invitations', { email: 'new@leak.test', role: 'employee' }));
    const inviteToken = new URL(invite.json().link).searchParams.get('token')!;
    record('lookup', await t.app.inject(`/api/v1/invitations/lookup?token=${encodeURIComponent(inviteToken)}`));
    record(
      'accept',
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/invitations/accept',
        payload: { token: inviteToken, name: 'New', password: 'new persons password' },
      }),
    );
    record('pw', await c.request('POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'the second passphrase' }));
    for (const url of [
      '/api/v1/me',
      '/api/v1/org',
      '/api/v1/members',
      '/api/v1/invitations',
      '/api/v1/tokens',
      '/api/v1/audit-log?limit=200',
      '/api/v1/sso',
      '/api/v1/jobs',
      '/api/openapi.json',
    ]) {
      const res = await c.request('GET', url);
      expect(res.statusCode, url).toBe(200);
      record(url, res);
    }
    record('with token', await t.app.inject({ url: '/api/v1/members', headers: { authorization: `Bearer ${tokenSecret}` } }));

    const db = t.ctx.db;
    const forbidden: { what: string; value: string }[] = [];
    for (const u of await db.selectFrom('users').select('password_hash').execute())
      if (u.password_hash) forbidden.push({ what: 'password hash', value: u.password_hash });
    for (const k of await db.selectFrom('api_tokens').select('token_hash').execute())
      forbidden.push({ what: 'token hash', value: k.token_hash });
    for (const s of await db.selectFrom('sessions').select('token_hash').execute())
      forbidden.push({ what: 'session hash', value: s.token_hash });
    for (const l of await db.selectFrom('one_time_links').select('token_hash').execute())
      forbidden.push({ what: 'link hash', value: l.token_hash });
    for (const i of await db.selectFrom('invitations').select('token_hash').execute())
      forbidden.push({ what: 'invitation hash', value: i.token_hash });
    for (const d of await db.selectFrom('data_keys').select('wrapped_key').execute())
      forbidden.push({ what: 'wrapped data key', value: d.wrapped_key });
    const sso = await db.selectFrom('sso_configs').select('client_secret_enc').executeTakeFirstOrThrow();
    expect(sso.client_secret_enc).toBeTruthy();
    expect(sso.client_secret_enc).not.toContain(ssoSecret);
    forbidden.push({ what: 'encrypted sso secret', value: sso.client_secret_enc! });
    forbidden.push({ what: 'sso client secret', value: ssoSecret });
    forbidden.push({ what: 'master key', value: TEST_MASTER_KEY });
    forbidden.push({ what: 'passwords', value: PASSWORD });
    forbidden.push({ what: 'passwords', value: 'the second passphrase' });
    forbidden.push({ what: 'passwords', value: 'a wrong password typed' });

    const leaks: string[] = [];
    for (const b of bodies) for (const f of forbidden) if (b.text.includes(f.value)) leaks.push(`${f.what} in response ${b.label}`);
    for (const f of forbidden) if (logText.includes(f.value)) leaks.push(`${f.what} in logs`);
    // Session cookies and API token secrets are shown to their owner once (Set-Cookie, the create response), never logged.
    for (const v of [sessionCookie, tokenSecret, setupToken, inviteToken])
      if (logText.includes(v)) leaks.push(`credential ${v.slice(0, 10)}… in logs`);
    for (const b of bodies) if (b.text.includes(tokenSecret)) leaks.push(`token secret in response ${b.label}`);
    expect(logText.length).toBeGreaterThan(1000);
    expect(leaks).toEqual([]);
  });
});
