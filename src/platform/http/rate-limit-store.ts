import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Db } from '../db/index.js';

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];

/**
 * A @fastify/rate-limit store whose counters are rows of `rate_limits`, so that every instance sharing the
 * database counts the same attempts (an in-memory store would give an attacker one budget per instance).
 * One atomic upsert per limited request: a fixed window per key that starts with its first hit.
 */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options?: unknown,
      private readonly prefix = '',
    ) {}

    incr(key: string, cb: Callback, timeWindow: number): void {
      hit(db, `${this.prefix}${key}`.slice(0, 500), timeWindow).then(
        (r) => cb(null, r),
        (err: Error) => cb(err),
      );
    }

    // The plugin passes the merged limit options, with the route under `routeInfo` (its own stores read it there).
    child(options: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      const route = (options as unknown as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      return new DatabaseStore(undefined, `${this.prefix}${String(route?.method ?? '')} ${String(route?.url ?? '')} `);
    }
  }
  return DatabaseStore;
}

/** Counts one hit for `key`; returns the hits in the current window and the milliseconds left in it. */
export async function hit(db: Db, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const now = Date.now();
  const row = await db
    .insertInto('rate_limits')
    .values({ key, hits: 1, reset_at: now + windowMs })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        // A window that has ended starts again with this hit.
        hits: sql<number>`case when rate_limits.reset_at <= ${now} then 1 else rate_limits.hits + 1 end`,
        reset_at: sql<number>`case when rate_limits.reset_at <= ${now} then ${now + windowMs} else rate_limits.reset_at end`,
      }),
    )
    .returning(['hits', 'reset_at'])
    .executeTakeFirstOrThrow();
  return { current: Number(row.hits), ttl: Math.max(0, Number(row.reset_at) - now) };
}

/** Deletes counters whose window has ended (run by the hourly purge job). */
export async function purgeRateLimits(db: Db): Promise<number> {
  const res = await db.deleteFrom('rate_limits').where('reset_at', '<=', Date.now()).executeTakeFirst();
  return Number(res.numDeletedRows);
}
