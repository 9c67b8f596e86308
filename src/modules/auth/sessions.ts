import type { AppContext } from '../../platform/context.js';
import { randomToken, sha256Hex } from '../../platform/crypto/tokens.js';
import type { Executor } from '../../platform/db/index.js';
import type { SessionInfo } from '../../platform/http/types.js';
import { newId, nowIso } from '../../platform/ids.js';

export const SESSION_COOKIE = 'assay_session';
const TOUCH_EVERY_MS = 60_000;

export interface NewSession {
  token: string;
  session: SessionInfo;
}

/** Session storage: the cookie holds a random token; only its sha256 is stored. */
export function createSessionStore(ctx: AppContext) {
  const idleMs = ctx.config.sessionIdleMinutes * 60_000;
  const maxMs = ctx.config.sessionMaxHours * 3_600_000;

  return {
    /** Starts a session for a person; the caller sets the cookie. */
    async create(
      db: Executor,
      user: { id: string; email: string; name: string },
      activeOrgId: string | null,
      meta: { ip?: string | null; userAgent?: string | null },
      pinnedOrgId: string | null = null,
    ): Promise<NewSession> {
      const token = randomToken('', 32);
      const now = new Date();
      const row = {
        id: newId('ses'),
        token_hash: sha256Hex(token),
        user_id: user.id,
        active_org_id: pinnedOrgId ?? activeOrgId,
        pinned_org_id: pinnedOrgId,
        csrf_token: randomToken('', 24),
        ip: meta.ip ?? null,
        user_agent: meta.userAgent?.slice(0, 512) ?? null,
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        expires_at: new Date(now.getTime() + maxMs).toISOString(),
      };
      await db.insertInto('sessions').values(row).execute();
      return {
        token,
        session: {
          id: row.id,
          userId: user.id,
          activeOrgId: row.active_org_id,
          pinnedOrgId,
          csrfToken: row.csrf_token,
          email: user.email,
          name: user.name,
        },
      };
    },

    /** The live session for a cookie token, or null when unknown, idle too long or past its absolute end. */
    async resolve(token: string): Promise<SessionInfo | null> {
      if (!token || token.length > 200) return null;
      const row = await ctx.db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select([
          'sessions.id',
          'sessions.user_id',
          'sessions.active_org_id',
          'sessions.pinned_org_id',
          'sessions.csrf_token',
          'sessions.last_seen_at',
          'sessions.expires_at',
          'users.email',
          'users.name',
        ])
        .where('sessions.token_hash', '=', sha256Hex(token))
        .executeTakeFirst();
      if (!row) return null;
      const now = Date.now();
      const lastSeen = Date.parse(row.last_seen_at);
      if (now >= Date.parse(row.expires_at) || now - lastSeen >= idleMs) {
        await ctx.db.deleteFrom('sessions').where('id', '=', row.id).execute();
        return null;
      }
      if (now - lastSeen > TOUCH_EVERY_MS) {
        await ctx.db.updateTable('sessions').set({ last_seen_at: nowIso() }).where('id', '=', row.id).execute();
      }
      return {
        id: row.id,
        userId: row.user_id,
        // A pinned session acts in its organization whatever else the row says.
        activeOrgId: row.pinned_org_id ?? row.active_org_id,
        pinnedOrgId: row.pinned_org_id,
        csrfToken: row.csrf_token,
        email: row.email,
        name: row.name,
      };
    },

    /** Ends one session. */
    async revoke(db: Executor, sessionId: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
    },

    /** Ends every session of a person except, optionally, one. */
    async revokeAllFor(db: Executor, userId: string, exceptSessionId?: string): Promise<void> {
      await db
        .deleteFrom('sessions')
        .where('user_id', '=', userId)
        .$if(!!exceptSessionId, (q) => q.where('id', '!=', exceptSessionId!))
        .execute();
    },

    /** Points the session at another organization. */
    async setActiveOrg(db: Executor, sessionId: string, orgId: string): Promise<void> {
      await db.updateTable('sessions').set({ active_org_id: orgId }).where('id', '=', sessionId).execute();
    },

    /** Deletes expired sessions (run by a scheduled job). */
    async purgeExpired(): Promise<number> {
      const idleCutoff = new Date(Date.now() - idleMs).toISOString();
      const res = await ctx.db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('expires_at', '<=', nowIso()), eb('last_seen_at', '<=', idleCutoff)]))
        .executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
