import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { requestMeta } from '../../platform/http/auth-hook.js';
import type { App } from '../../platform/http/types.js';
import { setSessionCookie } from '../auth/cookies.js';
import { emailSchema, passwordSchema } from '../auth/schemas.js';
import { orgName, orgSchema, presentOrg } from '../orgs/schemas.js';
import type { SetupService } from './service.js';

/** The first-run setup endpoints. */
export function registerSetupRoutes(app: App, ctx: AppContext, setup: SetupService) {
  const setupLimit = { max: ctx.config.authRateLimit, timeWindow: '1 minute' };
  app.get(
    '/api/v1/setup/status',
    {
      schema: {
        tags: ['setup'],
        summary: 'Whether first-run setup is needed and the token valid',
        querystring: z.object({ token: z.string().max(200).optional() }),
        response: { 200: z.object({ needed: z.boolean(), tokenValid: z.boolean() }) },
      },
      config: { access: { auth: 'public' }, rateLimit: setupLimit },
    },
    async (req) => ({ needed: await setup.needed(), tokenValid: req.query.token ? await setup.checkToken(req.query.token) : false }),
  );

  app.post(
    '/api/v1/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'Create the first organization and its owner',
        body: z.object({
          token: z.string().min(1).max(200),
          orgName,
          name: z.string().trim().min(1).max(100),
          email: emailSchema,
          password: passwordSchema,
        }),
        response: { 201: orgSchema },
      },
      config: { access: { auth: 'public' }, rateLimit: setupLimit },
    },
    async (req, reply) => {
      const { token, ...input } = req.body;
      const r = await setup.complete(token, input, requestMeta(req));
      setSessionCookie(req, reply, r.session.token, ctx.config.sessionMaxHours);
      return reply.status(201).send(presentOrg(r.org));
    },
  );
}
