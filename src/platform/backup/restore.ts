import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Migrator, sql } from 'kysely';
import { type ChainReport, verifyAll } from '../audit-log/index.js';
import type { BlobStore } from '../blobs/index.js';
import type { DbHandle, Dialect, Executor } from '../db/index.js';
import { migrateToLatest, migrations } from '../db/migrate.js';
import { extractVerified, removeDir } from './archive.js';
import { type AuditHead, BackupError, type BackupManifest, type Row, sortHeads, type TableEntry } from './manifest.js';
import { assertEmpty, foreignKeys, listTables, orderSelfReferencing, parentsFirst, type TableInfo, tableInfo } from './tables.js';

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
// Load

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

function isPrefix(prefix: string[], list: string[]): boolean {
  return prefix.length <= list.length && prefix.every((v, i) => list[i] === v);
}
