import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import { m0001_foundation } from './migrations/0001_foundation.js';
import { m0002_program } from './migrations/0002_program.js';
import { m0003_pinned_sessions } from './migrations/0003_pinned_sessions.js';
import { m0004_rate_limits } from './migrations/0004_rate_limits.js';
import { m0005_sso_identities } from './migrations/0005_sso_identities.js';

/** Every migration in order. New migrations are appended here; names never change once released. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001_foundation,
  '0002_program': m0002_program,
  '0003_pinned_sessions': m0003_pinned_sessions,
  '0004_rate_limits': m0004_rate_limits,
  '0005_sso_identities': m0005_sso_identities,
};

// biome-ignore lint/suspicious/noExplicitAny: migrations run on an untyped view of the database
function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** Applies pending migrations; throws with the failing migration's name on error. */
// biome-ignore lint/suspicious/noExplicitAny: see migrator()
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const result = await migrator(db).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const err = result.error instanceof Error ? result.error : new Error(String(result.error));
    err.message = `migration ${failed?.migrationName ?? '?'} failed: ${err.message}`;
    throw err;
  }
  return result;
}

/** Names of migrations not yet applied (empty when the schema is current). */
// biome-ignore lint/suspicious/noExplicitAny: see migrator()
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
