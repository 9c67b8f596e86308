import { randomToken, sha256Hex } from '../../platform/crypto/tokens.js';
import type { Executor } from '../../platform/db/index.js';
import { newId, nowIso } from '../../platform/ids.js';

export type LinkPurpose = 'setup' | 'signin';

/** One-time links (setup, recovery sign-in): the URL carries a token, only its hash is stored. */
export const oneTimeLinks = {
  /** Issues a link token valid for `minutes`. */
  async issue(db: Executor, purpose: LinkPurpose, userId: string | null, minutes: number): Promise<string> {
    const token = randomToken(purpose === 'setup' ? 'setup_' : 'link_', 32);
    const now = Date.now();
    await db
      .insertInto('one_time_links')
      .values({
        id: newId('otl'),
        purpose,
        token_hash: sha256Hex(token),
        user_id: userId,
        created_at: new Date(now).toISOString(),
        expires_at: new Date(now + minutes * 60_000).toISOString(),
        used_at: null,
      })
      .execute();
    return token;
  },

  /** Finds a live (unused, unexpired) link of the given purpose. */
  async find(db: Executor, purpose: LinkPurpose, token: string) {
    if (!token || token.length > 200) return undefined;
    return db
      .selectFrom('one_time_links')
      .selectAll()
      .where('token_hash', '=', sha256Hex(token))
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', nowIso())
      .executeTakeFirst();
  },

  /** Marks a link used; returns false if another request used it first. */
  async consume(db: Executor, id: string): Promise<boolean> {
    const r = await db
      .updateTable('one_time_links')
      .set({ used_at: nowIso() })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
