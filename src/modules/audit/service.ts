import { sql } from 'kysely';
import { verifyChain } from '../../platform/audit-log/index.js';
import { type Actor, authorize } from '../../platform/authz/index.js';
import type { AppContext } from '../../platform/context.js';
import { type Page, pageOf } from '../../platform/pagination.js';

export interface AuditFilter {
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

/** Escapes LIKE wildcards so user input matches literally (with `escape '\\'`). */
function escapeLike(v: string): string {
  return v.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const EXPORT_BATCH = 500;

/** Reading and verifying an organization's audit log. */
export function createAuditService(ctx: AppContext) {
  /** The organization's entries matching the filter; `action` matches a prefix, `actor` a part of the actor's name. */
  const matching = (orgId: string, filter: AuditFilter) =>
    ctx.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('org_id', '=', orgId)
      .$if(!!filter.action, (q) => q.where(sql<boolean>`action like ${`${escapeLike(filter.action!)}%`} escape '\\'`))
      .$if(!!filter.actor, (q) =>
        q.where(sql<boolean>`lower(actor_label) like ${`%${escapeLike(filter.actor!.toLowerCase())}%`} escape '\\'`),
      )
      .$if(!!filter.targetType, (q) => q.where('target_type', '=', filter.targetType!))
      .$if(!!filter.targetId, (q) => q.where('target_id', '=', filter.targetId!))
      .$if(!!filter.from, (q) => q.where('created_at', '>=', new Date(filter.from!).toISOString()))
      .$if(!!filter.to, (q) => q.where('created_at', '<', new Date(filter.to!).toISOString()));

  return {
    /** Entries newest first, one page at a time. */
    async list(actor: Actor, filter: AuditFilter, page: Page) {
      authorize(actor, 'audit.read');
      const orgId = (actor as Exclude<Actor, { kind: 'system' }>).orgId;
      const rows = await matching(orgId, filter)
        .$if(!!page.after, (q) => q.where('id', '<', page.after!))
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      return pageOf(rows, page.limit);
    },

    /** Every matching entry in chain order (oldest first), read in batches so a long log never sits in memory. */
    async *exportRows(actor: Actor, filter: AuditFilter) {
      authorize(actor, 'audit.read');
      const orgId = (actor as Exclude<Actor, { kind: 'system' }>).orgId;
      let after = 0;
      for (;;) {
        // An organization's entries form the chain named after it: (chain, seq) is the index to walk.
        const rows = await matching(orgId, filter)
          .where('chain', '=', orgId)
          .where('seq', '>', after)
          .orderBy('seq')
          .limit(EXPORT_BATCH)
          .execute();
        yield* rows;
        if (rows.length < EXPORT_BATCH) return;
        after = rows[rows.length - 1].seq;
      }
    },

    /** Re-computes the organization's chain and reports the first broken entry, if any. */
    async verify(actor: Actor) {
      authorize(actor, 'audit.read');
      const orgId = (actor as Exclude<Actor, { kind: 'system' }>).orgId;
      return verifyChain(ctx.db, orgId);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
