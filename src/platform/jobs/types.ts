/** A job as a handler sees it. */
export interface Job<P = unknown> {
  id: string;
  name: string;
  payload: P;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
}

export type JobHandler<P = unknown> = (job: Job<P>) => Promise<void>;

export interface EnqueueOptions {
  /** Earliest time to run; default now. */
  runAt?: Date;
  /** Total attempts before the job is dead-lettered; default 5. */
  maxAttempts?: number;
  /** At most one job with this key is ever enqueued. */
  dedupeKey?: string;
}

export type JobState = 'queued' | 'active' | 'completed' | 'failed' | 'dead';

/** A job as an admin sees it on the job status page. */
export interface JobInfo {
  id: string;
  name: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** The one queue interface; both drivers (in-process on SQLite, pg-boss on PostgreSQL) pass the same contract tests. */
export interface JobQueue {
  readonly driver: 'local' | 'pg-boss';
  enqueue(name: string, payload: unknown, opts?: EnqueueOptions): Promise<string>;
  /** Runs `name` on a cron schedule (UTC); each occurrence runs once across all instances. */
  schedule(name: string, cron: string, payload?: unknown): Promise<void>;
  unschedule(name: string): Promise<void>;
  /** Registers the handler for a job name. */
  work<P>(name: string, handler: JobHandler<P>): void;
  start(): Promise<void>;
  /** Stops taking work and waits for running handlers to finish. */
  stop(): Promise<void>;
  /** Recent jobs, newest first, optionally of one state. */
  list(filter?: { state?: JobState; limit?: number }): Promise<JobInfo[]>;
  /** Puts a failed or dead job back in the queue. */
  retry(id: string): Promise<boolean>;
}
