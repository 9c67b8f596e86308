import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl, tempDir } from '../helpers/db.js';
import { HttpClient, runCli, startServer } from '../helpers/proc.js';

const KEY = Buffer.alloc(32, 3).toString('base64');
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function env() {
  const dataDir = tempDir('assay-cli-');
  const pg = await freshDatabaseUrl();
  cleanups.push(
    () => pg.drop(),
    () => fs.rmSync(dataDir, { recursive: true, force: true }),
  );
  return { ASSAY_DATA_DIR: dataDir, DATABASE_URL: pg.url, ASSAY_MASTER_KEY: pg.url ? KEY : undefined };
}

describe('assay CLI', () => {
  it('stops with a message naming an invalid setting', () => {
    const r = runCli(['migrate'], { PORT: 'abc', ASSAY_DATA_DIR: tempDir() });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('PORT');
  });

  it('sets up once, creates tokens, verifies and detects a broken audit chain, and issues sign-in links', async () => {
    const e = await env();
    const setup = runCli(['setup', '--org', 'Acme', '--email', 'owner@acme.test', '--password', 'correct horse battery staple'], e);
    expect(setup.code, setup.stderr).toBe(0);
    expect(setup.stdout).toMatch(/^org_[0-9a-z]{26}$/);
    const orgId = setup.stdout;

    const again = runCli(['setup', '--org', 'Other', '--email', 'x@y.test', '--password', 'correct horse battery staple'], e);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already set up');

    const bad = runCli(['token', 'create', '--org', orgId, '--role', 'superuser'], e);
    expect(bad.code).not.toBe(0);
    const tok = runCli(['token', 'create', '--org', orgId, '--role', 'auditor', '--name', 'ci'], e);
    expect(tok.code, tok.stderr).toBe(0);
    expect(tok.stdout).toMatch(/^assay_pat_[A-Za-z0-9_-]{43}$/);

    const link = runCli(['signin-link', '--email', 'owner@acme.test'], e);
    expect(link.stdout).toMatch(/\/signin\/link\?token=link_/);

    const ok = runCli(['audit-log', 'verify', '--org', orgId], e);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('intact');

    // The token works against a running server, with the same data directory.
    const srv = await startServer(e);
    try {
      const res = await fetch(`${srv.url}/api/v1/audit-log`, { headers: { authorization: `Bearer ${tok.stdout}` } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: { action: string }[] };
      expect(body.items.map((x: { action: string }) => x.action)).toContain('token.created');
    } finally {
      expect(await srv.stop()).toBe(0);
    }

    // Tamper with one entry directly in the database.
    const { openDb } = await import('../../src/platform/db/index.js');
    const h = openDb({ dataDir: e.ASSAY_DATA_DIR, databaseUrl: e.DATABASE_URL });
    const victim = await h.db.selectFrom('audit_entries').selectAll().where('org_id', '=', orgId).orderBy('seq').executeTakeFirstOrThrow();
    await h.db.updateTable('audit_entries').set({ actor_label: 'someone else' }).where('id', '=', victim.id).execute();
    await h.close();
    const broken = runCli(['audit-log', 'verify', '--org', orgId], e);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`BROKEN at entry ${victim.seq} (${victim.id})`);
  }, 120_000);

  it('prints the setup link on first start, serves the API and stops gracefully', async () => {
    const e = await env();
    const srv = await startServer(e);
    try {
      for (let i = 0; i < 100 && !srv.stdout().includes('setup?token='); i++) await new Promise((r) => setTimeout(r, 100));
      expect(srv.stdout()).toMatch(
        /Open this one-time link to create the first organization: http:\/\/127\.0\.0\.1:\d+\/setup\?token=setup_/,
      );
      const health = await fetch(`${srv.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const token = new URL(srv.stdout().match(/(http:\S+)/)![1]).searchParams.get('token');
      const c = new HttpClient(srv.url);
      const r = await c.call('POST', '/api/v1/setup', {
        token,
        orgName: 'Web Org',
        name: 'W',
        email: 'w@web.test',
        password: 'correct horse battery staple',
      });
      expect(r.status).toBe(201);
      expect(c.cookie).toContain('assay_session=');
    } finally {
      expect(await srv.stop()).toBe(0);
    }
  }, 120_000);

  it('backs up and restores into an empty data directory', async () => {
    const e = await env();
    expect(runCli(['setup', '--org', 'Backup Co', '--email', 'b@b.test', '--password', 'correct horse battery staple'], e).code).toBe(0);
    const archive = path.join(tempDir('assay-bk-'), 'backup.tar.gz');
    const b = runCli(['backup', '--out', archive], e);
    expect(b.code, b.stderr).toBe(0);
    expect(fs.existsSync(archive)).toBe(true);
    const target = await env();
    const r = runCli(['restore', '--from', archive], target);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('audit chains intact');
    expect(runCli(['audit-log', 'verify'], target).code).toBe(0);
    const again = runCli(['restore', '--from', archive], target);
    expect(again.code).not.toBe(0);
  }, 120_000);

  it('rotates the master key and keeps secrets readable', async () => {
    const e = await env();
    const setup = runCli(['setup', '--org', 'Keys', '--email', 'k@k.test', '--password', 'correct horse battery staple'], e);
    const orgId = setup.stdout;
    const { createContext } = await import('../../src/app.js');
    const { loadConfig } = await import('../../src/config.js');
    const { createLogger } = await import('../../src/platform/log.js');
    const cfg = (key?: string) =>
      loadConfig({ ...e, ASSAY_MASTER_KEY: key ?? e.ASSAY_MASTER_KEY, ASSAY_LOG_LEVEL: 'silent' } as Record<string, string>);
    let x = await createContext(cfg(), { log: createLogger('silent') });
    const sealed = await x.ctx.secrets.encrypt(x.ctx.db, orgId, 'top secret');
    await x.ctx.dbh.close();
    const newKey = runCli(['master-key', 'generate'], {}).stdout;
    const rot = runCli(['master-key', 'rotate', '--new-key', newKey], e);
    expect(rot.code, rot.stderr).toBe(0);
    expect(rot.stdout).toMatch(/Re-wrapped 1 data keys/);
    x = await createContext(cfg(e.ASSAY_MASTER_KEY ? newKey : undefined), { log: createLogger('silent') });
    expect(await x.ctx.secrets.decrypt(x.ctx.db, orgId, sealed)).toBe('top secret');
    await x.ctx.dbh.close();
    if (!e.ASSAY_MASTER_KEY) {
      const mode = fs.statSync(path.join(e.ASSAY_DATA_DIR, 'master.key')).mode & 0o777;
      expect(mode).toBe(0o600);
    }
  }, 120_000);

  it('runs the compliance program from the command line: catalog, adopt, coverage, readiness', async () => {
    const e = await env();
    const catalog = runCli(['catalog', 'criteria', '--json'], e);
    expect(catalog.code, catalog.stderr).toBe(0);
    const criteria = JSON.parse(catalog.stdout);
    expect(criteria).toHaveLength(61);
    expect(criteria[0]).toMatchObject({ id: 'CC1.1', category: 'security' });
    const orgId = runCli(['setup', '--org', 'Program Co', '--email', 'p@p.test', '--password', 'correct horse battery staple'], e).stdout;
    const bad = runCli(['controls', 'adopt', '--org', orgId, '--categories', 'security,bogus'], e);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bogus');
    const adopt = runCli(
      ['controls', 'adopt', '--org', orgId, '--categories', 'security,availability,confidentiality,processing-integrity,privacy', '--json'],
      e,
    );
    expect(adopt.code, adopt.stderr).toBe(0);
    const adopted = JSON.parse(adopt.stdout);
    expect(adopted.added.length).toBeGreaterThanOrEqual(120);
    const again = JSON.parse(runCli(['controls', 'adopt', '--org', orgId, '--json'], e).stdout);
    expect(again.added).toEqual([]);
    const coverage = JSON.parse(runCli(['controls', 'coverage', '--org', orgId, '--json'], e).stdout);
    expect(coverage).toHaveLength(61);
    expect(coverage.every((c: { controls: unknown[] }) => c.controls.length > 0)).toBe(true);
    const readiness = JSON.parse(runCli(['readiness', '--org', orgId, '--json'], e).stdout);
    expect(readiness).toMatchObject({ overall: 0, criteriaTotal: 61, criteriaReady: 0 });
    expect(readiness.gaps.length).toBeGreaterThan(0);
    const unknown = runCli(['readiness', '--org', 'org_00000000000000000000000000'], e);
    expect(unknown.code).toBe(2);

    // OSCAL documents on stdout, valid against NIST's schemas.
    const { oscalAjv } = await import('../../src/catalog/oscal.js');
    const schema = (name: string) => {
      const s = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), '../shared/oscal', name), 'utf8'));
      delete s.$schema;
      return s;
    };
    const cat = runCli(['oscal', 'export', 'catalog'], e);
    expect(cat.code, cat.stderr).toBe(0);
    const validCatalog = oscalAjv().compile(schema('oscal_catalog_schema.json'));
    expect(validCatalog(JSON.parse(cat.stdout)), JSON.stringify(validCatalog.errors?.slice(0, 3))).toBe(true);
    const comp = runCli(['oscal', 'export', 'component-definition', '--org', orgId], e);
    expect(comp.code, comp.stderr).toBe(0);
    const validComp = oscalAjv().compile(schema('oscal_component_schema.json'));
    expect(validComp(JSON.parse(comp.stdout)), JSON.stringify(validComp.errors?.slice(0, 3))).toBe(true);
  }, 120_000);
});
