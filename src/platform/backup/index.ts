import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { extract, Header, type ReadEntry } from 'tar';
import { z } from 'zod';
import { type ChainReport, verifyAll } from '../audit-log/index.js';
import type { BlobStore } from '../blobs/index.js';
import type { DbHandle, Dialect, Executor } from '../db/index.js';
import { migrateToLatest, migrations } from '../db/migrate.js';
import type { Database } from '../db/schema.js';

/*
 * Archive layout (tar.gz): manifest.json first, then db/<table>.jsonl (one JSON object per row), then
 * blobs/<sha256>. Rows are portable JSON (text, integer, null), so a backup of SQLite restores into
 * PostgreSQL and the reverse.
 */

const FORMAT = 'assay-backup';
const FORMAT_VERSION = 1;
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HASH_RE = /^[0-9a-f]{64}$/;
const ENTRY_RE = /^(manifest\.json|db\/[A-Za-z_][A-Za-z0-9_]*\.jsonl|blobs\/[0-9a-f]{64})$/;
const PAGE = 1000;

const manifestSchema = z.object({
  format: z.literal(FORMAT),
  format_version: z.literal(FORMAT_VERSION),
  created_at: z.string(),
  dialect: z.enum(['sqlite', 'postgres']),
  migrations: z.array(z.string()).min(1),
  tables: z.array(
    z.object({
      name: z.string().regex(NAME_RE),
      file: z.string(),
      rows: z.number().int().nonnegative(),
      sha256: z.string().regex(HASH_RE),
      columns: z.array(z.string().regex(NAME_RE)).min(1),
    }),
  ),
  blobs: z.array(z.string().regex(HASH_RE)),
  audit_heads: z.array(z.object({ chain: z.string(), seq: z.number().int(), hash: z.string() })),
});

/** What a backup archive holds; written as manifest.json, the archive's first entry. */
export type BackupManifest = z.infer<typeof manifestSchema>;
type TableEntry = BackupManifest['tables'][number];
type AuditHead = BackupManifest['audit_heads'][number];

/** What restoreBackup did: rows per table, blobs copied and the audit log verification of the result. */
export interface RestoreReport {
  source: { createdAt: string; dialect: Dialect };
  /** Migrations the backup was taken at (the target is migrated to latest afterwards). */
  migrations: string[];
  /** Rows restored per table. */
  tables: Record<string, number>;
  rows: number;
  blobs: number;
  audit: ChainReport[];
  auditIntact: boolean;
}

/** invalid_archive: unreadable or malformed; tampered: a file differs from the manifest; not_empty / incompatible: the target. */
export type BackupErrorReason = 'invalid_archive' | 'tampered' | 'not_empty' | 'incompatible';

/** A backup that cannot be restored; `reason` is stable for callers (CLI messages, tests). */
export class BackupError extends Error {
  constructor(
    readonly reason: BackupErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

type Value = string | number | null;
type Row = Record<string, Value>;
interface TableInfo {
  name: string;
  columns: string[];
  primaryKey: string[];
}
interface ForeignKey {
  table: string;
  references: string;
  from: string[];
  to: string[];
}

/**
 * Writes a consistent online backup of the database and blob store to `out` (tar.gz), via a temporary
 * file renamed into place so a crash never leaves a partial archive under the final name.
 */
export async function createBackup(opts: { handle: DbHandle; blobs: BlobStore; out: string }): Promise<BackupManifest> {
  const out = path.resolve(opts.out);
  const work = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'assay-backup-'));
  const partial = `${out}.partial-${randomBytes(6).toString('hex')}`;
  try {
    await fs.promises.mkdir(path.join(work, 'db'));
    const createdAt = new Date();
    const snapshot = await dumpDatabase(opts.handle, work);
    // Blobs are immutable and stored before any row names them, so listing after the snapshot
    // covers every blob the snapshot references.
    const blobs = new Set<string>();
    for await (const hash of opts.blobs.list()) blobs.add(hash);
    const manifest: BackupManifest = {
      format: FORMAT,
      format_version: FORMAT_VERSION,
      created_at: createdAt.toISOString(),
      dialect: opts.handle.dialect,
      ...snapshot,
      blobs: [...blobs].sort(),
    };
    // Backups hold password hashes and wrapped keys: readable by the owner only.
    await pipeline(
      Readable.from(archiveChunks(manifest, work, opts.blobs, createdAt)),
      createGzip(),
      fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
    );
    await fsyncPath(partial);
    await fs.promises.rename(partial, out);
    await fsyncPath(path.dirname(out)).catch(() => {});
    return manifest;
  } catch (err) {
    await fs.promises.rm(partial, { force: true });
    throw err;
  } finally {
    await removeDir(work);
  }
}

/**
 * Restores a backup into an empty database and blob store: verifies every file against the manifest
 * first, then copies blobs, loads all rows in one transaction, migrates to latest and verifies the audit log.
 */
export async function restoreBackup(opts: { handle: DbHandle; blobs: BlobStore; from: string }): Promise<RestoreReport> {
  const { handle } = opts;
  const work = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'assay-restore-'));
  try {
    const manifest = await extractVerified(opts.from, work);
    const backupMigrations = [...manifest.migrations].sort();
    const known = Object.keys(migrations).sort();
    if (!isPrefix(backupMigrations, known)) {
      const unknown = backupMigrations.filter((m) => !known.includes(m));
      throw new BackupError(
        'incompatible',
        `the backup was made by a newer or different version of Assay (unknown migrations: ${unknown.join(', ') || 'order differs'})`,
      );
    }

    // Nothing is written until the target is known to be empty and at or below the backup's schema.
    const existing = await listTables(handle.db, handle.dialect);
    await assertEmpty(handle.db, existing);
    const applied = existing.includes('kysely_migration')
      ? (await sql<{ name: string }>`select name from kysely_migration`.execute(handle.db)).rows.map((r) => r.name).sort()
      : [];
    if (!isPrefix(applied, backupMigrations)) {
      throw new BackupError(
        'incompatible',
        `the target database is already migrated past the backup (${applied.at(-1)}); restore into a new, empty database`,
      );
    }

    // Blobs first: a crash after this leaves only unreferenced blobs and an empty database, so the restore can be rerun.
    for (const hash of manifest.blobs) {
      const stored = await opts.blobs.put(await fs.promises.readFile(path.join(work, 'blobs', hash)));
      if (stored !== hash) throw new Error(`blob store returned ${stored} for blob ${hash}`);
    }

    // Load into the schema the rows were written under; later migrations then run over real data.
    const migrated = await new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } }).migrateTo(
      backupMigrations[backupMigrations.length - 1],
    );
    if (migrated.error) throw migrated.error instanceof Error ? migrated.error : new Error(String(migrated.error));

    const counts = await loadTables(handle, manifest, work);
    await migrateToLatest(handle.db);
    const audit = await verifyAll(handle.db);
    return {
      source: { createdAt: manifest.created_at, dialect: manifest.dialect },
      migrations: backupMigrations,
      tables: counts,
      rows: Object.values(counts).reduce((a, b) => a + b, 0),
      blobs: manifest.blobs.length,
      audit,
      auditIntact: audit.every((r) => r.intact),
    };
  } finally {
    await removeDir(work);
  }
}

// ---------------------------------------------------------------------------------------------------
// Export

type Snapshot = Pick<BackupManifest, 'migrations' | 'tables' | 'audit_heads'>;

async function dumpDatabase(handle: DbHandle, work: string): Promise<Snapshot> {
  if (handle.dialect === 'postgres') {
    return handle.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute((trx) => dumpSnapshot(trx, 'postgres', work));
  }
  if (!handle.sqlite) throw new Error('the SQLite handle has no raw connection to back up');
  // SQLite has one connection shared by the whole server: a long read transaction on it would stall every
  // request. The online backup API copies pages incrementally instead; rows are then read from the copy.
  const copyFile = path.join(work, 'snapshot.db');
  await handle.sqlite.backup(copyFile);
  const copy = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(copyFile) }) });
  try {
    return await dumpSnapshot(copy, 'sqlite', work);
  } finally {
    await copy.destroy();
  }
}

async function dumpSnapshot(ex: Executor, dialect: Dialect, work: string): Promise<Snapshot> {
  const all = await listTables(ex, dialect);
  if (!all.includes('kysely_migration')) throw new Error('the database has no migrations applied; nothing to back up');
  const tables: TableEntry[] = [];
  for (const name of all.filter((t) => !t.startsWith('kysely_'))) {
    if (!NAME_RE.test(name)) throw new Error(`cannot back up table ${JSON.stringify(name)}: unsupported name`);
    const info = await tableInfo(ex, dialect, name);
    const file = `db/${name}.jsonl`;
    const written = await writeJsonl(path.join(work, file), info, readRows(ex, info));
    tables.push({ name, file, ...written, columns: info.columns });
  }
  const migrationNames = (await sql<{ name: string }>`select name from kysely_migration`.execute(ex)).rows.map((r) => r.name).sort();
  const heads = all.includes('audit_heads')
    ? (await sql<AuditHead>`select chain, seq, hash from audit_heads`.execute(ex)).rows.map((h) => ({
        chain: h.chain,
        seq: Number(h.seq),
        hash: h.hash,
      }))
    : [];
  return { migrations: migrationNames, tables, audit_heads: sortHeads(heads) };
}

/** Every row of a table, paged by primary key so memory stays flat on large tables. */
async function* readRows(ex: Executor, t: TableInfo): AsyncGenerator<Record<string, unknown>> {
  const table = sql.table(t.name);
  if (t.primaryKey.length === 0) {
    yield* (await sql<Record<string, unknown>>`select * from ${table}`.execute(ex)).rows;
    return;
  }
  const keys = sql.join(t.primaryKey.map((c) => sql.ref(c)));
  let after: unknown[] | undefined;
  for (;;) {
    const where = after ? sql`where (${keys}) > (${sql.join(after)})` : sql.raw('');
    const { rows } = await sql<Record<string, unknown>>`select * from ${table} ${where} order by ${keys} limit ${PAGE}`.execute(ex);
    yield* rows;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1];
    after = t.primaryKey.map((c) => last[c]);
  }
}

async function writeJsonl(
  file: string,
  t: TableInfo,
  rows: AsyncIterable<Record<string, unknown>>,
): Promise<{ rows: number; sha256: string }> {
  const fh = await fs.promises.open(file, 'wx');
  const hash = createHash('sha256');
  let count = 0;
  let pending = '';
  const flush = async () => {
    const buf = Buffer.from(pending, 'utf8');
    hash.update(buf);
    await fh.write(buf);
    pending = '';
  };
  try {
    for await (const row of rows) {
      const out: Row = {};
      for (const c of t.columns) out[c] = portable(t.name, c, row[c]);
      pending += `${JSON.stringify(out)}\n`;
      count++;
      if (pending.length >= 1 << 20) await flush();
    }
    await flush();
  } finally {
    await fh.close();
  }
  return { rows: count, sha256: hash.digest('hex') };
}

/** The one representation both databases accept: text, finite numbers, null; booleans as 0/1. */
function portable(table: string, column: string, v: unknown): Value {
  if (v === null || v === undefined || typeof v === 'string') return v ?? null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint' && Number.isSafeInteger(Number(v))) return Number(v);
  if (v instanceof Date) return v.toISOString();
  throw new Error(`cannot back up ${table}.${column}: unsupported value of type ${typeof v}`);
}

async function* archiveChunks(manifest: BackupManifest, work: string, blobs: BlobStore, mtime: Date): AsyncGenerator<Buffer> {
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  yield* tarEntry('manifest.json', manifestBytes, mtime);
  for (const t of manifest.tables) {
    const file = path.join(work, t.file);
    const size = (await fs.promises.stat(file)).size;
    yield tarHeader(t.file, size, mtime);
    for await (const chunk of fs.createReadStream(file)) yield chunk as Buffer;
    if (size % 512) yield Buffer.alloc(512 - (size % 512));
  }
  for (const hash of manifest.blobs) {
    const data = await blobs.get(hash);
    if (sha256(data) !== hash) throw new Error(`blob ${hash} in the store does not match its hash`);
    yield* tarEntry(`blobs/${hash}`, data, mtime);
  }
  yield Buffer.alloc(1024); // end-of-archive marker: two zero blocks
}

function* tarEntry(name: string, data: Buffer, mtime: Date): Generator<Buffer> {
  yield tarHeader(name, data.length, mtime);
  if (data.length) yield data;
  if (data.length % 512) yield Buffer.alloc(512 - (data.length % 512));
}

function tarHeader(name: string, size: number, mtime: Date): Buffer {
  const block = Buffer.alloc(512);
  const needsPax = new Header({ path: name, type: 'File', mode: 0o600, uid: 0, gid: 0, size, mtime }).encode(block, 0);
  if (needsPax) throw new Error(`cannot write a plain tar header for ${name}`);
  return block;
}

// ---------------------------------------------------------------------------------------------------
// Verification and load

/** Unpacks the archive into `dir` and checks every file against the manifest; throws before anything is restored. */
async function extractVerified(from: string, dir: string): Promise<BackupManifest> {
  if (!fs.existsSync(from)) throw new BackupError('invalid_archive', `backup file not found: ${from}`);
  const entries: string[] = [];
  const problems: string[] = [];
  try {
    await extract({
      file: from,
      cwd: dir,
      strict: true,
      // Every file is verified by hash below; an all-zero blob compresses far beyond the default ratio.
      maxDecompressionRatio: Number.POSITIVE_INFINITY,
      filter: (p, entry) => {
        const name = p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
        const type = (entry as ReadEntry).type;
        if (type === 'Directory' && ['', '.', 'db', 'blobs'].includes(name)) return false;
        if ((type !== 'File' && type !== 'OldFile') || !ENTRY_RE.test(name)) problems.push(`unexpected entry ${p} (${type})`);
        else if (entries.includes(name)) problems.push(`duplicate entry ${name}`);
        else {
          entries.push(name);
          return true;
        }
        return false;
      },
    });
  } catch (err) {
    throw new BackupError('invalid_archive', `cannot read the backup archive: ${(err as Error).message}`);
  }
  if (problems.length) throw new BackupError('invalid_archive', `the backup archive is malformed: ${problems.join('; ')}`);
  if (entries[0] !== 'manifest.json') throw new BackupError('invalid_archive', 'the backup archive does not start with manifest.json');

  let manifest: BackupManifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(await fs.promises.readFile(path.join(dir, 'manifest.json'), 'utf8')));
  } catch (err) {
    throw new BackupError(
      'invalid_archive',
      `manifest.json is not a valid ${FORMAT} v${FORMAT_VERSION} manifest: ${(err as Error).message}`,
    );
  }

  const expected = new Set(['manifest.json']);
  for (const t of manifest.tables) {
    if (t.file !== `db/${t.name}.jsonl` || expected.has(t.file))
      throw new BackupError('invalid_archive', `bad manifest entry for table ${t.name}`);
    expected.add(t.file);
  }
  for (const h of manifest.blobs) {
    if (expected.has(`blobs/${h}`)) throw new BackupError('invalid_archive', `blob ${h} is listed twice`);
    expected.add(`blobs/${h}`);
  }
  const stray = entries.filter((e) => !expected.has(e));
  if (stray.length) throw new BackupError('tampered', `the archive holds files the manifest does not list: ${stray.join(', ')}`);
  const missing = [...expected].filter((e) => !entries.includes(e));
  if (missing.length) throw new BackupError('tampered', `the archive lacks files the manifest lists: ${missing.join(', ')}`);

  for (const t of manifest.tables) {
    const got = await hashFile(path.join(dir, t.file));
    if (got.sha256 !== t.sha256) throw new BackupError('tampered', `table ${t.name}: ${t.file} does not match its sha256 in the manifest`);
    if (got.lines !== t.rows)
      throw new BackupError('tampered', `table ${t.name}: ${got.lines} rows in the file, ${t.rows} in the manifest`);
  }
  for (const h of manifest.blobs) {
    if ((await hashFile(path.join(dir, 'blobs', h))).sha256 !== h) throw new BackupError('tampered', `blob ${h} does not match its hash`);
  }
  return manifest;
}

async function loadTables(handle: DbHandle, manifest: BackupManifest, dir: string): Promise<Record<string, number>> {
  const { db, dialect } = handle;
  const live = new Map<string, TableInfo>();
  for (const name of (await listTables(db, dialect)).filter((t) => !t.startsWith('kysely_'))) {
    live.set(name, await tableInfo(db, dialect, name));
  }
  for (const t of manifest.tables) {
    const target = live.get(t.name);
    if (!target) throw new BackupError('incompatible', `table ${t.name} from the backup does not exist in the target database`);
    const unknown = t.columns.filter((c) => !target.columns.includes(c));
    if (unknown.length) throw new BackupError('incompatible', `table ${t.name} in the target lacks columns ${unknown.join(', ')}`);
  }
  const fks = await foreignKeys(db, dialect, live);
  const order = parentsFirst(
    manifest.tables.map((t) => t.name),
    fks,
  );
  const byName = new Map(manifest.tables.map((t) => [t.name, t]));
  const counts: Record<string, number> = {};

  await db.transaction().execute(async (trx) => {
    // SQLite can defer every FK check to commit, which also covers rows that reference their own table.
    if (dialect === 'sqlite') await sql`pragma defer_foreign_keys = on`.execute(trx);
    await assertEmpty(trx, [...live.keys()]);
    for (const name of order) {
      const t = byName.get(name)!;
      const selfRefs = fks.filter((fk) => fk.table === name && fk.references === name);
      let rows: AsyncIterable<Row> | Iterable<Row> = parseJsonl(path.join(dir, t.file), t);
      if (selfRefs.length) {
        const all: Row[] = [];
        for await (const r of rows) all.push(r);
        rows = orderSelfReferencing(all, selfRefs);
      }
      counts[name] = await insertRows(trx, name, t.columns, rows);
    }
    const heads = live.has('audit_heads')
      ? (await sql<AuditHead>`select chain, seq, hash from audit_heads`.execute(trx)).rows.map((h) => ({
          chain: h.chain,
          seq: Number(h.seq),
          hash: h.hash,
        }))
      : [];
    if (JSON.stringify(sortHeads(heads)) !== JSON.stringify(sortHeads(manifest.audit_heads))) {
      throw new BackupError('tampered', 'the restored audit chain heads differ from those recorded in the manifest');
    }
  });
  return counts;
}

async function* parseJsonl(file: string, t: TableEntry): AsyncGenerator<Row> {
  const lines = createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new BackupError('invalid_archive', `${t.file} line ${n} is not JSON`);
    }
    const ok =
      typeof row === 'object' &&
      row !== null &&
      !Array.isArray(row) &&
      Object.keys(row).length === t.columns.length &&
      t.columns.every((c) => {
        const v = (row as Record<string, unknown>)[c];
        return v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
      });
    if (!ok) throw new BackupError('invalid_archive', `${t.file} line ${n} does not match the table's columns`);
    yield row as Row;
  }
}

async function insertRows(ex: Executor, table: string, columns: string[], rows: AsyncIterable<Row> | Iterable<Row>): Promise<number> {
  // Stay well below both databases' bound-parameter limits (SQLite 32766, PostgreSQL 65535).
  const batchSize = Math.max(1, Math.min(500, Math.floor(30000 / columns.length)));
  const cols = sql.join(columns.map((c) => sql.ref(c)));
  let batch: Row[] = [];
  let count = 0;
  const flush = async () => {
    if (!batch.length) return;
    const values = sql.join(batch.map((r) => sql`(${sql.join(columns.map((c) => r[c]))})`));
    await sql`insert into ${sql.table(table)} (${cols}) values ${values}`.execute(ex);
    count += batch.length;
    batch = [];
  };
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return count;
}

/** Tables ordered so each comes after the tables it references; a cycle is broken by name order. */
function parentsFirst(tables: string[], fks: ForeignKey[]): string[] {
  const deps = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const fk of fks) {
    if (fk.table !== fk.references && deps.has(fk.references)) deps.get(fk.table)?.add(fk.references);
  }
  const remaining = [...tables].sort();
  const done = new Set<string>();
  const out: string[] = [];
  while (remaining.length) {
    const i = remaining.findIndex((t) => [...(deps.get(t) ?? [])].every((d) => done.has(d)));
    // On a cycle, PostgreSQL will name the violated constraint; SQLite defers the checks to commit.
    const [next] = remaining.splice(Math.max(i, 0), 1);
    done.add(next);
    out.push(next);
  }
  return out;
}

/** Rows of a self-referencing table ordered so each parent row precedes the rows that point at it. */
function orderSelfReferencing(rows: Row[], fks: ForeignKey[]): Row[] {
  const keyOf = (row: Row, cols: string[]) => (cols.some((c) => row[c] === null) ? undefined : JSON.stringify(cols.map((c) => row[c])));
  const children: number[][] = rows.map(() => []);
  const waiting = rows.map(() => 0);
  for (const fk of fks) {
    const index = new Map<string, number>();
    rows.forEach((r, i) => {
      const k = keyOf(r, fk.to);
      if (k !== undefined) index.set(k, i);
    });
    rows.forEach((r, i) => {
      const k = keyOf(r, fk.from);
      const parent = k === undefined ? undefined : index.get(k);
      if (parent !== undefined && parent !== i) {
        children[parent].push(i);
        waiting[i]++;
      }
    });
  }
  const queue = rows.map((_, i) => i).filter((i) => waiting[i] === 0);
  for (let q = 0; q < queue.length; q++) {
    for (const c of children[queue[q]]) if (--waiting[c] === 0) queue.push(c);
  }
  // Rows in a reference cycle go last, in file order; the database decides whether that is acceptable.
  const cyclic = rows.map((_, i) => i).filter((i) => waiting[i] > 0);
  return [...queue, ...cyclic].map((i) => rows[i]);
}

// ---------------------------------------------------------------------------------------------------
// Catalog queries (the table list always comes from the live database, never from code)

async function listTables(ex: Executor, dialect: Dialect): Promise<string[]> {
  const { rows } =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(ex)
      : await sql<{ name: string }>`
          select table_name::text as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(ex);
  return rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith('sqlite_'))
    .sort();
}

async function tableInfo(ex: Executor, dialect: Dialect, name: string): Promise<TableInfo> {
  const { rows } =
    dialect === 'sqlite'
      ? await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${name}) order by cid`.execute(ex)
      : await sql<{ name: string; pk: number | null }>`
          select c.column_name::text as name, (
            select k.ordinal_position::int
            from information_schema.table_constraints tc
            join information_schema.key_column_usage k
              on k.constraint_name = tc.constraint_name and k.constraint_schema = tc.constraint_schema and k.table_name = tc.table_name
            where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = c.table_schema and tc.table_name = c.table_name
              and k.column_name = c.column_name
          ) as pk
          from information_schema.columns c
          where c.table_schema = current_schema() and c.table_name = ${name}
          order by c.ordinal_position`.execute(ex);
  return {
    name,
    columns: rows.map((r) => r.name),
    primaryKey: rows
      .filter((r) => (r.pk ?? 0) > 0)
      .sort((a, b) => (a.pk ?? 0) - (b.pk ?? 0))
      .map((r) => r.name),
  };
}

async function foreignKeys(ex: Executor, dialect: Dialect, tables: Map<string, TableInfo>): Promise<ForeignKey[]> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ tbl: string; ref: string; cols_from: string[]; cols_to: string[] }>`
      select c.relname::text as tbl, r.relname::text as ref,
        array(select a.attname::text from unnest(con.conkey) with ordinality k(n, i)
              join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i) as cols_from,
        array(select a.attname::text from unnest(con.confkey) with ordinality k(n, i)
              join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.i) as cols_to
      from pg_constraint con
      join pg_class c on c.oid = con.conrelid
      join pg_class r on r.oid = con.confrelid
      join pg_namespace ns on ns.oid = c.relnamespace
      where con.contype = 'f' and ns.nspname = current_schema()`.execute(ex);
    return rows.map((r) => ({ table: r.tbl, references: r.ref, from: r.cols_from, to: r.cols_to }));
  }
  const { rows } = await sql<{ tbl: string; ref: string; id: number; col_from: string; col_to: string | null }>`
    select m.name as tbl, f."table" as ref, f.id as id, f."from" as col_from, f."to" as col_to
    from sqlite_master m join pragma_foreign_key_list(m.name) f
    where m.type = 'table'
    order by m.name, f.id, f.seq`.execute(ex);
  const grouped = new Map<string, ForeignKey>();
  for (const r of rows) {
    const key = `${r.tbl}\u0000${r.id}`;
    const fk = grouped.get(key) ?? { table: r.tbl, references: r.ref, from: [], to: [] };
    fk.from.push(r.col_from);
    if (r.col_to) fk.to.push(r.col_to);
    grouped.set(key, fk);
  }
  // `REFERENCES parent` without columns points at the parent's primary key.
  for (const fk of grouped.values()) if (!fk.to.length) fk.to = tables.get(fk.references)?.primaryKey ?? [];
  return [...grouped.values()];
}

async function assertEmpty(ex: Executor, tables: string[]): Promise<void> {
  for (const t of tables.filter((n) => !n.startsWith('kysely_'))) {
    const { rows } = await sql`select 1 as one from ${sql.table(t)} limit 1`.execute(ex);
    if (rows.length) {
      throw new BackupError('not_empty', `the target database is not empty (table ${t} has rows); restore only into a new, empty database`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

function isPrefix(prefix: string[], list: string[]): boolean {
  return prefix.length <= list.length && prefix.every((v, i) => list[i] === v);
}

function sortHeads(heads: AuditHead[]): AuditHead[] {
  return [...heads].sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

async function hashFile(file: string): Promise<{ sha256: string; lines: number }> {
  const hash = createHash('sha256');
  let lines = 0;
  for await (const chunk of fs.createReadStream(file)) {
    const buf = chunk as Buffer;
    hash.update(buf);
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) lines++;
  }
  return { sha256: hash.digest('hex'), lines };
}

/** Best effort: a failed extraction may still be closing files, and cleanup must never mask the real error. */
async function removeDir(dir: string): Promise<void> {
  await fs.promises.rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }).catch(() => {});
}

async function fsyncPath(p: string): Promise<void> {
  const fh = await fs.promises.open(p, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
