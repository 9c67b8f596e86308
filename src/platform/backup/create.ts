import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { BlobStore } from '../blobs/index.js';
import type { DbHandle, Dialect, Executor } from '../db/index.js';
import type { Database } from '../db/schema.js';
import { archiveChunks, removeDir } from './archive.js';
import {
  type AuditHead,
  type BackupManifest,
  FORMAT,
  FORMAT_VERSION,
  NAME_RE,
  type Row,
  sortHeads,
  type TableEntry,
  type Value,
} from './manifest.js';
import { listTables, type TableInfo, tableInfo } from './tables.js';

const PAGE = 1000;

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

// ---------------------------------------------------------------------------------------------------
// Row export

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

async function fsyncPath(p: string): Promise<void> {
  const fh = await fs.promises.open(p, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
