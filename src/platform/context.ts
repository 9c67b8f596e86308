import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { BlobStore } from './blobs/index.js';
import type { Secrets } from './crypto/envelope.js';
import type { Db, DbHandle, Dialect, Tx } from './db/index.js';
import type { JobQueue } from './jobs/types.js';
import type { Mailer } from './notify/mailer.js';

/** What every service receives: the shared mechanisms, created once by the composition root. */
export interface AppContext {
  config: Config;
  dbh: DbHandle;
  db: Db;
  dialect: Dialect;
  secrets: Secrets;
  blobs: BlobStore;
  jobs: JobQueue;
  mailer: Mailer;
  log: Logger;
  /** The base URL people open in a browser; links in emails and CLI output start with it. */
  publicUrl(): string;
}

/** Runs `fn` in one database transaction. */
export function inTx<T>(ctx: AppContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(fn);
}
