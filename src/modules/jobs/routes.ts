import { z } from 'zod';
import { appendAudit } from '../../platform/audit-log/index.js';
import { authorize } from '../../platform/authz/index.js';
import { type AppContext, inTx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { requestMeta } from '../../platform/http/auth-hook.js';
import type { App } from '../../platform/http/types.js';
import { okSchema } from '../auth/schemas.js';
import { idParam } from '../orgs/schemas.js';

const jobState = z.enum(['queued', 'active', 'completed', 'failed', 'dead']);
const jobSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    state: jobState,
    attempts: z.number(),
    maxAttempts: z.number(),
    runAt: z.string(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });

/** Background job status for admins, and retrying failed jobs. */
export function registerJobRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/jobs',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Recent background jobs of this Assay instance',
        querystring: z.object({ state: jobState.optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.object({ driver: z.string(), items: z.array(jobSchema) }) },
      },
      config: { access: { auth: 'org', action: 'jobs.read' } },
    },
    async (req) => {
      authorize(req.actor!, 'jobs.read');
      const items = await ctx.jobs.list({ state: req.query.state, limit: req.query.limit });
      return { driver: ctx.jobs.driver, items };
    },
  );

  app.post(
    '/api/v1/jobs/:id/retry',
    {
      schema: { tags: ['jobs'], summary: 'Run a failed job again', params: idParam, response: { 200: okSchema } },
      config: { access: { auth: 'org', action: 'jobs.manage' } },
    },
    async (req) => {
      authorize(req.actor!, 'jobs.manage');
      const ok = await ctx.jobs.retry(req.params.id);
      if (!ok) throw notFound('Failed job');
      await inTx(ctx, (tx) =>
        appendAudit(
          tx,
          ctx.dialect,
          { actor: req.actor!, ...requestMeta(req) },
          {
            orgId: req.actor!.orgId ?? null,
            action: 'job.retried',
            targetType: 'job',
            targetId: req.params.id,
          },
        ),
      );
      return { ok: true as const };
    },
  );
}
