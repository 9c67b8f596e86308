import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setupOrg, type TestApp } from '../helpers/app.js';
import { freePort } from '../helpers/proc.js';

describe('invitations by email through a real SMTP peer', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: { to: string[]; data: string }[] = [];

  beforeAll(async () => {
    const port = await freePort();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let data = '';
        stream.on('data', (c: Buffer) => {
          data += c.toString();
        });
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          done();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(port, '127.0.0.1', r));
    t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_FROM: 'Assay <assay@acme.test>' } });
  });
  afterAll(async () => {
    await t?.cleanup();
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  it('emails the invitation link instead of showing it, and the emailed link works', async () => {
    const { owner } = await setupOrg(t);
    const res = await owner.request('POST', '/api/v1/invitations', { email: 'mailed@acme.test', role: 'auditor' });
    expect(res.statusCode).toBe(201);
    expect(res.json().emailed).toBe(true);
    expect(res.json().link).toBeUndefined();
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(['mailed@acme.test']);
    // Undo quoted-printable: soft line breaks and =XX escapes.
    const body = received[0].data
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    const link = body.match(/http:\/\/localhost:\d+\/invite\?token=[A-Za-z0-9_%-]+/)?.[0];
    expect(link).toBeTruthy();
    const token = decodeURIComponent(new URL(link!).searchParams.get('token')!);
    const acc = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, name: 'Mailed', password: 'a brand new passphrase' },
    });
    expect(acc.statusCode).toBe(200);
  });
});

describe('limits, expiry, headers and readiness', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: { ASSAY_AUTH_RATE_LIMIT: '5', ASSAY_PUBLIC_URL: 'https://assay.acme.test', ASSAY_SESSION_IDLE_MINUTES: '30' },
    });
  });
  afterAll(() => t?.cleanup());

  it('sends HSTS when served over https', async () => {
    const r = await t.app.inject('/healthz');
    expect(r.headers['strict-transport-security']).toContain('max-age=');
  });

  it('ends sessions that sat idle too long', async () => {
    const { owner } = await setupOrg(t, 'Idle Co', 'idle@acme.test');
    expect((await owner.request('GET', '/api/v1/me')).statusCode).toBe(200);
    const old = new Date(Date.now() - 31 * 60_000).toISOString();
    await t.ctx.db.updateTable('sessions').set({ last_seen_at: old }).execute();
    expect((await owner.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('reports not ready while a migration is pending', async () => {
    expect((await t.app.inject('/readyz')).statusCode).toBe(200);
    const rows = await t.ctx.db
      .selectFrom('kysely_migration' as never)
      .selectAll()
      .execute();
    await t.ctx.db.deleteFrom('kysely_migration' as never).execute();
    const r = await t.app.inject('/readyz');
    expect(r.statusCode).toBe(503);
    expect(r.json().reason).toContain('0001_foundation');
    await t.ctx.db
      .insertInto('kysely_migration' as never)
      .values(rows as never)
      .execute();
    expect((await t.app.inject('/readyz')).statusCode).toBe(200);
  });

  it('rate-limits sign-in attempts per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: `x${i}@nowhere.test`, password: 'whatever it is' },
      });
      statuses.push(r.statusCode);
    }
    // Earlier tests in this file signed in once from the same client, so the limit may be reached earlier.
    const first = statuses.indexOf(429);
    expect(first).toBeGreaterThanOrEqual(3);
    expect(first).toBeLessThanOrEqual(5);
    expect(statuses.slice(0, first).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(first).every((s) => s === 429)).toBe(true);
  });
});
