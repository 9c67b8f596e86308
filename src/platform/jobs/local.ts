import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { Db, Dialect } from '../db/index.js';
import type { JobsTable } from '../db/schema.js';
import { newId, nowIso } from '../ids.js';
import type { EnqueueOptions, JobHandler, JobInfo, JobQueue, JobState } from './types.js';

/*
 * States of a row in `jobs` (the same meanings the pg-boss driver maps to):
 *   queued     waiting for its run_at; never attempted, or put back by retry()
 *   active     claimed by the instance in locked_by; its handler is running
 *   failed     the last attempt failed (last_error) and another attempt is due at run_at (backoff)
 *   completed  the handler succeeded (finished_at)
 *   dead       every attempt failed; kept for inspection until retry() puts it back (dead-letter)
 * `attempts` counts claims, so it is the number of the attempt that is running or last ran.
 */

export interface LocalQueueOptions {
  db: Db;
  dialect: Dialect;
  log: Logger;
  /** How often an idle instance looks for due jobs and schedules; default 1000 ms. */
  pollMs?: number;
  /** Identifies this process in `locked_by`; a stable id lets a restart reclaim its own orphans at once. */
  instanceId?: string;
  /** Handlers running at the same time in this process; default 2. */
  concurrency?: number;
  /** Delay after the first failed attempt, doubled after each further one; default 2000 ms. */
  backoffBaseMs?: number;
  /** Upper bound of the retry delay; default one hour. */
  backoffMaxMs?: number;
  /** An active job whose lock has not been refreshed for this long belongs to a dead process; default 5 min. */
  staleAfterMs?: number;
}

/** The local queue, plus the schedule step the poll loop runs (exposed for tests and tooling). */
export interface LocalJobQueue extends JobQueue {
  readonly driver: 'local';
  /** Enqueues the latest due occurrence of every schedule once; returns how many jobs this call inserted. */
  enqueueDueSchedules(now?: Date): Promise<number>;
}

const DEFAULT_MAX_ATTEMPTS = 5;
const RUNNABLE: JobState[] = ['queued', 'failed'];
const RETRYABLE: JobState[] = ['failed', 'dead'];
const INTERRUPTED = 'interrupted: the process running this job stopped before it finished';

function errorMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.length > 2000 ? `${msg.slice(0, 2000)}…` : msg;
}

function toInfo(row: JobsTable): JobInfo {
  return {
    id: row.id,
    name: row.name,
    state: row.state as JobState,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/** The in-process job runner persisted in the `jobs` table (SQLite mode; also runs on PostgreSQL). */
export function createLocalQueue(opts: LocalQueueOptions): LocalJobQueue {
  const { db, dialect, log } = opts;
  const pollMs = opts.pollMs ?? 1000;
  const instanceId = opts.instanceId ?? newId('wrk');
  const concurrency = Math.max(1, opts.concurrency ?? 2);
  const backoffBaseMs = opts.backoffBaseMs ?? 2000;
  const backoffMaxMs = opts.backoffMaxMs ?? 60 * 60 * 1000;
  const staleAfterMs = opts.staleAfterMs ?? 5 * 60 * 1000;
  // Heartbeats keep long handlers from looking stale; a few per stale window is enough.
  const maintenanceEveryMs = Math.max(1000, Math.floor(staleAfterMs / 5));

  const handlers = new Map<string, JobHandler>();
  const running = new Map<string, Promise<void>>();
  const crons = new Map<string, Cron>();
  const lastFired = new Map<string, string>();

  let started = false;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | undefined;
  let wakeRequested = false;
  let lastMaintenance = 0;

  function cronFor(expr: string): Cron {
    let c = crons.get(expr);
    if (!c) {
      c = new Cron(expr, { timezone: 'UTC' });
      crons.set(expr, c);
    }
    return c;
  }

  function scheduleTick(delayMs: number): void {
    if (!started) return;
    if (ticking) {
      if (delayMs === 0) wakeRequested = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      ticking = tick().finally(() => {
        ticking = undefined;
        const next = wakeRequested ? 0 : pollMs;
        wakeRequested = false;
        scheduleTick(next);
      });
    }, delayMs);
  }

  function wake(): void {
    scheduleTick(0);
  }

  async function tick(): Promise<void> {
    try {
      if (Date.now() - lastMaintenance >= maintenanceEveryMs) {
        lastMaintenance = Date.now();
        await heartbeat();
        await recoverStale(false);
      }
      await enqueueDueSchedules(new Date());
      await fill();
    } catch (err) {
      log.error({ err }, 'job queue tick failed');
    }
  }

  async function fill(): Promise<void> {
    while (started && running.size < concurrency && handlers.size > 0) {
      const row = await claim([...handlers.keys()]);
      if (!row) return;
      running.set(
        row.id,
        execute(row).finally(() => {
          running.delete(row.id);
          wake();
        }),
      );
    }
  }

  /** Takes the oldest due job this process has a handler for; the row lock makes it exclusive on PostgreSQL. */
  async function claim(names: string[]): Promise<JobsTable | undefined> {
    return db.transaction().execute(async (tx) => {
      const now = nowIso();
      const row = await tx
        .selectFrom('jobs')
        .selectAll()
        .where('state', 'in', RUNNABLE)
        .where('run_at', '<=', now)
        .where('name', 'in', names)
        .orderBy('run_at')
        .orderBy('id')
        .limit(1)
        // SQLite has no row locks (its writers are serialized) and rejects the clause.
        .$if(dialect === 'postgres', (qb) => qb.forUpdate().skipLocked())
        .executeTakeFirst();
      if (!row) return undefined;
      const attempts = row.attempts + 1;
      const res = await tx
        .updateTable('jobs')
        .set({ state: 'active', attempts, locked_by: instanceId, locked_at: now, updated_at: now })
        .where('id', '=', row.id)
        .where('state', '=', row.state)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return undefined;
      return { ...row, state: 'active', attempts, locked_by: instanceId, locked_at: now };
    });
  }

  async function execute(row: JobsTable): Promise<void> {
    const handler = handlers.get(row.name);
    let failed = false;
    let error: unknown;
    try {
      if (!handler) throw new Error(`no handler for job ${row.name}`);
      await handler({ id: row.id, name: row.name, payload: JSON.parse(row.payload), attempt: row.attempts });
    } catch (err) {
      failed = true;
      error = err;
    }
    try {
      await finish(row, failed, error);
    } catch (err) {
      // The row stays active; recoverStale() hands it out again once its lock goes stale.
      log.error({ err, jobId: row.id, job: row.name }, 'could not record the outcome of a job');
    }
  }

  async function finish(row: JobsTable, failed: boolean, error: unknown): Promise<void> {
    const now = nowIso();
    const mine = db.updateTable('jobs').where('id', '=', row.id).where('state', '=', 'active').where('locked_by', '=', instanceId);
    let res: { numUpdatedRows: bigint };
    if (!failed) {
      res = await mine
        .set({ state: 'completed', locked_by: null, locked_at: null, last_error: null, finished_at: now, updated_at: now })
        .executeTakeFirst();
    } else if (row.attempts >= row.max_attempts) {
      log.error({ err: error, jobId: row.id, job: row.name, attempt: row.attempts }, 'job failed for the last time');
      res = await mine
        .set({
          state: 'dead',
          locked_by: null,
          locked_at: null,
          last_error: errorMessage(error),
          finished_at: now,
          updated_at: now,
        })
        .executeTakeFirst();
    } else {
      const delay = Math.min(backoffMaxMs, backoffBaseMs * 2 ** (row.attempts - 1));
      log.warn({ err: error, jobId: row.id, job: row.name, attempt: row.attempts, delayMs: delay }, 'job failed, will retry');
      res = await mine
        .set({
          state: 'failed',
          locked_by: null,
          locked_at: null,
          last_error: errorMessage(error),
          run_at: new Date(Date.now() + delay).toISOString(),
          updated_at: now,
        })
        .executeTakeFirst();
    }
    if (Number(res.numUpdatedRows) !== 1) {
      log.warn({ jobId: row.id, job: row.name }, 'job was taken over by another instance while it ran');
    }
  }

  async function heartbeat(): Promise<void> {
    if (running.size === 0) return;
    await db
      .updateTable('jobs')
      .set({ locked_at: nowIso() })
      .where('id', 'in', [...running.keys()])
      .where('state', '=', 'active')
      .where('locked_by', '=', instanceId)
      .execute();
  }

  /** Puts back jobs left active by a process that died; `own` also takes this instance id's leftovers from before a restart. */
  async function recoverStale(own: boolean): Promise<void> {
    const now = nowIso();
    const cutoff = new Date(Date.now() - staleAfterMs).toISOString();
    const orphaned = db
      .updateTable('jobs')
      .where('state', '=', 'active')
      .where((eb) => (own ? eb.or([eb('locked_at', '<', cutoff), eb('locked_by', '=', instanceId)]) : eb('locked_at', '<', cutoff)));
    const common = { locked_by: null, locked_at: null, last_error: INTERRUPTED, updated_at: now };
    const dead = await orphaned
      .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
      .set({ ...common, state: 'dead', finished_at: now })
      .executeTakeFirst();
    const requeued = await orphaned.set({ ...common, state: 'failed', run_at: now }).executeTakeFirst();
    const n = Number(dead.numUpdatedRows) + Number(requeued.numUpdatedRows);
    if (n > 0) log.warn({ count: n }, 'recovered jobs interrupted by a stopped process');
  }

  async function insertJob(name: string, payloadJson: string, o: EnqueueOptions): Promise<{ id: string; inserted: boolean }> {
    const maxAttempts = o.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error('maxAttempts must be an integer >= 1');
    const now = nowIso();
    const id = newId('job');
    const res = await db
      .insertInto('jobs')
      .values({
        id,
        name,
        payload: payloadJson,
        state: 'queued',
        attempts: 0,
        max_attempts: maxAttempts,
        run_at: (o.runAt ?? new Date()).toISOString(),
        dedupe_key: o.dedupeKey ?? null,
        created_at: now,
        updated_at: now,
      })
      // Losing the race for a dedupe key is the expected outcome on all but one instance.
      .$if(o.dedupeKey !== undefined, (qb) => qb.onConflict((oc) => oc.column('dedupe_key').doNothing()))
      .executeTakeFirst();
    if (Number(res.numInsertedOrUpdatedRows ?? 0n) === 1) return { id, inserted: true };
    const existing = await db
      .selectFrom('jobs')
      .select('id')
      .where('dedupe_key', '=', o.dedupeKey ?? '')
      .executeTakeFirstOrThrow();
    return { id: existing.id, inserted: false };
  }

  async function enqueueDueSchedules(now: Date = new Date()): Promise<number> {
    const schedules = await db.selectFrom('job_schedules').selectAll().execute();
    let inserted = 0;
    for (const s of schedules) {
      let fire: Date | undefined;
      try {
        // +1 ms: croner's previousRuns excludes a run exactly at the reference instant.
        fire = cronFor(s.cron).previousRuns(1, new Date(now.getTime() + 1))[0];
      } catch (err) {
        log.error({ err, schedule: s.name, cron: s.cron }, 'invalid cron schedule');
        continue;
      }
      if (!fire) continue;
      const fireIso = fire.toISOString();
      // Occurrences before the schedule was (re)defined are not owed; a missed one after it is caught up once.
      if (fireIso < s.updated_at || lastFired.get(s.name) === fireIso) continue;
      const res = await insertJob(s.name, s.payload, { runAt: fire, dedupeKey: `${s.name}@${fireIso}` });
      lastFired.set(s.name, fireIso);
      if (res.inserted) inserted++;
    }
    return inserted;
  }

  return {
    driver: 'local',
    enqueueDueSchedules,

    async enqueue(name, payload, o = {}) {
      const { id } = await insertJob(name, JSON.stringify(payload ?? null), o);
      if (handlers.has(name) && (!o.runAt || o.runAt.getTime() <= Date.now())) wake();
      return id;
    },

    async schedule(name, cron, payload) {
      cronFor(cron); // throws on an invalid expression
      const payloadJson = JSON.stringify(payload ?? null);
      const now = nowIso();
      // updated_at moves only when the definition changes, so re-registering on every boot keeps catch-up working.
      await db
        .insertInto('job_schedules')
        .values({ name, cron, payload: payloadJson, updated_at: now })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet({ cron, payload: payloadJson, updated_at: now })
            .where((eb) => eb.or([eb('job_schedules.cron', '<>', cron), eb('job_schedules.payload', '<>', payloadJson)])),
        )
        .execute();
      lastFired.delete(name);
    },

    async unschedule(name) {
      await db.deleteFrom('job_schedules').where('name', '=', name).execute();
      lastFired.delete(name);
    },

    work(name, handler) {
      handlers.set(name, handler as JobHandler);
      wake();
    },

    async start() {
      if (started) return;
      await recoverStale(true);
      started = true;
      lastMaintenance = Date.now();
      scheduleTick(0);
    },

    async stop() {
      started = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await ticking;
      await Promise.allSettled([...running.values()]);
    },

    async list(filter = {}) {
      const limit = Math.min(Math.max(filter.limit ?? 50, 1), 500);
      const rows = await db
        .selectFrom('jobs')
        .selectAll()
        .$if(filter.state !== undefined, (qb) => qb.where('state', '=', filter.state as JobState))
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toInfo);
    },

    async retry(id) {
      const now = nowIso();
      // A fresh attempt budget: the admin decided the cause is fixed.
      const res = await db
        .updateTable('jobs')
        .set({ state: 'queued', attempts: 0, run_at: now, finished_at: null, locked_by: null, locked_at: null, updated_at: now })
        .where('id', '=', id)
        .where('state', 'in', RETRYABLE)
        .executeTakeFirst();
      const ok = Number(res.numUpdatedRows) === 1;
      if (ok) wake();
      return ok;
    },
  };
}
