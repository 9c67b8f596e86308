import type { Kysely, Migration } from 'kysely';

// A session opened through an organization's single sign-on is pinned to that organization: the identity
// provider vouches for the person there and nowhere else.
export const m0003_pinned_sessions: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations use the untyped builder
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('sessions')
      .addColumn('pinned_org_id', 'text', (c) => c.references('organizations.id').onDelete('cascade'))
      .execute();
    // Sessions from before this column cannot say whether SSO opened them. Those of accounts without a password
    // can only have come from SSO (or a one-time link): end them, so that no unpinned SSO session survives.
    await db
      .deleteFrom('sessions')
      .where('user_id', 'in', db.selectFrom('users').select('id').where('password_hash', 'is', null))
      .execute();
  },
};
