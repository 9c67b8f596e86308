import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import * as tar from 'tar';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb, freshDatabaseUrl, type TestDb, tempDir, testPgUrl } from '../../../test/helpers/db.js';
import { appendAudit, type RequestContext, verifyAll } from '../audit-log/index.js';
import { type BlobStore, createFsBlobStore } from '../blobs/index.js';
import { type DbHandle, openDb } from '../db/index.js';
import { migrateToLatest } from '../db/migrate.js';
import { newId, nowIso } from '../ids.js';
import { BackupError, createBackup, restoreBackup } from './index.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

function dir(prefix = 'assay-backup-test-'): string {
  const d = tempDir(prefix);
  cleanups.push(() => fs.rmSync(d, { recursive: true, force: true }));
  return d;
}

async function testDb(): Promise<TestDb> {
  const t = await createTestDb();
  cleanups.push(() => t.cleanup());
  return t;
}

/** A database that has never been migrated: SQLite in a new dir, or a new PostgreSQL database. */
async function blankDb(dialect: 'sqlite' | 'postgres'): Promise<DbHandle> {
  if (dialect === 'sqlite') {
    const handle = openDb({ dataDir: dir() });
    cleanups.push(() => handle.close());
    return handle;
  }
  const pgdb = await freshDatabaseUrl();
  const handle = openDb({ dataDir: dir(), databaseUrl: pgdb.url });
  cleanups.push(async () => {
    await handle.close();
    await pgdb.drop();
  });
  return handle;
}

const ctx: RequestContext = { actor: { kind: 'system', label: 'backup test' }, ip: '127.0.0.1', userAgent: 'vitest' };

/** Rows in several tables, valid audit chains (one per org plus the system chain) and a few blobs. */
async function seed(handle: DbHandle, blobs: BlobStore): Promise<{ orgId: string; blobHashes: string[] }> {
  const orgId = newId('org');
  const otherOrg = newId('org');
  const now = nowIso();
  await handle.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('organizations')
      .values([
        { id: orgId, name: 'Acme, "Inc."', slug: 'acme', created_at: now },
        { id: otherOrg, name: 'Globex ☃ Ünïcode', slug: 'globex', created_at: now },
      ])
      .execute();
    await appendAudit(tx, handle.dialect, ctx, { orgId, action: 'org.created', targetType: 'organization', targetId: orgId });
    await appendAudit(tx, handle.dialect, ctx, { orgId: otherOrg, action: 'org.created', targetType: 'organization', targetId: otherOrg });
  });
  const people = [
    { name: 'Ada Lovelace', email: 'ada@acme.test', role: 'owner', hash: 'argon2id$v=19$abc' },
    { name: 'Grace\nHopper', email: 'grace@acme.test', role: 'admin', hash: null },
    { name: "Linus 'Tab' O\\Neil", email: 'linus@acme.test', role: 'auditor', hash: null },
  ];
  for (const p of people) {
    await handle.db.transaction().execute(async (tx) => {
      const userId = newId('usr');
      await tx
        .insertInto('users')
        .values({
          id: userId,
          email: p.email,
          name: p.name,
          password_hash: p.hash,
          failed_signins: p.hash ? 2 : 0,
          locked_until: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await tx
        .insertInto('memberships')
        .values({ id: newId('mem'), org_id: orgId, user_id: userId, role: p.role, created_at: now })
        .execute();
      await appendAudit(tx, handle.dialect, ctx, {
        orgId,
        action: 'member.added',
        targetType: 'user',
        targetId: userId,
        summary: { role: p.role, note: 'tab\there "quoted"' },
      });
      await appendAudit(tx, handle.dialect, ctx, { orgId: null, action: 'user.created', targetType: 'user', targetId: userId });
    });
  }
  await handle.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('sso_configs')
      .values({
        org_id: orgId,
        enabled: 1,
        issuer: 'https://idp.test',
        client_id: 'client',
        client_secret_enc: null,
        auto_join_domains: 'acme.test',
        auto_join_role: 'employee',
        updated_at: now,
      })
      .execute();
    await appendAudit(tx, handle.dialect, ctx, { orgId, action: 'sso.configured', targetType: 'sso_config', targetId: orgId });
  });
  const blobHashes = [];
  for (const data of [Buffer.from('evidence: screenshot'), randomBytes(70_000), Buffer.alloc(0), Buffer.alloc(200_000)]) {
    blobHashes.push(await blobs.put(data));
  }
  return { orgId, blobHashes: blobHashes.sort() };
}

async function userTables(handle: DbHandle): Promise<string[]> {
  const { rows } =
    handle.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(handle.db)
      : await sql<{ name: string }>`select table_name::text as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(handle.db);
  return rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith('sqlite_') && !n.startsWith('kysely_'))
    .sort();
}

/** Every row of every table, order-independent, so two databases (of either dialect) compare equal. */
async function contents(handle: DbHandle): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of await userTables(handle)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(t)}`.execute(handle.db);
    out[t] = rows
      .map((r) =>
        JSON.stringify(
          Object.keys(r)
            .sort()
            .map((k) => [k, r[k]]),
        ),
      )
      .sort();
  }
  return out;
}

const counts = (c: Record<string, string[]>) => Object.fromEntries(Object.entries(c).map(([t, rows]) => [t, rows.length]));

async function heads(handle: DbHandle) {
  return handle.db.selectFrom('audit_heads').selectAll().orderBy('chain').execute();
}

async function blobList(store: BlobStore): Promise<string[]> {
  const out: string[] = [];
  for await (const h of store.list()) out.push(h);
  return out.sort();
}

async function appliedMigrations(handle: DbHandle): Promise<string[]> {
  return (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(handle.db)).rows.map((r) => r.name);
}

async function entryNames(archive: string): Promise<string[]> {
  const names: string[] = [];
  await tar.t({ file: archive, onReadEntry: (e) => names.push(e.path) });
  return names;
}

/** Unpacks an archive, lets `mutate` change the files, and packs them again (manifest first). */
async function repack(archive: string, mutate: (root: string) => void): Promise<string> {
  const root = dir();
  await tar.x({ file: archive, cwd: root });
  mutate(root);
  const out = path.join(dir(), 'tampered.tar.gz');
  await tar.c({ gzip: true, file: out, cwd: root, portable: true }, ['manifest.json', 'db', 'blobs']);
  return out;
}

async function expectBackupError(p: Promise<unknown>, reason: string, message: RegExp): Promise<void> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BackupError);
  expect((err as BackupError).reason).toBe(reason);
  expect((err as BackupError).message).toMatch(message);
}

/** A migrated source with seeded data and its blob store, already backed up to an archive. */
async function backedUpSource() {
  const source = await testDb();
  const blobs = createFsBlobStore(dir());
  const seeded = await seed(source.handle, blobs);
  const archive = path.join(dir(), 'assay.tar.gz');
  const manifest = await createBackup({ handle: source.handle, blobs, out: archive });
  return { source, blobs, seeded, archive, manifest };
}

describe('backup and restore', () => {
  it('round-trips every table, the blobs and intact audit chains into a fresh database', async () => {
    const { source, blobs, seeded, archive, manifest } = await backedUpSource();
    const sourceContents = await contents(source.handle);

    expect(manifest.format_version).toBe(1);
    expect(manifest.dialect).toBe(source.handle.dialect);
    expect(manifest.migrations).toEqual(await appliedMigrations(source.handle));
    expect(manifest.migrations).toContain('0001_foundation');
    expect(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))).toEqual(counts(sourceContents));
    for (const t of manifest.tables) expect(t.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.blobs).toEqual(seeded.blobHashes);
    expect(manifest.audit_heads).toEqual(await heads(source.handle));
    expect(manifest.audit_heads.map((h) => h.chain)).toContain('system');

    const names = await entryNames(archive);
    expect(names[0]).toBe('manifest.json');
    expect(names).toContain('db/audit_entries.jsonl');
    expect(names).toContain(`blobs/${seeded.blobHashes[0]}`);
    expect(fs.statSync(archive).mode & 0o077).toBe(0);
    expect(fs.readdirSync(path.dirname(archive))).toEqual(['assay.tar.gz']);

    const target = await testDb();
    const targetBlobs = createFsBlobStore(dir());
    const report = await restoreBackup({ handle: target.handle, blobs: targetBlobs, from: archive });

    const targetContents = await contents(target.handle);
    expect(counts(targetContents)).toEqual(counts(sourceContents));
    expect(targetContents).toEqual(sourceContents);
    expect(report.tables).toEqual(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows])));
    expect(report.rows).toBe(Object.values(counts(sourceContents)).reduce((a, b) => a + b, 0));
    expect(report.blobs).toBe(seeded.blobHashes.length);
    expect(await blobList(targetBlobs)).toEqual(await blobList(blobs));
    for (const h of seeded.blobHashes) expect((await targetBlobs.get(h)).equals(await blobs.get(h))).toBe(true);

    expect(report.auditIntact).toBe(true);
    const audit = await verifyAll(target.handle.db);
    expect(audit.length).toBe(3);
    expect(audit.every((r) => r.intact)).toBe(true);
    expect(audit).toEqual(await verifyAll(source.handle.db));
    expect(await heads(target.handle)).toEqual(await heads(source.handle));
  });

  it('refuses a target that already has rows and changes nothing', async () => {
    const { archive } = await backedUpSource();
    const target = await testDb();
    const targetBlobs = createFsBlobStore(dir());
    await target.handle.db
      .insertInto('organizations')
      .values({ id: newId('org'), name: 'Existing', slug: 'existing', created_at: nowIso() })
      .execute();
    const existingBlob = await targetBlobs.put(Buffer.from('already here'));
    const before = await contents(target.handle);
    const migrationsBefore = await appliedMigrations(target.handle);

    await expectBackupError(
      restoreBackup({ handle: target.handle, blobs: targetBlobs, from: archive }),
      'not_empty',
      /not empty.*organizations/,
    );

    expect(await contents(target.handle)).toEqual(before);
    expect(await appliedMigrations(target.handle)).toEqual(migrationsBefore);
    expect(await blobList(targetBlobs)).toEqual([existingBlob]);
  });

  it('rejects an archive whose table file was modified, before writing anything', async () => {
    const { archive } = await backedUpSource();
    const tampered = await repack(archive, (root) => {
      const file = path.join(root, 'db', 'users.jsonl');
      const text = fs.readFileSync(file, 'utf8');
      expect(text).toContain('Ada Lovelace');
      fs.writeFileSync(file, text.replace('Ada Lovelace', 'Ada Lovelacf'));
    });
    const target = await testDb();
    const targetBlobs = createFsBlobStore(dir());

    await expectBackupError(restoreBackup({ handle: target.handle, blobs: targetBlobs, from: tampered }), 'tampered', /users.*sha256/);

    expect(Object.values(counts(await contents(target.handle))).every((n) => n === 0)).toBe(true);
    expect(await blobList(targetBlobs)).toEqual([]);
  });

  it('rejects an archive whose blob was modified, before writing anything', async () => {
    const { archive, seeded } = await backedUpSource();
    const victim = seeded.blobHashes.find((h) => h !== 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')!;
    const tampered = await repack(archive, (root) => {
      const file = path.join(root, 'blobs', victim);
      const bytes = fs.readFileSync(file);
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      fs.writeFileSync(file, bytes);
    });
    const target = await blankDb(testPgUrl ? 'postgres' : 'sqlite');
    const targetBlobs = createFsBlobStore(dir());

    await expectBackupError(
      restoreBackup({ handle: target, blobs: targetBlobs, from: tampered }),
      'tampered',
      new RegExp(`blob ${victim}`),
    );

    // Not even the schema was created.
    expect(await userTables(target)).toEqual([]);
    expect(await blobList(targetBlobs)).toEqual([]);
  });

  it('rejects archives with missing or extra files, a corrupt stream, or a newer schema', async () => {
    const { archive, seeded } = await backedUpSource();
    const target = await testDb();
    const targetBlobs = createFsBlobStore(dir());
    const restore = (from: string) => restoreBackup({ handle: target.handle, blobs: targetBlobs, from });

    const missing = await repack(archive, (root) => fs.rmSync(path.join(root, 'blobs', seeded.blobHashes[0])));
    await expectBackupError(restore(missing), 'tampered', /lacks files/);

    const extra = await repack(archive, (root) => fs.writeFileSync(path.join(root, 'db', 'smuggled.jsonl'), '{}\n'));
    await expectBackupError(restore(extra), 'tampered', /does not list.*smuggled/);

    const truncated = path.join(dir(), 'truncated.tar.gz');
    const bytes = fs.readFileSync(archive);
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectBackupError(restore(truncated), 'invalid_archive', /cannot read/);

    await expectBackupError(restore(path.join(dir(), 'nope.tar.gz')), 'invalid_archive', /not found/);

    const newer = await repack(archive, (root) => {
      const file = path.join(root, 'manifest.json');
      const m = JSON.parse(fs.readFileSync(file, 'utf8'));
      m.migrations.push('9999_from_the_future');
      fs.writeFileSync(file, JSON.stringify(m));
    });
    await expectBackupError(restore(newer), 'incompatible', /9999_from_the_future/);

    expect(Object.values(counts(await contents(target.handle))).every((n) => n === 0)).toBe(true);
    expect(await blobList(targetBlobs)).toEqual([]);
  });

  it('derives tables from the live database and loads self-referencing rows parents first', async () => {
    const ddl = sql`create table backup_tree (id text primary key, parent_id text references backup_tree (id), label text)`;
    const source = await testDb();
    await ddl.execute(source.handle.db);
    // A chain longer than one insert batch whose ids sort child-first: exported in id order, every row comes
    // before its parent, so a load in file order would break the foreign key at the first batch boundary.
    const chain = Array.from({ length: 1200 }, (_, i) => {
      const id = `n${String(i).padStart(5, '0')}`;
      return sql`(${id}, ${i === 1199 ? null : `n${String(i + 1).padStart(5, '0')}`}, ${`depth ${1199 - i}`})`;
    });
    await sql`insert into backup_tree (id, parent_id, label) values ${sql.join(chain)}`.execute(source.handle.db);
    const blobs = createFsBlobStore(dir());
    await seed(source.handle, blobs);
    const archive = path.join(dir(), 'tree.tar.gz');
    const manifest = await createBackup({ handle: source.handle, blobs, out: archive });
    expect(manifest.tables.find((t) => t.name === 'backup_tree')?.rows).toBe(1200);

    const missingTable = await testDb();
    await expectBackupError(
      restoreBackup({ handle: missingTable.handle, blobs: createFsBlobStore(dir()), from: archive }),
      'incompatible',
      /backup_tree/,
    );

    const target = await testDb();
    await ddl.execute(target.handle.db);
    const report = await restoreBackup({ handle: target.handle, blobs: createFsBlobStore(dir()), from: archive });
    expect(report.tables.backup_tree).toBe(1200);
    expect(await contents(target.handle)).toEqual(await contents(source.handle));
  });

  it('takes a consistent snapshot while writes continue', async () => {
    const source = await testDb();
    const blobs = createFsBlobStore(dir());
    await seed(source.handle, blobs);
    const orgId = newId('org');
    await source.handle.db.insertInto('organizations').values({ id: orgId, name: 'Busy', slug: 'busy', created_at: nowIso() }).execute();

    // Each write adds one membership, one audit entry and one blob; a torn snapshot would break the pairing.
    let stop = false;
    let writes = 0;
    const writer = (async () => {
      while (!stop) {
        const hash = await blobs.put(randomBytes(32));
        await source.handle.db.transaction().execute(async (tx) => {
          const userId = newId('usr');
          const now = nowIso();
          await tx
            .insertInto('users')
            .values({
              id: userId,
              email: `${userId}@busy.test`,
              name: 'w',
              password_hash: null,
              failed_signins: 0,
              locked_until: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          await tx
            .insertInto('memberships')
            .values({ id: newId('mem'), org_id: orgId, user_id: userId, role: 'employee', created_at: now })
            .execute();
          await appendAudit(tx, source.handle.dialect, ctx, {
            orgId,
            action: 'member.added',
            targetType: 'user',
            targetId: userId,
            summary: { hash },
          });
        });
        writes++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    const archive = path.join(dir(), 'online.tar.gz');
    const manifest = await createBackup({ handle: source.handle, blobs, out: archive });
    stop = true;
    await writer;
    expect(writes).toBeGreaterThan(0);

    const target = await testDb();
    const targetBlobs = createFsBlobStore(dir());
    const report = await restoreBackup({ handle: target.handle, blobs: targetBlobs, from: archive });
    expect(report.auditIntact).toBe(true);
    expect(await heads(target.handle)).toEqual(manifest.audit_heads);

    const members = await target.handle.db.selectFrom('memberships').select('user_id').where('org_id', '=', orgId).execute();
    const entries = await target.handle.db
      .selectFrom('audit_entries')
      .select(['target_id', 'summary'])
      .where('chain', '=', orgId)
      .execute();
    expect(entries.map((e) => e.target_id).sort()).toEqual(members.map((m) => m.user_id).sort());
    for (const e of entries) expect(await targetBlobs.has(JSON.parse(e.summary).hash)).toBe(true);
  });

  it('leaves no archive behind when the backup fails', async () => {
    const source = await testDb();
    const good = createFsBlobStore(dir());
    await seed(source.handle, good);
    const liar: BlobStore = {
      kind: 'fs',
      put: (d) => good.put(d),
      has: (h) => good.has(h),
      list: () => good.list(),
      get: async () => Buffer.from('not what was stored'),
    };
    const outDir = dir();
    const out = path.join(outDir, 'broken.tar.gz');
    await expect(createBackup({ handle: source.handle, blobs: liar, out })).rejects.toThrow(/does not match its hash/);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});

describe.runIf(testPgUrl)('backup across dialects', () => {
  async function migrated(dialect: 'sqlite' | 'postgres'): Promise<DbHandle> {
    const handle = await blankDb(dialect);
    await migrateToLatest(handle.db);
    return handle;
  }

  it.each([
    ['sqlite', 'postgres'],
    ['postgres', 'sqlite'],
  ] as const)('restores a %s backup into a blank %s database', async (from, to) => {
    const source = await migrated(from);
    const blobs = createFsBlobStore(dir());
    const seeded = await seed(source, blobs);
    const archive = path.join(dir(), `${from}.tar.gz`);
    const manifest = await createBackup({ handle: source, blobs, out: archive });
    expect(manifest.dialect).toBe(from);

    const target = await blankDb(to);
    const targetBlobs = createFsBlobStore(dir());
    const report = await restoreBackup({ handle: target, blobs: targetBlobs, from: archive });

    expect(report.source.dialect).toBe(from);
    expect(await contents(target)).toEqual(await contents(source));
    expect(await appliedMigrations(target)).toEqual(await appliedMigrations(source));
    expect(await blobList(targetBlobs)).toEqual(seeded.blobHashes);
    expect(report.auditIntact).toBe(true);
    expect(await heads(target)).toEqual(await heads(source));
  });
});
