import type { Kysely, Migration } from 'kysely';

// Rate-limit counters live in the database so that every instance in scale-out mode counts the same attempts.
export const m0004_rate_limits: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations use the untyped builder
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('hits', 'integer', (c) => c.notNull())
      // Milliseconds since the epoch when the current window ends.
      .addColumn('reset_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rate_limits_reset_idx').on('rate_limits').column('reset_at').execute();
  },
};
