import { setTimeout as sleep } from 'node:timers/promises';
import { appendAudit, type RequestContext } from '../../platform/audit-log/index.js';
import type { Actor, Role } from '../../platform/authz/index.js';
import { type AppContext, inTx } from '../../platform/context.js';
import { hashPassword, verifyDummy, verifyPassword } from '../../platform/crypto/password.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { AppError, badRequest, conflict, forbidden, unauthenticated } from '../../platform/errors.js';
import type { SessionInfo } from '../../platform/http/types.js';
import { newId, nowIso } from '../../platform/ids.js';
import { orgStore } from '../orgs/store.js';
import { oneTimeLinks } from './links.js';
import type { NewSession, SessionStore } from './sessions.js';

/** After this many failed sign-ins in a row the account locks for LOCK_MINUTES. */
export const LOCK_AFTER = 10;
export const LOCK_MINUTES = 15;
/** Failed sign-ins wait longer each time: 250 ms, 500 ms, … capped at 4 s. */
function failureDelayMs(failures: number): number {
  return Math.min(250 * 2 ** Math.max(0, failures - 1), 4000);
}

export const MIN_PASSWORD = 12;

/** Checks the password rule shared by setup, invitations and password change. */
export function checkPasswordStrength(password: string, email?: string): void {
  if (password.length < MIN_PASSWORD) throw badRequest(`Passwords need at least ${MIN_PASSWORD} characters`);
  if (password.length > 256) throw badRequest('Passwords may have at most 256 characters');
  if (email && password.toLowerCase().includes(email.toLowerCase().split('@')[0]) && email.split('@')[0].length >= 4) {
    throw badRequest('The password must not contain your email name');
  }
}

type Meta = { ip?: string | null; userAgent?: string | null };

function userActor(user: { id: string; email: string }, orgId: string | null, role: Role | null, sessionId = ''): Actor {
  if (orgId && role) return { kind: 'user', userId: user.id, orgId, role, label: user.email, sessionId };
  return { kind: 'system', label: user.email };
}

/** Sign-in, sign-out, password change and recovery links. */
export function createAuthService(ctx: AppContext, sessions: SessionStore) {
  /** The organization a new session starts in: the person's first, if any. */
  async function defaultOrg(db: Executor, userId: string) {
    const orgs = await orgStore.orgsOfUser(db, userId);
    return orgs[0] ?? null;
  }

  return {
    /** Creates a person with a password (used by setup and by accepting an invitation). */
    async createUser(db: Executor, input: { email: string; name: string; password: string | null }) {
      const email = input.email.trim().toLowerCase();
      if (await orgStore.userByEmail(db, email)) throw conflict('An account with this email already exists');
      if (input.password !== null) checkPasswordStrength(input.password, email);
      const now = nowIso();
      const user = {
        id: newId('usr'),
        email,
        name: input.name.trim(),
        password_hash: input.password === null ? null : await hashPassword(input.password),
        failed_signins: 0,
        locked_until: null,
        created_at: now,
        updated_at: now,
      };
      await db.insertInto('users').values(user).execute();
      return user;
    },

    /** Verifies email and password with a growing delay and a temporary lockout; returns a new session. */
    async signIn(input: { email: string; password: string; previousSessionId?: string }, meta: Meta): Promise<NewSession> {
      const email = input.email.trim().toLowerCase();
      const user = await orgStore.userByEmail(ctx.db, email);
      if (!user?.password_hash) {
        await verifyDummy(input.password);
        await sleep(failureDelayMs(1));
        throw unauthenticated('Email or password is incorrect');
      }
      if (user.locked_until && Date.parse(user.locked_until) > Date.now()) {
        throw new AppError(
          'locked',
          `Too many failed attempts. Try again after ${new Date(user.locked_until).toISOString().slice(11, 16)} UTC.`,
        );
      }
      const ok = await verifyPassword(user.password_hash, input.password);
      if (!ok) {
        const failures = user.failed_signins + 1;
        const lock = failures >= LOCK_AFTER;
        await inTx(ctx, async (tx) => {
          await tx
            .updateTable('users')
            .set({
              failed_signins: lock ? 0 : failures,
              locked_until: lock ? new Date(Date.now() + LOCK_MINUTES * 60_000).toISOString() : user.locked_until,
            })
            .where('id', '=', user.id)
            .execute();
          if (lock) {
            const org = await defaultOrg(tx, user.id);
            await appendAudit(
              tx,
              ctx.dialect,
              { actor: { kind: 'system', label: 'assay' }, ...meta },
              {
                orgId: org?.id ?? null,
                action: 'user.locked',
                targetType: 'user',
                targetId: user.id,
                summary: { email: user.email, minutes: LOCK_MINUTES },
              },
            );
          }
        });
        await sleep(failureDelayMs(failures));
        throw unauthenticated('Email or password is incorrect');
      }
      return inTx(ctx, async (tx) => {
        await tx.updateTable('users').set({ failed_signins: 0, locked_until: null }).where('id', '=', user.id).execute();
        if (input.previousSessionId) await sessions.revoke(tx, input.previousSessionId);
        const org = await defaultOrg(tx, user.id);
        const created = await sessions.create(tx, user, org?.id ?? null, meta);
        await appendAudit(
          tx,
          ctx.dialect,
          { actor: userActor(user, org?.id ?? null, (org?.role as Role) ?? null, created.session.id), ...meta },
          {
            orgId: org?.id ?? null,
            action: 'session.signin',
            targetType: 'user',
            targetId: user.id,
            summary: { method: 'password' },
          },
        );
        return created;
      });
    },

    /** Starts a session for a person who proved identity another way (SSO, one-time link, setup). */
    async startSession(
      db: Tx,
      user: { id: string; email: string; name: string },
      orgId: string | null,
      method: string,
      meta: Meta,
      opts: { pinned?: boolean } = {},
    ): Promise<NewSession> {
      const org = orgId ? { id: orgId, role: await orgStore.roleOf(db, orgId, user.id) } : await defaultOrg(db, user.id);
      const pinned = opts.pinned && org ? org.id : null;
      const created = await sessions.create(db, user, org?.id ?? null, meta, pinned);
      await appendAudit(
        db,
        ctx.dialect,
        { actor: userActor(user, org?.id ?? null, (org?.role as Role) ?? null, created.session.id), ...meta },
        {
          orgId: org?.id ?? null,
          action: 'session.signin',
          targetType: 'user',
          targetId: user.id,
          summary: pinned ? { method, pinnedTo: pinned } : { method },
        },
      );
      return created;
    },

    /** Ends the current session. */
    async signOut(session: SessionInfo, meta: Meta): Promise<void> {
      await inTx(ctx, async (tx) => {
        await sessions.revoke(tx, session.id);
        const role = session.activeOrgId ? await orgStore.roleOf(tx, session.activeOrgId, session.userId) : null;
        await appendAudit(
          tx,
          ctx.dialect,
          { actor: userActor({ id: session.userId, email: session.email }, session.activeOrgId, role, session.id), ...meta },
          {
            orgId: role ? session.activeOrgId : null,
            action: 'session.signout',
            targetType: 'user',
            targetId: session.userId,
          },
        );
      });
    },

    /** Changes the signed-in person's password and ends their other sessions. */
    async changePassword(session: SessionInfo, input: { currentPassword: string; newPassword: string }, meta: Meta): Promise<void> {
      const user = await orgStore.userById(ctx.db, session.userId);
      if (!user) throw unauthenticated();
      // The identity provider that opened a pinned session must not be able to give the account a password that
      // works everywhere; a person without one sets it after signing in with a one-time link.
      if (!user.password_hash && session.pinnedOrgId) {
        throw forbidden(
          'You signed in through single sign-on and your account has no password yet. To set one, sign in with a one-time link from an administrator (assay signin-link).',
        );
      }
      if (user.password_hash) {
        if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
          throw new AppError('validation_failed', 'The current password is incorrect', { field: 'currentPassword' });
        }
      }
      checkPasswordStrength(input.newPassword, user.email);
      const hash = await hashPassword(input.newPassword);
      await inTx(ctx, async (tx) => {
        await tx.updateTable('users').set({ password_hash: hash, updated_at: nowIso() }).where('id', '=', user.id).execute();
        await sessions.revokeAllFor(tx, user.id, session.id);
        const role = session.activeOrgId ? await orgStore.roleOf(tx, session.activeOrgId, user.id) : null;
        await appendAudit(
          tx,
          ctx.dialect,
          { actor: userActor(user, session.activeOrgId, role, session.id), ...meta },
          {
            orgId: role ? session.activeOrgId : null,
            action: 'user.password_changed',
            targetType: 'user',
            targetId: user.id,
            summary: { otherSessionsEnded: true },
          },
        );
      });
    },

    /** Issues a one-time sign-in link for a person (the CLI recovery path for a broken SSO setup). */
    async issueSigninLink(email: string, rc: RequestContext): Promise<string> {
      const user = await orgStore.userByEmail(ctx.db, email);
      if (!user) throw new AppError('not_found', `No account with the email ${email}`);
      return inTx(ctx, async (tx) => {
        const token = await oneTimeLinks.issue(tx, 'signin', user.id, 30);
        const org = await defaultOrg(tx, user.id);
        await appendAudit(tx, ctx.dialect, rc, {
          orgId: org?.id ?? null,
          action: 'user.signin_link_issued',
          targetType: 'user',
          targetId: user.id,
          summary: { email: user.email, validMinutes: 30 },
        });
        return `${ctx.publicUrl()}/signin/link?token=${encodeURIComponent(token)}`;
      });
    },

    /** Signs in with a one-time link; the link works once. */
    async consumeSigninLink(token: string, meta: Meta): Promise<NewSession> {
      return inTx(ctx, async (tx) => {
        const link = await oneTimeLinks.find(tx, 'signin', token);
        if (!link?.user_id || !(await oneTimeLinks.consume(tx, link.id))) {
          throw new AppError('gone', 'This sign-in link is invalid, expired or already used');
        }
        const user = await orgStore.userById(tx, link.user_id);
        if (!user) throw new AppError('gone', 'This sign-in link is invalid, expired or already used');
        await tx.updateTable('users').set({ failed_signins: 0, locked_until: null }).where('id', '=', user.id).execute();
        return this.startSession(tx, user, null, 'one-time link', meta);
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
