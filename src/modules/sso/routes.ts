import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { requestMeta } from '../../platform/http/auth-hook.js';
import type { App } from '../../platform/http/types.js';
import { setSessionCookie } from '../auth/cookies.js';
import { ssoCallbackQuery, ssoConfigBody, ssoConfigSchema, ssoStartQuery } from './schemas.js';
import { SsoFlowError, type SsoService, STATE_MINUTES } from './service.js';

/** Remembers in the browser which sign-in it started, so a callback can only finish a flow this browser began. */
export const SSO_STATE_COOKIE = 'assay_sso_state';
const COOKIE_PATH = '/api/v1/auth/sso';

function failRedirect(req: FastifyRequest, reply: FastifyReply, err: unknown) {
  const message = err instanceof SsoFlowError ? err.message : 'Single sign-on failed; try again or ask an administrator';
  if (!(err instanceof SsoFlowError)) req.log.error({ err }, 'sso sign-in failed');
  else req.log.info({ reason: err.message }, 'sso sign-in refused');
  return reply.redirect(`/signin?error=${encodeURIComponent(message)}`, 302);
}

/** SSO configuration for administrators and the public browser sign-in flow (start and callback). */
export function registerSsoRoutes(app: App, ctx: AppContext, sso: SsoService) {
  const rc = (req: FastifyRequest) => ({ actor: req.actor!, ...requestMeta(req) });
  // A sign-in is one start and one callback; allow a few retries per person behind a shared address.
  const flowLimit = { max: ctx.config.authRateLimit * 3, timeWindow: '1 minute' };

  app.get(
    '/api/v1/sso',
    {
      schema: {
        tags: ['sso'],
        summary: 'The single sign-on (OpenID Connect) configuration; never the client secret',
        response: { 200: ssoConfigSchema },
      },
      config: { access: { auth: 'org', action: 'sso.read' } },
    },
    async (req) => sso.getConfig(req.actor!),
  );

  app.put(
    '/api/v1/sso',
    {
      schema: {
        tags: ['sso'],
        summary: 'Configure single sign-on; enabling it checks the issuer by discovery',
        body: ssoConfigBody,
        response: { 200: ssoConfigSchema },
      },
      config: { access: { auth: 'org', action: 'sso.manage' } },
    },
    async (req) => sso.updateConfig(rc(req), req.body),
  );

  app.get(
    '/api/v1/auth/sso/start',
    {
      schema: {
        tags: ['auth'],
        summary: "Start single sign-on: redirects the browser to the organization's identity provider",
        description: 'Answers 302. On failure it redirects to `/signin?error=<message>` instead of returning JSON.',
        querystring: ssoStartQuery,
      },
      config: { access: { auth: 'public' }, rateLimit: flowLimit },
    },
    async (req, reply) => {
      try {
        const { url, state } = await sso.start(req.query.org ?? '');
        reply.setCookie(SSO_STATE_COOKIE, state, {
          httpOnly: true,
          sameSite: 'lax',
          secure: req.protocol === 'https',
          path: COOKIE_PATH,
          maxAge: STATE_MINUTES * 60,
        });
        return reply.redirect(url, 302);
      } catch (err) {
        return failRedirect(req, reply, err);
      }
    },
  );

  app.get(
    '/api/v1/auth/sso/callback',
    {
      schema: {
        tags: ['auth'],
        summary: 'Single sign-on callback (the redirect URI registered at the identity provider)',
        description: 'Signs the person in and redirects to `/`; on failure redirects to `/signin?error=<message>`.',
        querystring: ssoCallbackQuery,
      },
      config: { access: { auth: 'public' }, rateLimit: flowLimit },
    },
    async (req, reply) => {
      const bound = req.cookies[SSO_STATE_COOKIE];
      reply.clearCookie(SSO_STATE_COOKIE, { path: COOKIE_PATH });
      const rawUrl = req.raw.url ?? '';
      const rawQuery = rawUrl.includes('?') ? rawUrl.slice(rawUrl.indexOf('?') + 1) : '';
      try {
        const { token } = await sso.callback(new URLSearchParams(rawQuery), bound, requestMeta(req), req.session?.id);
        setSessionCookie(req, reply, token, ctx.config.sessionMaxHours);
        return reply.redirect('/', 302);
      } catch (err) {
        return failRedirect(req, reply, err);
      }
    },
  );
}
