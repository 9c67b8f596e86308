import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { requestMeta } from '../../platform/http/auth-hook.js';
import type { App } from '../../platform/http/types.js';
import { pageQuery, pageSchema, toPage } from '../../platform/pagination.js';
import { okSchema, roleSchema } from '../auth/schemas.js';
import { idParam } from '../orgs/schemas.js';
import type { TokenService } from './service.js';

const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: roleSchema,
    lastFour: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

function present(t: {
  id: string;
  name: string;
  role: string;
  last_four: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}) {
  return {
    id: t.id,
    name: t.name,
    role: t.role as z.infer<typeof roleSchema>,
    lastFour: t.last_four,
    createdAt: t.created_at,
    expiresAt: t.expires_at,
    revokedAt: t.revoked_at,
    lastUsedAt: t.last_used_at,
  };
}

/** API token management. */
export function registerTokenRoutes(app: App, ctx: AppContext, tokens: TokenService) {
  app.get(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['api tokens'],
        summary: 'API tokens of the organization',
        querystring: pageQuery,
        response: { 200: pageSchema(tokenSchema) },
      },
      config: { access: { auth: 'org', action: 'tokens.read' } },
    },
    async (req) => {
      const page = await tokens.list(req.actor!, toPage(req.query));
      return { items: page.items.map(present), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['api tokens'],
        summary: 'Create an API token (the secret is shown only in this response)',
        body: z.object({
          name: z.string().trim().min(1).max(80),
          role: roleSchema,
          expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
        }),
        response: { 201: z.object({ token: tokenSchema, secret: z.string() }) },
      },
      config: {
        access: { auth: 'org', action: 'tokens.manage' },
        rateLimit: { max: ctx.config.authRateLimit * 2, timeWindow: '1 minute' },
      },
    },
    async (req, reply) => {
      const r = await tokens.create({ actor: req.actor!, ...requestMeta(req) }, req.body);
      return reply.status(201).send({ token: present(r.token), secret: r.secret });
    },
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      schema: { tags: ['api tokens'], summary: 'Revoke an API token', params: idParam, response: { 200: okSchema } },
      config: { access: { auth: 'org', action: 'tokens.manage' } },
    },
    async (req) => {
      await tokens.revoke({ actor: req.actor!, ...requestMeta(req) }, req.params.id);
      return { ok: true as const };
    },
  );
}
