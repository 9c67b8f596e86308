import { getCatalog } from '../../catalog/index.js';
import type { CategoryId, ControlNature, Frequency, OwnerFunction, TestMethod } from '../../catalog/types.js';
import { appendAudit, type RequestContext } from '../../platform/audit-log/index.js';
import { type Actor, authorize } from '../../platform/authz/index.js';
import { type AppContext, inTx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { newId, nowIso } from '../../platform/ids.js';
import { orgStore } from '../orgs/store.js';
import type { ControlStatus } from '../readiness/engine.js';
import { loadScope, orgOf } from '../scope/service.js';
import { adoptTemplates } from './adopt.js';
import { controlStore } from './store.js';

export interface CriterionLink {
  id: string;
  relation: 'primary' | 'supporting';
}

export interface ControlFields {
  title: string;
  description: string;
  domain: string;
  nature: ControlNature;
  frequency: Frequency;
  ownerFunction: OwnerFunction;
  evidence: string[];
  testProcedures: { method: TestMethod; step: string }[];
}

function checkLinks(criteria: CriterionLink[], iso: string[]): void {
  const c = getCatalog();
  const known = new Set(c.criteria.map((x) => x.id));
  const badC = criteria.filter((l) => !known.has(l.id)).map((l) => l.id);
  if (badC.length) throw badRequest(`Unknown criteria: ${badC.join(', ')}`);
  if (new Set(criteria.map((l) => l.id)).size !== criteria.length) throw badRequest('A criterion is listed twice');
  const isoKnown = new Set(c.isoControls.map((x) => x.id));
  const badI = iso.filter((i) => !isoKnown.has(i));
  if (badI.length) throw badRequest(`Unknown ISO/IEC 27001 controls: ${badI.join(', ')}`);
}

async function insertLinks(tx: Tx, orgId: string, controlId: string, criteria: CriterionLink[], iso: string[]) {
  if (criteria.length) {
    await tx
      .insertInto('control_criteria')
      .values(criteria.map((l) => ({ org_id: orgId, control_id: controlId, criterion_id: l.id, relation: l.relation })))
      .execute();
  }
  const uniqueIso = [...new Set(iso)];
  if (uniqueIso.length)
    await tx
      .insertInto('control_iso')
      .values(uniqueIso.map((i) => ({ org_id: orgId, control_id: controlId, iso_id: i })))
      .execute();
}

/** The organization's controls: adopted from templates or custom. */
export function createControlService(ctx: AppContext) {
  async function mustGet(tx: Tx | AppContext['db'], orgId: string, id: string) {
    const c = await controlStore.get(tx, orgId, id);
    if (!c) throw notFound('Control');
    return c;
  }

  async function audit(tx: Tx, rc: RequestContext, action: string, controlId: string, summary: Record<string, unknown>) {
    await appendAudit(tx, ctx.dialect, rc, { orgId: orgOf(rc.actor), action, targetType: 'control', targetId: controlId, summary });
  }

  return {
    /** Adopts every template that fits the scope and is not adopted yet (idempotent); see adopt.ts. */
    adopt: (rc: RequestContext, opts: { categories?: CategoryId[] } = {}) => adoptTemplates(ctx, rc, opts),

    async list(actor: Actor) {
      authorize(actor, 'controls.read');
      const orgId = orgOf(actor);
      const rows = await controlStore.list(ctx.db, orgId);
      const { criteria, iso } = await controlStore.links(ctx.db, orgId);
      return rows.map((r) => ({
        ...r,
        criteria: criteria
          .filter((c) => c.control_id === r.id)
          .map((c) => ({ id: c.criterion_id, relation: c.relation as CriterionLink['relation'] })),
        iso: iso.filter((i) => i.control_id === r.id).map((i) => i.iso_id),
      }));
    },

    async get(actor: Actor, id: string) {
      authorize(actor, 'controls.read');
      const orgId = orgOf(actor);
      const c = await mustGet(ctx.db, orgId, id);
      const { criteria, iso } = await controlStore.links(ctx.db, orgId, [id]);
      const owner = c.owner_id ? await orgStore.userById(ctx.db, c.owner_id) : undefined;
      const history = await ctx.db
        .selectFrom('control_status_history')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('control_id', '=', id)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      const tasks = await ctx.db
        .selectFrom('tasks')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('control_id', '=', id)
        .orderBy('id', 'desc')
        .execute();
      return {
        control: c,
        owner: owner ? { id: owner.id, name: owner.name, email: owner.email } : null,
        criteria: criteria.map((x) => ({ id: x.criterion_id, relation: x.relation as CriterionLink['relation'] })),
        iso: iso.map((x) => x.iso_id),
        history,
        tasks,
      };
    },

    /** Creates a custom control (code CUS-nn) linked to at least one criterion. */
    async create(rc: RequestContext, input: ControlFields & { criteria: CriterionLink[]; iso: string[]; ownerId?: string | null }) {
      authorize(rc.actor, 'controls.manage');
      const orgId = orgOf(rc.actor);
      checkLinks(input.criteria, input.iso);
      if (!input.criteria.length) throw badRequest('Link the control to at least one criterion');
      return inTx(ctx, async (tx) => {
        if (input.ownerId != null && !(await orgStore.membership(tx, orgId, input.ownerId)))
          throw badRequest('The owner must be a member of the organization');
        const codes = await tx.selectFrom('controls').select('code').where('org_id', '=', orgId).where('code', 'like', 'CUS-%').execute();
        const next = Math.max(0, ...codes.map((c) => Number.parseInt(c.code.slice(4), 10) || 0)) + 1;
        const now = nowIso();
        const row = {
          id: newId('ctl'),
          org_id: orgId,
          template_id: null,
          code: `CUS-${String(next).padStart(2, '0')}`,
          title: input.title,
          description: input.description,
          domain: input.domain,
          nature: input.nature,
          frequency: input.frequency,
          owner_function: input.ownerFunction,
          owner_id: input.ownerId ?? null,
          status: 'not_started',
          status_reason: null,
          active: 1,
          deactivated_reason: null,
          evidence: JSON.stringify(input.evidence),
          test_procedures: JSON.stringify(input.testProcedures),
          created_at: now,
          updated_at: now,
        };
        await tx.insertInto('controls').values(row).execute();
        await insertLinks(tx, orgId, row.id, input.criteria, input.iso);
        await tx
          .insertInto('control_status_history')
          .values({
            id: newId('csh'),
            org_id: orgId,
            control_id: row.id,
            from_status: null,
            to_status: 'not_started',
            reason: 'created',
            actor_label: rc.actor.label,
            created_at: now,
          })
          .execute();
        await audit(tx, rc, 'control.created', row.id, { code: row.code, title: row.title, criteria: input.criteria.map((c) => c.id) });
        return row;
      });
    },

    /** Edits a control's text, nature, frequency and owner; records each changed field. */
    async update(rc: RequestContext, id: string, patch: Partial<ControlFields> & { ownerId?: string | null }) {
      authorize(rc.actor, 'controls.manage');
      const orgId = orgOf(rc.actor);
      return inTx(ctx, async (tx) => {
        const c = await mustGet(tx, orgId, id);
        if (patch.ownerId != null && !(await orgStore.membership(tx, orgId, patch.ownerId)))
          throw badRequest('The owner must be a member of the organization');
        const set: Record<string, unknown> = {};
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        const map: [keyof typeof patch, keyof typeof c][] = [
          ['title', 'title'],
          ['description', 'description'],
          ['domain', 'domain'],
          ['nature', 'nature'],
          ['frequency', 'frequency'],
          ['ownerFunction', 'owner_function'],
          ['ownerId', 'owner_id'],
        ];
        for (const [k, col] of map) {
          if (patch[k] !== undefined && patch[k] !== c[col]) {
            set[col] = patch[k];
            changes[k] = { from: c[col], to: patch[k] };
          }
        }
        if (patch.evidence) set.evidence = JSON.stringify(patch.evidence);
        if (patch.testProcedures) set.test_procedures = JSON.stringify(patch.testProcedures);
        if (!Object.keys(set).length) return c;
        await tx
          .updateTable('controls')
          .set({ ...set, updated_at: nowIso() })
          .where('org_id', '=', orgId)
          .where('id', '=', id)
          .execute();
        await audit(
          tx,
          rc,
          patch.ownerId !== undefined && Object.keys(changes).length === 1 ? 'control.owner_assigned' : 'control.updated',
          id,
          {
            code: c.code,
            ...changes,
            ...(patch.evidence ? { evidence: 'changed' } : {}),
            ...(patch.testProcedures ? { testProcedures: 'changed' } : {}),
          },
        );
        return (await controlStore.get(tx, orgId, id))!;
      });
    },

    /** Moves a control's status; not applicable needs a reason; control owners move only their own controls. */
    async setStatus(rc: RequestContext, id: string, input: { status: ControlStatus; reason?: string }) {
      authorize(rc.actor, 'controls.status');
      const orgId = orgOf(rc.actor);
      const reason = input.reason?.trim() || null;
      if (input.status === 'not_applicable' && !reason) throw badRequest('Say why the control does not apply');
      return inTx(ctx, async (tx) => {
        const c = await mustGet(tx, orgId, id);
        if (
          rc.actor.kind !== 'system' &&
          rc.actor.role === 'control_owner' &&
          (rc.actor.kind !== 'user' || c.owner_id !== rc.actor.userId)
        ) {
          throw forbidden('Control owners can change the status of their own controls only');
        }
        if (!c.active) throw conflict('The control is deactivated; activate it first');
        if (c.status === input.status && (c.status_reason ?? null) === reason) return c;
        const now = nowIso();
        await tx
          .updateTable('controls')
          .set({ status: input.status, status_reason: reason, updated_at: now })
          .where('org_id', '=', orgId)
          .where('id', '=', id)
          .execute();
        await tx
          .insertInto('control_status_history')
          .values({
            id: newId('csh'),
            org_id: orgId,
            control_id: id,
            from_status: c.status,
            to_status: input.status,
            reason,
            actor_label: rc.actor.label,
            created_at: now,
          })
          .execute();
        await audit(tx, rc, 'control.status_changed', id, {
          code: c.code,
          status: { from: c.status, to: input.status },
          ...(reason ? { reason } : {}),
        });
        return (await controlStore.get(tx, orgId, id))!;
      });
    },

    /** Deactivates (with a reason) or reactivates a control; deactivated controls leave readiness. */
    async setActive(rc: RequestContext, id: string, active: boolean, reason?: string) {
      authorize(rc.actor, 'controls.manage');
      const orgId = orgOf(rc.actor);
      if (!active && !reason?.trim()) throw badRequest('Say why the control is deactivated');
      return inTx(ctx, async (tx) => {
        const c = await mustGet(tx, orgId, id);
        if (!!c.active === active) throw conflict(active ? 'The control is already active' : 'The control is already deactivated');
        await tx
          .updateTable('controls')
          .set({ active: active ? 1 : 0, deactivated_reason: active ? null : reason!.trim(), updated_at: nowIso() })
          .where('org_id', '=', orgId)
          .where('id', '=', id)
          .execute();
        await audit(tx, rc, active ? 'control.activated' : 'control.deactivated', id, {
          code: c.code,
          ...(active ? {} : { reason: reason!.trim() }),
        });
        return (await controlStore.get(tx, orgId, id))!;
      });
    },

    /** Replaces a control's criteria and ISO links; the audit entry lists what was added and removed. */
    async setLinks(rc: RequestContext, id: string, input: { criteria: CriterionLink[]; iso?: string[] }) {
      authorize(rc.actor, 'controls.manage');
      const orgId = orgOf(rc.actor);
      checkLinks(input.criteria, input.iso ?? []);
      if (!input.criteria.length) throw badRequest('Link the control to at least one criterion');
      await inTx(ctx, async (tx) => {
        const c = await mustGet(tx, orgId, id);
        const before = await controlStore.links(tx, orgId, [id]);
        await tx.deleteFrom('control_criteria').where('org_id', '=', orgId).where('control_id', '=', id).execute();
        const iso = input.iso ?? before.iso.map((i) => i.iso_id);
        await tx.deleteFrom('control_iso').where('org_id', '=', orgId).where('control_id', '=', id).execute();
        await insertLinks(tx, orgId, id, input.criteria, iso);
        const fmt = (l: { id: string; relation: string }) => `${l.id}:${l.relation}`;
        const was = before.criteria.map((l) => fmt({ id: l.criterion_id, relation: l.relation }));
        const now = input.criteria.map(fmt);
        await audit(tx, rc, 'control.criteria_changed', id, {
          code: c.code,
          added: now.filter((x) => !was.includes(x)),
          removed: was.filter((x) => !now.includes(x)),
          iso: { from: before.iso.map((i) => i.iso_id), to: [...new Set(iso)] },
        });
      });
      return this.get(rc.actor, id);
    },

    /** Per criterion in the catalog: the active controls addressing it. */
    async coverage(actor: Actor) {
      authorize(actor, 'controls.read');
      const orgId = orgOf(actor);
      const controls = await controlStore.forReadiness(ctx.db, orgId);
      const scope = await loadScope(ctx.db, orgId);
      return getCatalog().criteria.map((cr) => {
        const linked = controls.filter((c) => c.active && c.criteria.some((l) => l.id === cr.id));
        return {
          criterionId: cr.id,
          category: cr.category,
          inScope: scope.profile.categories.includes(cr.category),
          controls: linked.map((c) => ({
            id: c.id,
            code: c.code,
            title: c.title,
            status: c.status,
            relation: c.criteria.find((l) => l.id === cr.id)!.relation,
          })),
        };
      });
    },
  };
}

export type ControlService = ReturnType<typeof createControlService>;
