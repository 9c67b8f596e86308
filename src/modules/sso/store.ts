import type { Executor } from '../../platform/db/index.js';
import type { SsoConfigsTable } from '../../platform/db/schema.js';
import { nowIso } from '../../platform/ids.js';

/** SSO configuration and in-flight sign-in state; every function takes orgId first where a row belongs to one. */
export const ssoStore = {
  /** The organization's SSO configuration row, if one was ever saved. */
  async getConfig(db: Executor, orgId: string) {
    return db.selectFrom('sso_configs').selectAll().where('org_id', '=', orgId).executeTakeFirst();
  },

  /** Inserts or replaces the organization's SSO configuration. */
  async saveConfig(db: Executor, orgId: string, row: Omit<SsoConfigsTable, 'org_id'>): Promise<void> {
    await db
      .insertInto('sso_configs')
      .values({ org_id: orgId, ...row })
      .onConflict((oc) => oc.column('org_id').doUpdateSet(row))
      .execute();
  },

  /** The account linked to this identity at the organization's provider, if any. */
  async identity(db: Executor, orgId: string, issuer: string, subject: string) {
    return db
      .selectFrom('sso_identities')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('issuer', '=', issuer)
      .where('subject', '=', subject)
      .executeTakeFirst();
  },

  /** The identity at the organization's provider already linked to this account, if any. */
  async identityOfUser(db: Executor, orgId: string, issuer: string, userId: string) {
    return db
      .selectFrom('sso_identities')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('issuer', '=', issuer)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  },

  /** Links an identity to an account, or records that it was seen again (with the email it asserted). */
  async touchIdentity(db: Executor, orgId: string, row: { issuer: string; subject: string; userId: string; email: string }) {
    const now = nowIso();
    await db
      .insertInto('sso_identities')
      .values({
        org_id: orgId,
        issuer: row.issuer,
        subject: row.subject,
        user_id: row.userId,
        email: row.email,
        created_at: now,
        last_seen_at: now,
      })
      .onConflict((oc) => oc.columns(['org_id', 'issuer', 'subject']).doUpdateSet({ email: row.email, last_seen_at: now }))
      .execute();
  },

  /** Records one started sign-in (id = hash of the state sent to the identity provider). */
  async insertState(db: Executor, orgId: string, row: { id: string; codeVerifier: string; nonce: string; minutes: number }): Promise<void> {
    const now = Date.now();
    await db
      .insertInto('sso_states')
      .values({
        id: row.id,
        org_id: orgId,
        code_verifier: row.codeVerifier,
        nonce: row.nonce,
        created_at: new Date(now).toISOString(),
        expires_at: new Date(now + row.minutes * 60_000).toISOString(),
      })
      .execute();
  },

  /**
   * Takes a sign-in state out of the table: returns it only to the one caller whose delete removed it, so a
   * state (and the authorization code bound to it) can be used once.
   */
  async takeState(db: Executor, id: string) {
    const row = await db.selectFrom('sso_states').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const r = await db.deleteFrom('sso_states').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) === 1 ? row : undefined;
  },

  /** Deletes expired sign-in states. */
  async purgeExpiredStates(db: Executor): Promise<number> {
    const r = await db.deleteFrom('sso_states').where('expires_at', '<=', nowIso()).executeTakeFirst();
    return Number(r.numDeletedRows);
  },
};
