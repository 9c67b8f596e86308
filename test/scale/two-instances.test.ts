import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl, tempDir, testPgUrl } from '../helpers/db.js';
import { HttpClient, runCli, type ServerProc, startServer } from '../helpers/proc.js';

const KEY = Buffer.alloc(32, 9).toString('base64');
const PASSWORD = 'correct horse battery staple';
const servers: ServerProc[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const c of cleanups.reverse()) await c();
});

// Scale-out mode: several instances on one PostgreSQL. Runs when TEST_DATABASE_URL is set (CI sets it).
describe.skipIf(!testPgUrl)('two server processes on one PostgreSQL', () => {
  it('see each other’s changes and keep one intact audit chain under concurrent writes', async () => {
    const pg = await freshDatabaseUrl();
    const dirA = tempDir('assay-a-');
    const dirB = tempDir('assay-b-');
    cleanups.push(
      () => pg.drop(),
      () => fs.rmSync(dirA, { recursive: true, force: true }),
      () => fs.rmSync(dirB, { recursive: true, force: true }),
    );
    const common = { DATABASE_URL: pg.url, ASSAY_MASTER_KEY: KEY, ASSAY_AUTH_RATE_LIMIT: '1000' };
    const setup = runCli(['setup', '--org', 'Scale Co', '--email', 'owner@scale.test', '--password', PASSWORD], {
      ...common,
      ASSAY_DATA_DIR: dirA,
    });
    expect(setup.code, setup.stderr).toBe(0);
    const orgId = setup.stdout;

    const [a, b] = await Promise.all([startServer({ ...common, ASSAY_DATA_DIR: dirA }), startServer({ ...common, ASSAY_DATA_DIR: dirB })]);
    servers.push(a, b);
    const ca = new HttpClient(a.url);
    await ca.signIn('owner@scale.test', PASSWORD);
    // The same session works on the other instance: sessions live in the shared database.
    const cb = new HttpClient(b.url);
    cb.cookie = ca.cookie;
    cb.csrf = ca.csrf;

    const inv = await ca.call('POST', '/api/v1/invitations', { email: 'first@scale.test', role: 'employee' });
    expect(inv.status).toBe(201);
    const seenOnB = await cb.call('GET', '/api/v1/invitations');
    expect(seenOnB.json.items.map((i: { email: string }) => i.email)).toContain('first@scale.test');

    // Concurrent writes from both instances.
    const writes = [];
    for (let i = 0; i < 20; i++) {
      const c = i % 2 ? cb : ca;
      writes.push(c.call('POST', '/api/v1/invitations', { email: `p${i}@scale.test`, role: 'employee' }));
      writes.push(c.call('PATCH', '/api/v1/org', { name: `Scale Co ${i}` }));
    }
    const results = await Promise.all(writes);
    expect(results.map((r) => r.status).filter((s) => s >= 300)).toEqual([]);

    const verifyA = await ca.call('GET', '/api/v1/audit-log/verify');
    const verifyB = await cb.call('GET', '/api/v1/audit-log/verify');
    expect(verifyA.json.intact).toBe(true);
    expect(verifyB.json).toEqual(verifyA.json);
    const invitations = await cb.call('GET', '/api/v1/invitations?limit=100');
    expect(invitations.json.items).toHaveLength(21);
    const cli = runCli(['audit-log', 'verify', '--org', orgId], { ...common, ASSAY_DATA_DIR: dirB });
    expect(cli.code).toBe(0);
  }, 180_000);

  it('share one rate-limit budget: a second instance does not give an attacker a fresh one', async () => {
    const pg = await freshDatabaseUrl();
    const dirA = tempDir('assay-rl-a-');
    const dirB = tempDir('assay-rl-b-');
    cleanups.push(
      () => pg.drop(),
      () => fs.rmSync(dirA, { recursive: true, force: true }),
      () => fs.rmSync(dirB, { recursive: true, force: true }),
    );
    const common = { DATABASE_URL: pg.url, ASSAY_MASTER_KEY: KEY, ASSAY_AUTH_RATE_LIMIT: '4' };
    const [a, b] = await Promise.all([startServer({ ...common, ASSAY_DATA_DIR: dirA }), startServer({ ...common, ASSAY_DATA_DIR: dirB })]);
    servers.push(a, b);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const c = new HttpClient((i % 2 ? b : a).url);
      statuses.push((await c.call('POST', '/api/v1/auth/signin', { email: `guess${i}@scale.test`, password: 'not the password' })).status);
    }
    // Four attempts a minute in all, wherever they land; per-instance counters would have allowed all six.
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  }, 120_000);
});
