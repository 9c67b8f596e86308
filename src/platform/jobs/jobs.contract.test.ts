import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, tempDir, testPgUrl } from '../../../test/helpers/db.js';
import { type Db, type Dialect, openDb } from '../db/index.js';
import { migrateToLatest } from '../db/migrate.js';
import { nowIso } from '../ids.js';
import { createLocalQueue, type LocalJobQueue } from './local.js';
import { createPgBossQueue } from './pgboss.js';
import type { Job, JobInfo, JobQueue } from './types.js';

const log = pino({ level: process.env.JOBS_TEST_LOG ?? 'silent' });

interface OpenOptions {
  /** Retry delays long enough to observe a job waiting for its next attempt. */
  slowBackoff?: boolean;
  instanceId?: string;
}

/** One database shared by any number of queue instances (as several processes would share it). */
interface Env {
  db: Db;
  dialect: Dialect;
  open(o?: OpenOptions): JobQueue;
  scheduleNames(): Promise<string[]>;
  cleanup(): Promise<void>;
}

interface Driver {
  name: string;
  onPostgres: boolean;
  setup(): Promise<Env>;
}

async function sqliteDb(): Promise<{ db: Db; dialect: Dialect; cleanup(): Promise<void> }> {
  const dataDir = tempDir();
  const handle = openDb({ dataDir });
  await migrateToLatest(handle.db);
  return {
    db: handle.db,
    dialect: handle.dialect,
    async cleanup() {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function postgresDb(): Promise<{ db: Db; dialect: Dialect; url: string; cleanup(): Promise<void> }> {
  const t = await createTestDb();
  if (!t.databaseUrl) throw new Error('expected a PostgreSQL test database');
  return { db: t.handle.db, dialect: t.handle.dialect, url: t.databaseUrl, cleanup: () => t.cleanup() };
}

function localEnv(base: { db: Db; dialect: Dialect; cleanup(): Promise<void> }): Env & { openLocal(o?: OpenOptions): LocalJobQueue } {
  const openLocal = (o: OpenOptions = {}) =>
    createLocalQueue({
      db: base.db,
      dialect: base.dialect,
      log,
      pollMs: 50,
      backoffBaseMs: o.slowBackoff ? 60_000 : 20,
      instanceId: o.instanceId,
    });
  return {
    ...base,
    open: openLocal,
    openLocal,
    async scheduleNames() {
      return (await base.db.selectFrom('job_schedules').select('name').execute()).map((r) => r.name);
    },
  };
}

const localSqlite: Driver = { name: 'local on SQLite', onPostgres: false, setup: async () => localEnv(await sqliteDb()) };
const localPostgres: Driver = { name: 'local on PostgreSQL', onPostgres: true, setup: async () => localEnv(await postgresDb()) };
const pgBoss: Driver = {
  name: 'pg-boss',
  onPostgres: true,
  async setup() {
    const base = await postgresDb();
    return {
      ...base,
      open: (o: OpenOptions = {}) =>
        createPgBossQueue({
          connectionString: base.url,
          log,
          pollSeconds: 0.5,
          retryDelaySeconds: o.slowBackoff ? 60 : 1,
          poolSize: 3,
        }),
      async scheduleNames() {
        const res = await sql<{ name: string }>`select name from pgboss.schedule`.execute(base.db);
        return res.rows.map((r) => r.name);
      },
    };
  },
};

const drivers = testPgUrl ? [localSqlite, localPostgres, pgBoss] : [localSqlite];
const localDrivers = testPgUrl ? [localSqlite, localPostgres] : [localSqlite];

/** Polls until `check` holds; fails with `what` after a generous timeout (never asserts on timing). */
async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 25_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await sleep(50);
  }
}

async function info(q: JobQueue, id: string): Promise<JobInfo | undefined> {
  return (await q.list({ limit: 500 })).find((j) => j.id === id);
}

async function waitForState(q: JobQueue, id: string, state: JobInfo['state']): Promise<JobInfo> {
  let last: JobInfo | undefined;
  await waitFor(`job ${id} to be ${state}`, async () => {
    last = await info(q, id);
    return last?.state === state;
  });
  return last as JobInfo;
}

describe.each(drivers)('job queue contract: $name', (driver) => {
  let env: Env;
  const opened: JobQueue[] = [];
  const open = (o?: OpenOptions) => {
    const q = env.open(o);
    opened.push(q);
    return q;
  };

  // One database per driver (as one deployment); each test uses job names of its own.
  beforeAll(async () => {
    env = await driver.setup();
  });

  afterEach(async () => {
    for (const q of opened.splice(0)) await q.stop();
  });

  afterAll(async () => {
    await env?.cleanup();
  });

  it('runs an enqueued job once with its payload', async () => {
    const q = open();
    const seen: Job[] = [];
    q.work<{ a: number }>('greet', async (job) => {
      seen.push(job);
    });
    await q.start();
    const id = await q.enqueue('greet', { a: 1 });
    const done = await waitForState(q, id, 'completed');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ id, name: 'greet', payload: { a: 1 }, attempt: 1 });
    expect(done).toMatchObject({ name: 'greet', attempts: 1, lastError: null });
    expect(done.finishedAt).not.toBeNull();
  });

  it('enqueues at most one job per dedupe key', async () => {
    const q = open();
    const payloads: unknown[] = [];
    q.work('once', async (job) => {
      payloads.push(job.payload);
    });
    const first = await q.enqueue('once', { n: 1 }, { dedupeKey: 'k1' });
    expect(await q.enqueue('once', { n: 2 }, { dedupeKey: 'k1' })).toBe(first);
    await q.start();
    await waitForState(q, first, 'completed');
    expect(await q.enqueue('once', { n: 3 }, { dedupeKey: 'k1' })).toBe(first);
    expect((await q.list()).filter((j) => j.name === 'once')).toHaveLength(1);
    expect(payloads).toEqual([{ n: 1 }]);
  });

  it('leaves jobs without a handler queued and lists newest first', async () => {
    const q = open();
    q.work('handled', async () => {});
    const orphans: string[] = [];
    for (let i = 0; i < 3; i++) {
      orphans.push(await q.enqueue('orphan:job', { i }));
      await sleep(5); // distinct creation instants, so "newest first" is well defined
    }
    await q.start();
    const handled = await q.enqueue('handled', null);
    await waitForState(q, handled, 'completed');
    const listed = await q.list();
    expect(listed.slice(0, 4).map((j) => j.id)).toEqual([handled, ...orphans.reverse()]);
    expect(listed.filter((j) => j.name === 'orphan:job').map((j) => j.state)).toEqual(['queued', 'queued', 'queued']);
    const queued = await q.list({ state: 'queued' });
    expect(queued.filter((j) => j.name === 'orphan:job').map((j) => j.id)).toEqual(orphans);
    expect(queued.every((j) => j.state === 'queued')).toBe(true);
  });

  it('retries a failing handler until it succeeds', async () => {
    const q = open();
    const attempts: number[] = [];
    q.work('flaky', async (job) => {
      attempts.push(job.attempt);
      if (job.attempt < 3) throw new Error(`flaky attempt ${job.attempt}`);
    });
    await q.start();
    const id = await q.enqueue('flaky', { x: 1 }, { maxAttempts: 5 });
    const done = await waitForState(q, id, 'completed');
    expect(attempts).toEqual([1, 2, 3]);
    expect(done).toMatchObject({ attempts: 3, maxAttempts: 5, lastError: null });
  });

  it('schedules the next attempt after a backoff and shows the job as failed meanwhile', async () => {
    const q = open({ slowBackoff: true });
    let calls = 0;
    q.work('slow-retry', async () => {
      calls++;
      throw new Error('boom');
    });
    await q.start();
    const before = Date.now();
    const id = await q.enqueue('slow-retry', null, { maxAttempts: 3 });
    const failed = await waitForState(q, id, 'failed');
    expect(failed).toMatchObject({ attempts: 1, maxAttempts: 3, finishedAt: null });
    expect(failed.lastError).toContain('boom');
    // The backoff is a property of the stored run time, not of how long the test waited.
    expect(Date.parse(failed.runAt)).toBeGreaterThan(before + 30_000);
    expect(calls).toBe(1);
  });

  it('dead-letters a job that always fails and lists it with its error', async () => {
    const q = open();
    let calls = 0;
    q.work('doomed', async () => {
      calls++;
      throw new Error('always fails');
    });
    await q.start();
    const id = await q.enqueue('doomed', { x: 1 }, { maxAttempts: 2 });
    await waitFor('a dead job', async () => (await q.list({ state: 'dead' })).some((j) => j.id === id));
    const dead = (await q.list({ state: 'dead' })).find((j) => j.id === id) as JobInfo;
    expect(dead).toMatchObject({ name: 'doomed', state: 'dead', attempts: 2, maxAttempts: 2 });
    expect(dead.lastError).toContain('always fails');
    expect(dead.finishedAt).not.toBeNull();
    expect(calls).toBe(2);
  });

  it('retry() runs a dead job again', async () => {
    const q = open();
    let fixed = false;
    let calls = 0;
    q.work('repairable', async () => {
      calls++;
      if (!fixed) throw new Error('not yet');
    });
    await q.start();
    const id = await q.enqueue('repairable', null, { maxAttempts: 1 });
    await waitForState(q, id, 'dead');
    fixed = true;
    expect(await q.retry(id)).toBe(true);
    await waitForState(q, id, 'completed');
    expect(calls).toBe(2);
    expect(await q.retry(id)).toBe(false); // completed jobs are not retryable
    expect(await q.retry('job_00000000000000000000000000')).toBe(false);
    expect(await q.retry('7b0c4f7e-8a51-4bb2-9d7e-3b6f0f1f2a90')).toBe(false);
  });

  it('registers a schedule from two instances at once, and unschedules it', async () => {
    const a = open();
    const b = open();
    await Promise.all([a.schedule('nightly', '0 2 * * *', { k: 1 }), b.schedule('nightly', '0 2 * * *', { k: 1 })]);
    expect(await env.scheduleNames()).toContain('nightly');
    await expect(a.schedule('broken', 'not a cron')).rejects.toThrow();
    await b.unschedule('nightly');
    expect(await env.scheduleNames()).not.toContain('nightly');
  });

  it('stop() waits for a running handler to finish', async () => {
    const q = open();
    let started = false;
    let finished = false;
    q.work('slow', async () => {
      started = true;
      await sleep(1500);
      finished = true;
    });
    await q.start();
    const id = await q.enqueue('slow', null);
    await waitFor('the handler to start', () => started);
    await q.stop();
    expect(finished).toBe(true);
    const reader = open();
    expect((await info(reader, id))?.state).toBe('completed');
  });

  it('keeps queued work across a restart', async () => {
    const a = open();
    const id = await a.enqueue('survivor', { v: 42 });
    await a.stop();
    const b = open();
    const seen: Job[] = [];
    b.work('survivor', async (job) => {
      seen.push(job);
    });
    await b.start();
    await waitFor('the job to run on the new instance', () => seen.length === 1);
    expect(seen[0]).toMatchObject({ id, payload: { v: 42 } });
  });

  it.runIf(driver.onPostgres)('runs each of 30 jobs exactly once across two instances', async () => {
    const a = open();
    const b = open();
    const runs = new Map<string, number>();
    const handler = async (job: Job) => {
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      await sleep(10);
    };
    a.work('bulk', handler);
    b.work('bulk', handler);
    await Promise.all([a.start(), b.start()]);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await (i % 2 ? a : b).enqueue('bulk', { i }));
    const completed = async () => (await a.list({ state: 'completed', limit: 500 })).filter((j) => j.name === 'bulk');
    await waitFor('30 completed jobs', async () => (await completed()).length === 30);
    expect([...runs.keys()].sort()).toEqual([...ids].sort());
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
  });
});

describe.each(localDrivers)('local driver: $name', (driver) => {
  let env: Env & { openLocal(o?: OpenOptions): LocalJobQueue };
  const opened: JobQueue[] = [];
  const open = (o?: OpenOptions) => {
    const q = env.openLocal(o);
    opened.push(q);
    return q;
  };

  beforeAll(async () => {
    env = (await driver.setup()) as typeof env;
  });

  afterEach(async () => {
    for (const q of opened.splice(0)) await q.stop();
  });

  afterAll(async () => {
    await env?.cleanup();
  });

  it('fires a per-second cron schedule with its payload', async () => {
    const q = open();
    const seen: Job[] = [];
    q.work('heartbeat', async (job) => {
      seen.push(job);
    });
    await q.schedule('heartbeat', '* * * * * *', { beat: true });
    await q.start();
    await waitFor('two occurrences', () => seen.length >= 2);
    expect(seen[0].payload).toEqual({ beat: true });
    expect(new Set(seen.map((j) => j.id)).size).toBe(seen.length);
    await q.unschedule('heartbeat');
  });

  it('enqueues each schedule occurrence once, whichever instance ticks', async () => {
    const a = open();
    const b = open();
    await a.schedule('hourly-report', '0 * * * *', { r: 1 });
    await b.schedule('hourly-report', '0 * * * *', { r: 1 });
    // An occurrence certainly after the schedule was defined.
    const at = new Date(Date.now() + 2 * 60 * 60 * 1000);
    const counts = await Promise.all([a.enqueueDueSchedules(at), b.enqueueDueSchedules(at)]);
    expect(counts[0] + counts[1]).toBe(1);
    expect(await open().enqueueDueSchedules(at)).toBe(0);
    const jobs = (await a.list()).filter((j) => j.name === 'hourly-report');
    expect(jobs).toHaveLength(1);
    expect(jobs[0].runAt.endsWith(':00:00.000Z')).toBe(true);
  });

  it('puts back jobs left active by a crashed process', async () => {
    const now = nowIso();
    const long = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    const row = (id: string, lockedBy: string, lockedAt: string) => ({
      id,
      name: 'orphaned',
      payload: JSON.stringify({ id }),
      state: 'active',
      attempts: 1,
      max_attempts: 5,
      run_at: long,
      locked_by: lockedBy,
      locked_at: lockedAt,
      created_at: long,
      updated_at: now,
    });
    // One from a process gone long ago, one from this instance's previous life (same stable id, fresh lock).
    await env.db
      .insertInto('jobs')
      .values([row('job_stale', 'wrk_gone', long), row('job_mine', 'server-1', now)])
      .execute();
    const q = open({ instanceId: 'server-1' });
    const seen: Job[] = [];
    q.work('orphaned', async (job) => {
      seen.push(job);
    });
    await q.start();
    await waitFor('both orphans to run', () => seen.length === 2);
    expect(seen.map((j) => j.id).sort()).toEqual(['job_mine', 'job_stale']);
    expect(seen.every((j) => j.attempt === 2)).toBe(true);
  });
});
