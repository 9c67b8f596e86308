import type { Executor } from '../../platform/db/index.js';
import type { ReadinessControl } from '../readiness/engine.js';

/** Control queries; every function takes the organization id first. */
export const controlStore = {
  async get(db: Executor, orgId: string, id: string) {
    return db.selectFrom('controls').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  },

  async links(db: Executor, orgId: string, controlIds?: string[]) {
    if (controlIds && !controlIds.length) return { criteria: [], iso: [] };
    const criteria = await db
      .selectFrom('control_criteria')
      .selectAll()
      .where('org_id', '=', orgId)
      .$if(!!controlIds, (q) => q.where('control_id', 'in', controlIds!))
      .orderBy('criterion_id')
      .execute();
    const iso = await db
      .selectFrom('control_iso')
      .selectAll()
      .where('org_id', '=', orgId)
      .$if(!!controlIds, (q) => q.where('control_id', 'in', controlIds!))
      .orderBy('iso_id')
      .execute();
    return { criteria, iso };
  },

  async list(db: Executor, orgId: string) {
    return db
      .selectFrom('controls')
      .leftJoin('users', 'users.id', 'controls.owner_id')
      .selectAll('controls')
      .select(['users.name as owner_name', 'users.email as owner_email'])
      .where('controls.org_id', '=', orgId)
      .orderBy('controls.code')
      .execute();
  },

  /** The shape the readiness engine needs, for every control of the organization. */
  async forReadiness(db: Executor, orgId: string): Promise<ReadinessControl[]> {
    const rows = await db
      .selectFrom('controls')
      .select(['id', 'code', 'title', 'status', 'owner_id', 'active'])
      .where('org_id', '=', orgId)
      .execute();
    const { criteria, iso } = await controlStore.links(db, orgId);
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      status: r.status as ReadinessControl['status'],
      ownerId: r.owner_id,
      active: !!r.active,
      criteria: criteria
        .filter((c) => c.control_id === r.id)
        .map((c) => ({ id: c.criterion_id, relation: c.relation as 'primary' | 'supporting' })),
      iso: iso.filter((i) => i.control_id === r.id).map((i) => i.iso_id),
    }));
  },
};
