import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { z } from 'zod';
import { authorize } from '../../platform/authz/index.js';
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

const filterFields = z.object({
  action: z.string().max(80).optional().describe('Action prefix, e.g. member. or invitation.created'),
  actor: z.string().max(120).optional().describe('Part of the actor name or email'),
  targetType: z.string().max(40).optional(),
  targetId: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
const filterQuery = pageQuery.extend(filterFields.shape);

/** The CSV export's columns, in order: one row per entry, everything the chain covers. */
const CSV_COLUMNS = [
  'seq',
  'created_at',
  'action',
  'actor_type',
  'actor_id',
  'actor_label',
  'target_type',
  'target_id',
  'summary',
  'ip',
  'user_agent',
  'prev_hash',
  'hash',
  'id',
] as const;

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
    '/api/v1/audit-log/export.csv',
    {
      schema: {
        tags: ['audit log'],
        summary: 'Audit log entries as CSV, oldest first',
        description:
          'Every entry matching the filters (the same as the list), in chain order, with its hashes. Cells that a spreadsheet would read as a formula are prefixed with an apostrophe.',
        querystring: filterFields,
        produces: ['text/csv'],
        response: { 200: z.string().meta({ description: 'The CSV file, sent as an attachment' }) },
      },
      config: { access: { auth: 'org', action: 'audit.read' } },
    },
    async (req, reply) => {
      authorize(req.actor!, 'audit.read');
      const source = Readable.from(audit.exportRows(req.actor!, req.query));
      const csv = stringify({ header: true, columns: [...CSV_COLUMNS], escape_formulas: true });
      // A failure while reading ends the download with an error instead of a silently short file.
      source.on('error', (err) => csv.destroy(err));
      const day = new Date().toISOString().slice(0, 10);
      return (
        reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="audit-log-${day}.csv"`)
          .header('cache-control', 'no-store')
          // The declared string is the document's view of the body; a stream is sent as it is, unserialized.
          .send(source.pipe(csv) as unknown as string)
      );
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
