import { templatesForScope } from '../../catalog/index.js';
import type { CategoryId, ControlTemplate } from '../../catalog/types.js';
import { appendAudit, type RequestContext } from '../../platform/audit-log/index.js';
import { authorize } from '../../platform/authz/index.js';
import { type AppContext, inTx } from '../../platform/context.js';
import { newId, nowIso } from '../../platform/ids.js';
import { loadScope, normalizeCategories, orgOf, writeScope } from '../scope/service.js';

function templateRow(orgId: string, t: ControlTemplate, now: string) {
  return {
    id: newId('ctl'),
    org_id: orgId,
    template_id: t.id,
    code: t.id,
    title: t.title,
    description: t.description,
    domain: t.domain,
    nature: t.nature,
    frequency: t.frequency,
    owner_function: t.ownerFunction,
    owner_id: null,
    status: 'not_started',
    status_reason: null,
    active: 1,
    deactivated_reason: null,
    evidence: JSON.stringify(t.evidence),
    test_procedures: JSON.stringify(t.testProcedures),
    created_at: now,
    updated_at: now,
  };
}

/**
 * Adopts every template that fits the scope and is not adopted yet (idempotent). With `categories`,
 * the scope is set to them first. Returns what was added.
 */
export async function adoptTemplates(ctx: AppContext, rc: RequestContext, opts: { categories?: CategoryId[] } = {}) {
  authorize(rc.actor, 'controls.manage');
  const orgId = orgOf(rc.actor);
  return inTx(ctx, async (tx) => {
    const scope = await loadScope(tx, orgId);
    let categories = scope.profile.categories;
    if (opts.categories) {
      categories = normalizeCategories(opts.categories);
      await writeScope(tx, orgId, { ...scope.profile, categories }, scope.systemDescription);
    }
    const existing = new Set(
      (
        await tx.selectFrom('controls').select('template_id').where('org_id', '=', orgId).where('template_id', 'is not', null).execute()
      ).map((r) => r.template_id),
    );
    const fresh = templatesForScope(categories).filter((t) => !existing.has(t.id));
    const now = nowIso();
    // Batched inserts: adopting a full catalog writes hundreds of rows.
    const rows = fresh.map((t) => ({ t, row: templateRow(orgId, t, now) }));
    for (let i = 0; i < rows.length; i += 50) {
      const chunk = rows.slice(i, i + 50);
      await tx
        .insertInto('controls')
        .values(chunk.map((x) => x.row))
        .execute();
      const links = chunk.flatMap(({ t, row }) =>
        t.criteria.map((l) => ({ org_id: orgId, control_id: row.id, criterion_id: l.id, relation: l.relation })),
      );
      if (links.length) await tx.insertInto('control_criteria').values(links).execute();
      const iso = chunk.flatMap(({ t, row }) => [...new Set(t.iso27001)].map((id) => ({ org_id: orgId, control_id: row.id, iso_id: id })));
      if (iso.length) await tx.insertInto('control_iso').values(iso).execute();
      const history = chunk.map(({ row }) => ({
        id: newId('csh'),
        org_id: orgId,
        control_id: row.id,
        from_status: null,
        to_status: 'not_started',
        reason: 'adopted from template',
        actor_label: rc.actor.label,
        created_at: now,
      }));
      await tx.insertInto('control_status_history').values(history).execute();
    }
    await appendAudit(tx, ctx.dialect, rc, {
      orgId,
      action: 'controls.adopted',
      targetType: 'organization',
      targetId: orgId,
      summary: { categories, added: fresh.length, alreadyAdopted: existing.size, templates: fresh.map((t) => t.id) },
    });
    return { categories, added: fresh.map((t) => t.id), alreadyAdopted: existing.size };
  });
}
