import { abilities, grantableRoles, type Role } from '../../platform/authz/index.js';
import type { AppContext } from '../../platform/context.js';
import { unauthenticated } from '../../platform/errors.js';
import { requestMeta } from '../../platform/http/auth-hook.js';
import type { App } from '../../platform/http/types.js';
import { orgStore } from '../orgs/store.js';
import { clearSessionCookie, setSessionCookie } from './cookies.js';
import { changePasswordBody, linkBody, meSchema, okSchema, signInBody } from './schemas.js';
import type { AuthService } from './service.js';

/** Sign-in, sign-out, the current person, password change and one-time sign-in links. */
export function registerAuthRoutes(app: App, ctx: AppContext, auth: AuthService) {
  const signinLimit = { max: ctx.config.authRateLimit, timeWindow: '1 minute' };
  app.post(
    '/api/v1/auth/signin',
    {
      schema: { tags: ['auth'], summary: 'Sign in with email and password', body: signInBody, response: { 200: okSchema } },
      config: { access: { auth: 'public' }, rateLimit: signinLimit },
    },
    async (req, reply) => {
      const { token } = await auth.signIn({ ...req.body, previousSessionId: req.session?.id }, requestMeta(req));
      setSessionCookie(req, reply, token, ctx.config.sessionMaxHours);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/auth/link',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with a one-time link from `assay signin-link`',
        body: linkBody,
        response: { 200: okSchema },
      },
      config: { access: { auth: 'public' }, rateLimit: signinLimit },
    },
    async (req, reply) => {
      const { token } = await auth.consumeSigninLink(req.body.token, requestMeta(req));
      setSessionCookie(req, reply, token, ctx.config.sessionMaxHours);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/auth/signout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 200: okSchema } }, config: { access: { auth: 'user' } } },
    async (req, reply) => {
      await auth.signOut(req.session!, requestMeta(req));
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your password (ends your other sessions)',
        body: changePasswordBody,
        response: { 200: okSchema },
      },
      config: { access: { auth: 'user' }, rateLimit: signinLimit },
    },
    async (req) => {
      await auth.changePassword(req.session!, req.body, requestMeta(req));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/me',
    {
      schema: { tags: ['auth'], summary: 'The signed-in person, their organizations and abilities', response: { 200: meSchema } },
      config: { access: { auth: 'user' } },
    },
    async (req) => {
      const s = req.session;
      if (!s) throw unauthenticated();
      const user = await orgStore.userById(ctx.db, s.userId);
      if (!user) throw unauthenticated();
      // A pinned session (opened by one organization's SSO) does not even learn which other organizations exist.
      const orgs = (await orgStore.orgsOfUser(ctx.db, s.userId)).filter((o) => !s.pinnedOrgId || o.id === s.pinnedOrgId);
      const active = orgs.find((o) => o.id === s.activeOrgId) ?? null;
      const actorAbilities = active
        ? abilities({ kind: 'user', userId: s.userId, orgId: active.id, role: active.role as Role, label: s.email, sessionId: s.id })
        : [];
      const row = await ctx.db.selectFrom('sessions').select('expires_at').where('id', '=', s.id).executeTakeFirst();
      return {
        user: { id: user.id, email: user.email, name: user.name, hasPassword: !!user.password_hash },
        organizations: orgs.map((o) => ({ ...o, role: o.role as Role })),
        activeOrg: active ? { ...active, role: active.role as Role } : null,
        abilities: actorAbilities,
        grantableRoles: active ? grantableRoles(active.role as Role) : [],
        csrfToken: s.csrfToken,
        session: { idleMinutes: ctx.config.sessionIdleMinutes, expiresAt: row?.expires_at ?? '', pinnedOrgId: s.pinnedOrgId },
      };
    },
  );
}
