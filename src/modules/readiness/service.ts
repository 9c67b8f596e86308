import { getCatalog } from '../../catalog/index.js';
import { appendAudit, type RequestContext } from '../../platform/audit-log/index.js';
import { type Actor, authorize } from '../../platform/authz/index.js';
import { type AppContext, inTx } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { badRequest } from '../../platform/errors.js';
import { newId, nowIso } from '../../platform/ids.js';
import { controlStore } from '../controls/store.js';
import { loadScope, orgOf } from '../scope/service.js';
import { computeReadiness, type Gap, type ReadinessResult } from './engine.js';

/** Readiness of one organization, computed from its scope and controls. */
export async function readinessOf(db: Executor, orgId: string): Promise<ReadinessResult> {
  const scope = await loadScope(db, orgId);
  const catalog = getCatalog();
  return computeReadiness({
    criteria: catalog.criteria,
    categories: scope.profile.categories,
    notRelevant: scope.systemDescription.notRelevant,
    controls: await controlStore.forReadiness(db, orgId),
    isoControls: catalog.isoControls,
  });
}

/** Stores (or refreshes) today's snapshot for the trend chart. */
export async function snapshot(db: Executor, orgId: string, r: ReadinessResult): Promise<void> {
  const day = nowIso().slice(0, 10);
  const detail = JSON.stringify({
    categories: Object.fromEntries(r.categories.map((c) => [c.id, c.score])),
    frameworks: r.frameworks,
    criteriaReady: r.criteriaReady,
    criteriaTotal: r.criteriaTotal,
    gaps: r.gaps.length,
  });
  await db
    .insertInto('readiness_snapshots')
    .values({ org_id: orgId, day, overall: r.overall, detail, created_at: nowIso() })
    .onConflict((oc) => oc.columns(['org_id', 'day']).doUpdateSet({ overall: r.overall, detail, created_at: nowIso() }))
    .execute();
}

function gapTask(g: Gap) {
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  if (g.kind === 'no_control') {
    return {
      title: `Add a control for ${g.criterionId}`,
      description: `${g.message}. Adopt a template or create a custom control and link it to ${g.criterionId}.`,
      controlId: null,
      due,
    };
  }
  if (g.kind === 'no_owner')
    return {
      title: `Assign an owner: ${g.message.replace(/ has no owner$/, '')}`,
      description: `${g.message}.`,
      controlId: g.controlId,
      due,
    };
  return {
    title: `Implement ${g.message.replace(/ is (not started|in progress)$/, '')}`,
    description: `${g.message}; it addresses ${g.criterionId}.`,
    controlId: g.controlId,
    due,
  };
}

/** Readiness, its daily trend, and turning gaps into tasks. */
export function createReadinessService(ctx: AppContext) {
  return {
    async get(actor: Actor) {
      authorize(actor, 'readiness.read');
      const orgId = orgOf(actor);
      const r = await readinessOf(ctx.db, orgId);
      await snapshot(ctx.db, orgId, r);
      return r;
    },

    /** Daily snapshots, oldest first, for the last `days` days. */
    async trend(actor: Actor, days: number) {
      authorize(actor, 'readiness.read');
      const since = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
      const rows = await ctx.db
        .selectFrom('readiness_snapshots')
        .selectAll()
        .where('org_id', '=', orgOf(actor))
        .where('day', '>=', since)
        .orderBy('day')
        .execute();
      return rows.map((r) => ({ day: r.day, overall: Number(r.overall), ...(JSON.parse(r.detail) as Record<string, unknown>) }));
    },

    /** Creates one task per gap (all gaps, or the given keys); a gap that already has a task is skipped. */
    async tasksFromGaps(rc: RequestContext, keys?: string[]) {
      authorize(rc.actor, 'tasks.manage');
      const orgId = orgOf(rc.actor);
      const r = await readinessOf(ctx.db, orgId);
      const gaps = keys ? r.gaps.filter((g) => keys.includes(g.key)) : r.gaps;
      if (keys && gaps.length !== new Set(keys).size) throw badRequest('Some of the gaps no longer exist; reload readiness');
      return inTx(ctx, async (tx) => {
        const existing = new Set(
          (await tx.selectFrom('tasks').select('gap_key').where('org_id', '=', orgId).where('gap_key', 'is not', null).execute()).map(
            (t) => t.gap_key,
          ),
        );
        const created: string[] = [];
        const now = nowIso();
        for (const g of gaps) {
          if (existing.has(g.key)) continue;
          const t = gapTask(g);
          const control = t.controlId ? await controlStore.get(tx, orgId, t.controlId) : undefined;
          const id = newId('tsk');
          await tx
            .insertInto('tasks')
            .values({
              id,
              org_id: orgId,
              title: t.title.slice(0, 200),
              description: t.description,
              control_id: t.controlId,
              criterion_id: g.criterionId,
              gap_key: g.key,
              owner_id: control?.owner_id ?? null,
              due_date: t.due,
              status: 'open',
              created_by: rc.actor.label,
              created_at: now,
              updated_at: now,
            })
            .execute();
          created.push(id);
        }
        if (created.length) {
          await appendAudit(tx, ctx.dialect, rc, {
            orgId,
            action: 'tasks.created_from_gaps',
            targetType: 'organization',
            targetId: orgId,
            summary: { created: created.length },
          });
        }
        return { created: created.length, skipped: gaps.length - created.length };
      });
    },

    /** Refreshes today's snapshot for every organization (the daily job). */
    async snapshotAll() {
      const orgs = await ctx.db.selectFrom('organizations').select('id').execute();
      for (const o of orgs) await snapshot(ctx.db, o.id, await readinessOf(ctx.db, o.id));
      return orgs.length;
    },
  };
}

export type ReadinessService = ReturnType<typeof createReadinessService>;
