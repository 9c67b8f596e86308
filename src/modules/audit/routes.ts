import { z } from 'zod';
import type { App } from '../../platform/http/types.js';
import { pageQuery, pageSchema, toPage } from '../../platform/pagination.js';
import type { AuditService } from './service.js';

const entrySchema = z
  .object({
    id: z.string(),
    seq: z.number(),
    action: z.string(),
    actor: z.object({ type: z.string(), id: z.string().nullable(), label: z.string() }),
    target: z.object({ type: z.string(), id: z.string().nullable() }),
    summary: z.record(z.string(), z.unknown()),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    createdAt: z.string(),
    hash: z.string(),
    prevHash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

const reportSchema = z
  .object({
    intact: z.boolean(),
    entries: z.number(),
    firstBroken: z.object({ seq: z.number(), id: z.string().nullable(), reason: z.string() }).optional(),
  })
  .meta({ id: 'AuditVerification' });

const filterQuery = pageQuery.extend({
  action: z.string().max(80).optional().describe('Action prefix, e.g. member. or invitation.created'),
  actor: z.string().max(120).optional().describe('Part of the actor name or email'),
  targetType: z.string().max(40).optional(),
  targetId: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

/** The audit log: list with filters, and chain verification. */
export function registerAuditRoutes(app: App, audit: AuditService) {
  app.get(
    '/api/v1/audit-log',
    {
      schema: {
        tags: ['audit log'],
        summary: 'Audit log entries, newest first',
        querystring: filterQuery,
        response: { 200: pageSchema(entrySchema) },
      },
      config: { access: { auth: 'org', action: 'audit.read' } },
    },
    async (req) => {
      const { cursor, limit, ...filter } = req.query;
      const page = await audit.list(req.actor!, filter, toPage({ cursor, limit }));
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((e) => ({
          id: e.id,
          seq: e.seq,
          action: e.action,
          actor: { type: e.actor_type, id: e.actor_id, label: e.actor_label },
          target: { type: e.target_type, id: e.target_id },
          summary: JSON.parse(e.summary) as Record<string, unknown>,
          ip: e.ip,
          userAgent: e.user_agent,
          createdAt: e.created_at,
          hash: e.hash,
          prevHash: e.prev_hash,
        })),
      };
    },
  );

  app.get(
    '/api/v1/audit-log/verify',
    {
      schema: { tags: ['audit log'], summary: 'Verify the hash chain of the audit log', response: { 200: reportSchema } },
      config: { access: { auth: 'org', action: 'audit.read' } },
    },
    async (req) => {
      const r = await audit.verify(req.actor!);
      return { intact: r.intact, entries: r.entries, ...(r.firstBroken ? { firstBroken: r.firstBroken } : {}) };
    },
  );
}
