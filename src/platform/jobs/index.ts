import type { Logger } from 'pino';
import type { Db, Dialect } from '../db/index.js';
import { createLocalQueue } from './local.js';
import { createPgBossQueue } from './pgboss.js';
import type { JobQueue } from './types.js';

export type { EnqueueOptions, Job, JobHandler, JobInfo, JobQueue, JobState } from './types.js';

/** The job queue for this deployment: pg-boss on PostgreSQL, the in-process persisted runner on SQLite. */
export function createJobQueue(opts: { db: Db; dialect: Dialect; databaseUrl?: string; log: Logger }): JobQueue {
  if (opts.dialect === 'postgres') {
    if (!opts.databaseUrl) throw new Error('the job queue needs the database URL in PostgreSQL mode');
    return createPgBossQueue({ connectionString: opts.databaseUrl, log: opts.log });
  }
  return createLocalQueue({ db: opts.db, dialect: opts.dialect, log: opts.log });
}
