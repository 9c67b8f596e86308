import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { JobHandler, JobInfo, JobQueue, JobState } from './types.js';

export interface PgBossQueueOptions {
  connectionString: string;
  log: Logger;
  /** PostgreSQL schema pg-boss keeps its tables in; default `pgboss`. */
  schema?: string;
  /** How often an idle worker polls its queue; default 2 s, pg-boss's minimum is 0.5 s. */
  pollSeconds?: number;
  /** Delay before the first retry; pg-boss doubles it (with jitter) for each further one; default 2 s. */
  retryDelaySeconds?: number;
  /** Workers (jobs running at once) per job name in this process; default 2. */
  workersPerQueue?: number;
  /** Connections in pg-boss's own pool; default 10. */
  poolSize?: number;
  /** How long stop() waits for running handlers before failing them; default 30 s. */
  stopTimeoutMs?: number;
}

/** Payload envelope: pg-boss wants an object, and the dead-letter copy must still say which job it was. */
interface Envelope {
  name: string;
  payload: unknown;
}

interface JobRow {
  id: string;
  name: string;
  state: string;
  retry_count: number;
  retry_limit: number;
  started_on: Date | null;
  start_after: Date;
  last_error: string | null;
  created_on: Date;
  completed_on: Date | null;
}

const DEFAULT_MAX_ATTEMPTS = 5;
// Never produced by toQueueName (its `-` is always followed by two hex digits), so it cannot collide with a job.
const DEAD_LETTER_QUEUE = 'dead-letter';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// pg-boss state -> JobState; `retry` is our `failed` (last attempt failed, another is scheduled).
const FROM_BOSS: Record<string, JobState> = {
  created: 'queued',
  retry: 'failed',
  active: 'active',
  completed: 'completed',
  failed: 'dead',
  cancelled: 'dead',
};
const TO_BOSS: Record<JobState, string[]> = {
  queued: ['created'],
  failed: ['retry'],
  active: ['active'],
  completed: ['completed'],
  dead: ['failed', 'cancelled'],
};

/** Maps a job name to a pg-boss queue name ([A-Za-z0-9_.-]); other bytes, and `-`, become `-xx` (hex). */
export function toQueueName(name: string): string {
  let out = '';
  for (const byte of Buffer.from(name, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.]/.test(c) ? c : `-${byte.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/** Inverse of toQueueName. */
export function fromQueueName(queue: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < queue.length; i++) {
    const hex = queue.slice(i + 1, i + 3);
    if (queue[i] === '-' && /^[0-9a-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(queue.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A UUID derived from the queue and dedupe key: pg-boss's primary key then refuses a second job with the key. */
function keyedId(queue: string, key: string): string {
  const h = createHash('sha256').update(`${queue}\0${key}`).digest();
  h[6] = (h[6] & 0x0f) | 0x80; // version 8 (custom)
  h[8] = (h[8] & 0x3f) | 0x80; // RFC 4122 variant
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function toInfo(r: JobRow): JobInfo {
  return {
    id: r.id,
    name: fromQueueName(r.name),
    state: FROM_BOSS[r.state] ?? 'dead',
    // retry_count grows on each fetch after the first, so the attempt number is retry_count + 1 once started.
    attempts: r.started_on ? r.retry_count + 1 : 0,
    maxAttempts: r.retry_limit + 1,
    runAt: r.start_after.toISOString(),
    lastError: r.state === 'completed' ? null : r.last_error,
    createdAt: r.created_on.toISOString(),
    finishedAt: r.completed_on ? r.completed_on.toISOString() : null,
  };
}

/** Creates a pg-boss queue unless it exists; instances starting together can deadlock in create_queue, so retry. */
async function createQueue(boss: PgBoss, queue: string, options: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(queue)) return;
    try {
      await boss.createQueue(queue, options);
      return;
    } catch (err) {
      // 40P01 deadlock_detected: the loser's transaction rolled back entirely, so trying again is safe.
      if ((err as { code?: string }).code !== '40P01' || attempt >= 5) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 100 * attempt));
    }
  }
}

/** The PostgreSQL job queue on pg-boss: retries with backoff, a dead-letter queue and cluster-wide cron schedules. */
export function createPgBossQueue(opts: PgBossQueueOptions): JobQueue {
  const { log } = opts;
  const schema = opts.schema ?? 'pgboss';
  const pollSeconds = Math.max(0.5, opts.pollSeconds ?? 2);
  const retryDelay = Math.max(1, Math.round(opts.retryDelaySeconds ?? 2));
  const workersPerQueue = Math.max(1, opts.workersPerQueue ?? 2);
  const stopTimeoutMs = opts.stopTimeoutMs ?? 30_000;
  if (!/^[A-Za-z_]\w*$/.test(schema)) throw new Error(`invalid pg-boss schema name: ${schema}`);

  const handlers = new Map<string, JobHandler>();
  const queues = new Set<string>();
  const pending = new Set<Promise<void>>();
  let opening: Promise<PgBoss> | undefined;
  let started = false;

  /** Opens pg-boss on first use (also for enqueue-only callers such as the CLI); after stop() the next call reopens it. */
  function open(): Promise<PgBoss> {
    opening ??= (async () => {
      const boss = new PgBoss({
        connectionString: opts.connectionString,
        schema,
        max: opts.poolSize ?? 10,
        application_name: 'assay-jobs',
        // Maintenance fails jobs whose process died (expireIn) and archives old ones; cron needs the timekeeper.
        supervise: true,
        schedule: true,
        pollingIntervalSeconds: pollSeconds,
      });
      boss.on('error', (err) => log.error({ err }, 'pg-boss error'));
      await boss.start();
      await createQueue(boss, DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE });
      return boss;
    })();
    const current = opening;
    current.catch(() => {
      if (opening === current) opening = undefined;
    });
    return current;
  }

  async function ensureQueue(boss: PgBoss, name: string): Promise<string> {
    const queue = toQueueName(name);
    if (!queues.has(queue)) {
      await createQueue(boss, queue, {
        name: queue,
        retryLimit: DEFAULT_MAX_ATTEMPTS - 1,
        retryDelay,
        retryBackoff: true,
        deadLetter: DEAD_LETTER_QUEUE,
      });
      queues.add(queue);
    }
    return queue;
  }

  async function startWorkers(name: string): Promise<void> {
    const boss = await open();
    const queue = await ensureQueue(boss, name);
    const options = { includeMetadata: true as const, batchSize: 1, pollingIntervalSeconds: pollSeconds };
    for (let i = 0; i < workersPerQueue; i++) {
      await boss.work<Envelope>(queue, options, async ([job]) => {
        const handler = handlers.get(name);
        if (!handler) throw new Error(`no handler for job ${name}`);
        const attempt = job.retryCount + 1;
        try {
          await handler({ id: job.id, name, payload: job.data.payload, attempt });
        } catch (err) {
          const last = attempt > job.retryLimit;
          log[last ? 'error' : 'warn'](
            { err, jobId: job.id, job: name, attempt },
            last ? 'job failed for the last time' : 'job failed, will retry',
          );
          // pg-boss stores the thrown value as the job's output; an Error gives it a `message`.
          throw err instanceof Error ? err : new Error(String(err));
        }
      });
    }
  }

  function track(p: Promise<void>): void {
    const guarded = p.catch((err) => log.error({ err }, 'could not start job workers'));
    pending.add(guarded);
    guarded.finally(() => pending.delete(guarded));
  }

  async function sql<R>(text: string, values: unknown[]): Promise<R[]> {
    const boss = await open();
    const res = await boss.getDb().executeSql(text, values);
    return (res?.rows ?? []) as R[];
  }

  const columns = `id::text as id, name, state::text as state, retry_count, retry_limit, started_on, start_after,
    coalesce(output->>'message', output->>'value') as last_error, created_on, completed_on`;

  return {
    driver: 'pg-boss',

    async enqueue(name, payload, o = {}) {
      const boss = await open();
      const queue = await ensureQueue(boss, name);
      const maxAttempts = o.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
      if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error('maxAttempts must be an integer >= 1');
      const send: PgBoss.SendOptions = { retryLimit: maxAttempts - 1 };
      if (o.runAt) send.startAfter = o.runAt;
      if (o.dedupeKey !== undefined) {
        send.id = keyedId(queue, o.dedupeKey);
        // The key also holds for jobs maintenance has already moved to the archive.
        const archived = await sql(`select 1 from ${schema}.archive where name = $1 and id = $2::uuid`, [queue, send.id]);
        if (archived.length > 0) return send.id;
      }
      const envelope: Envelope = { name, payload: payload ?? null };
      const id = await boss.send(queue, envelope, send);
      if (id) return id;
      if (send.id) return send.id; // the dedupe key was taken: the existing job is the answer
      throw new Error(`pg-boss did not accept job ${name}`);
    },

    async schedule(name, cron, payload) {
      const boss = await open();
      const queue = await ensureQueue(boss, name);
      const envelope: Envelope = { name, payload: payload ?? null };
      // pg-boss's timekeeper sends each occurrence once across instances (singleton per minute).
      await boss.schedule(queue, cron, envelope, { tz: 'UTC' });
    },

    async unschedule(name) {
      const boss = await open();
      await boss.unschedule(toQueueName(name));
    },

    work(name, handler) {
      const isNew = !handlers.has(name);
      handlers.set(name, handler as JobHandler);
      if (started && isNew) track(startWorkers(name));
    },

    async start() {
      if (started) return;
      const boss = await open();
      started = true;
      // Dead-lettered copies are logged and consumed; the failed original stays visible in list() as `dead`.
      await boss.work<Envelope>(
        DEAD_LETTER_QUEUE,
        { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: pollSeconds },
        async ([job]) => {
          log.error({ job: job.data?.name, output: job.output }, 'job dead-lettered');
        },
      );
      for (const name of handlers.keys()) track(startWorkers(name));
      await Promise.all(pending);
    },

    async stop() {
      started = false;
      await Promise.all(pending);
      const current = opening;
      opening = undefined;
      queues.clear();
      if (!current) return;
      const boss = await current.catch(() => undefined);
      // graceful + wait: stops fetching, waits for running handlers (up to the timeout), then closes the pool.
      await boss?.stop({ graceful: true, wait: true, timeout: stopTimeoutMs });
    },

    async list(filter = {}) {
      const limit = Math.min(Math.max(filter.limit ?? 50, 1), 500);
      const states = filter.state ? TO_BOSS[filter.state] : null;
      const where = `name <> $1 and left(name, 10) <> '__pgboss__' and ($2::text[] is null or state::text = any($2))`;
      const rows = await sql<JobRow>(
        `select * from (
           (select ${columns} from ${schema}.job where ${where} order by created_on desc, id desc limit $3)
           union all
           (select ${columns} from ${schema}.archive where ${where} order by created_on desc, id desc limit $3)
         ) j order by created_on desc, id desc limit $3`,
        [DEAD_LETTER_QUEUE, states, limit],
      );
      return rows.map(toInfo);
    },

    async retry(id) {
      if (!UUID.test(id)) return false;
      const [row] = await sql<{ name: string; state: string }>(
        `select name, state::text as state from ${schema}.job where id = $1::uuid and name <> $2`,
        [id, DEAD_LETTER_QUEUE],
      );
      if (!row) return false;
      if (row.state === 'retry') {
        // Already waiting for its next attempt: make that attempt due now.
        const moved = await sql(
          `update ${schema}.job set start_after = now() where name = $1 and id = $2::uuid and state = 'retry' returning 1`,
          [row.name, id],
        );
        return moved.length === 1;
      }
      if (row.state !== 'failed') return false;
      const boss = await open();
      // pg-boss grants the dead job one more attempt (retry_limit + 1) and queues it.
      const res = (await boss.retry(row.name, id)) as unknown as { affected?: number } | undefined;
      return (res?.affected ?? 0) > 0;
    },
  };
}
