import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DbHandle, openDb } from '../../src/platform/db/index.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';

/** The PostgreSQL server to test against, when TEST_DATABASE_URL is set; otherwise tests use SQLite. */
export const testPgUrl = process.env.TEST_DATABASE_URL;

export interface TestDb {
  handle: DbHandle;
  dataDir: string;
  databaseUrl?: string;
  cleanup(): Promise<void>;
}

/** A fresh temporary data dir and, on PostgreSQL, a fresh database of its own. */
export async function freshDatabaseUrl(): Promise<{ url?: string; drop(): Promise<void> }> {
  if (!testPgUrl) return { drop: async () => {} };
  const name = `assay_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(testPgUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: testPgUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A temporary data directory removed by cleanup. */
export function tempDir(prefix = 'assay-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A migrated database (SQLite in a temp dir, or a fresh PostgreSQL database) for one test file. */
export async function createTestDb(): Promise<TestDb> {
  const dataDir = tempDir();
  const pgdb = await freshDatabaseUrl();
  const handle = openDb({ dataDir, databaseUrl: pgdb.url });
  await migrateToLatest(handle.db);
  return {
    handle,
    dataDir,
    databaseUrl: pgdb.url,
    async cleanup() {
      await handle.close();
      await pgdb.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
