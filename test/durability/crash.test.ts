import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl, tempDir } from '../helpers/db.js';
import { HttpClient, runCli, type ServerProc, startServer } from '../helpers/proc.js';

const KEY = Buffer.alloc(32, 7).toString('base64');
const PASSWORD = 'correct horse battery staple';
const servers: ServerProc[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const c of cleanups.reverse()) await c();
});

// A server killed without warning (SIGKILL: no shutdown hook runs) in the middle of a stream of writes.
// On restart, every write it had acknowledged is there, and the audit chain is still intact.
// SQLite by default; PostgreSQL when TEST_DATABASE_URL is set.
describe('a crash in the middle of writes', () => {
  it('loses nothing that was acknowledged and keeps the audit chain intact', async () => {
    const pg = await freshDatabaseUrl();
    const dir = tempDir('assay-crash-');
    cleanups.push(
      () => pg.drop(),
      () => fs.rmSync(dir, { recursive: true, force: true }),
    );
    const env = { DATABASE_URL: pg.url, ASSAY_MASTER_KEY: KEY, ASSAY_DATA_DIR: dir, ASSAY_AUTH_RATE_LIMIT: '1000' };
    const setup = runCli(['setup', '--org', 'Crash Co', '--email', 'owner@crash.test', '--password', PASSWORD], env);
    expect(setup.code, setup.stderr).toBe(0);
    const orgId = setup.stdout;

    const first = await startServer(env);
    servers.push(first);
    const client = new HttpClient(first.url);
    await client.signIn('owner@crash.test', PASSWORD);

    // Four writers send invitations until the server dies under them.
    const acknowledged: string[] = [];
    let n = 0;
    const writer = async () => {
      for (;;) {
        const email = `p${n++}@crash.test`;
        try {
          const r = await client.call('POST', '/api/v1/invitations', { email, role: 'employee' });
          if (r.status !== 201) throw new Error(`unexpected ${r.status}`);
          acknowledged.push(email);
        } catch {
          return; // the connection broke: the server is gone
        }
      }
    };
    let stopped = false;
    const writers = Promise.all([writer(), writer(), writer(), writer()]).finally(() => {
      stopped = true;
    });
    while (acknowledged.length < 25 && !stopped) await new Promise((r) => setTimeout(r, 5));
    expect(stopped, 'the writers stopped before the crash').toBe(false);
    first.proc.kill('SIGKILL');
    await writers;
    expect(acknowledged.length).toBeGreaterThanOrEqual(25);

    const second = await startServer(env);
    servers.push(second);
    const again = new HttpClient(second.url);
    await again.signIn('owner@crash.test', PASSWORD);
    const stored = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = await again.call('GET', `/api/v1/invitations?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      for (const i of page.json.items as { email: string }[]) stored.add(i.email);
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(acknowledged.filter((e) => !stored.has(e))).toEqual([]);

    const verify = await again.call('GET', '/api/v1/audit-log/verify');
    expect(verify.json.intact).toBe(true);
    await second.stop();
    const cli = runCli(['audit-log', 'verify', '--org', orgId], env);
    expect(cli.code, cli.stdout + cli.stderr).toBe(0);
  }, 120_000);
});
