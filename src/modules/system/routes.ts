import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { pendingMigrations } from '../../platform/db/migrate.js';
import type { App } from '../../platform/http/types.js';

/** Liveness and readiness probes for load balancers and orchestrators. */
export function registerSystemRoutes(app: App, ctx: AppContext) {
  app.get(
    '/healthz',
    {
      schema: { tags: ['system'], summary: 'The process is up', response: { 200: z.object({ status: z.literal('ok') }) } },
      config: { access: { auth: 'public' } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['system'],
        summary: 'The database is reachable and its migrations are current',
        response: {
          200: z.object({ status: z.literal('ready') }),
          503: z.object({ status: z.literal('unavailable'), reason: z.string() }),
        },
      },
      config: { access: { auth: 'public' } },
    },
    async (_req, reply) => {
      try {
        await sql`select 1`.execute(ctx.db);
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, reason: 'database unreachable' });
      }
      let pending: string[];
      try {
        pending = await pendingMigrations(ctx.db);
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, reason: 'migration state unreadable' });
      }
      if (pending.length)
        return reply.status(503).send({ status: 'unavailable' as const, reason: `pending migrations: ${pending.join(', ')}` });
      return { status: 'ready' as const };
    },
  );
}
