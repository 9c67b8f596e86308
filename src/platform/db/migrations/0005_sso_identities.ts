import type { Kysely, Migration } from 'kysely';

// Which identity at an organization's provider (issuer + subject) is which account. The subject is the
// provider's stable id for a person; the email can change or be given to someone else.
export const m0005_sso_identities: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations use the untyped builder
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('sso_identities')
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('issuer', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sso_identities_pk', ['org_id', 'issuer', 'subject'])
      .execute();
    await db.schema.createIndex('sso_identities_user_idx').on('sso_identities').columns(['org_id', 'issuer', 'user_id']).unique().execute();
  },
};
