import { getCatalog } from '../../catalog/index.js';
import type { CategoryId } from '../../catalog/types.js';
import { appendAudit, type RequestContext } from '../../platform/audit-log/index.js';
import { type Actor, authorize } from '../../platform/authz/index.js';
import { type AppContext, inTx } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { badRequest } from '../../platform/errors.js';
import { nowIso } from '../../platform/ids.js';
import { emptyDescription, type Profile, type SystemDescription, systemDescriptionSchema } from './schemas.js';

/** The organization actor's org id. */
export function orgOf(actor: Actor): string {
  if (!actor.orgId) throw new Error('an organization actor is required');
  return actor.orgId;
}

/** Security is always in scope; the order follows the catalog. */
export function normalizeCategories(cats: readonly CategoryId[]): CategoryId[] {
  const set = new Set<CategoryId>([...cats, 'security']);
  return (['security', 'availability', 'processing_integrity', 'confidentiality', 'privacy'] as const).filter((c) => set.has(c));
}

/** Reads the stored scope, or the defaults (security only, empty description). */
export async function loadScope(db: Executor, orgId: string) {
  const row = await db.selectFrom('org_profiles').selectAll().where('org_id', '=', orgId).executeTakeFirst();
  if (!row) {
    return {
      profile: { legalName: '', website: '', industry: '', headcount: '', categories: ['security'] as CategoryId[] },
      systemDescription: emptyDescription(),
      updatedAt: null as string | null,
    };
  }
  return {
    profile: {
      legalName: row.legal_name,
      website: row.website,
      industry: row.industry,
      headcount: row.headcount,
      categories: normalizeCategories(JSON.parse(row.categories) as CategoryId[]),
    },
    systemDescription: systemDescriptionSchema.parse(JSON.parse(row.system_description)),
    updatedAt: row.updated_at as string | null,
  };
}

function checkCriteriaIds(ids: string[]): void {
  const known = new Set(getCatalog().criteria.map((c) => c.id));
  const bad = ids.filter((id) => !known.has(id));
  if (bad.length) throw badRequest(`Unknown criteria: ${[...new Set(bad)].join(', ')}`);
}

/** Which DC 200 sections changed, for the audit summary (never the full text). */
function changedSections(before: SystemDescription, after: SystemDescription): string[] {
  return (Object.keys(after) as (keyof SystemDescription)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** Stores the profile, the categories in scope and the system description (insert or update). */
export async function writeScope(db: Executor, orgId: string, profile: Profile, description: SystemDescription): Promise<void> {
  const values = {
    legal_name: profile.legalName,
    website: profile.website,
    industry: profile.industry,
    headcount: profile.headcount,
    categories: JSON.stringify(normalizeCategories(profile.categories)),
    system_description: JSON.stringify(description),
    updated_at: nowIso(),
  };
  await db
    .insertInto('org_profiles')
    .values({ org_id: orgId, ...values })
    .onConflict((oc) => oc.column('org_id').doUpdateSet(values))
    .execute();
}

/** Scope (categories in scope, organization profile) and the system description. */
export function createScopeService(ctx: AppContext) {
  async function save(
    rc: RequestContext,
    next: { profile: Profile; systemDescription: SystemDescription },
    action: string,
    summary: Record<string, unknown>,
  ) {
    const orgId = orgOf(rc.actor);
    await inTx(ctx, async (tx) => {
      await writeScope(tx, orgId, next.profile, next.systemDescription);
      await appendAudit(tx, ctx.dialect, rc, { orgId, action, targetType: 'scope', targetId: orgId, summary });
    });
    return loadScope(ctx.db, orgId);
  }

  return {
    async get(actor: Actor) {
      authorize(actor, 'scope.read');
      return loadScope(ctx.db, orgOf(actor));
    },

    /** Sets the profile and the categories in scope (security is always kept). */
    async updateProfile(rc: RequestContext, profile: Profile) {
      authorize(rc.actor, 'scope.manage');
      const current = await loadScope(ctx.db, orgOf(rc.actor));
      const before = current.profile.categories;
      const after = normalizeCategories(profile.categories);
      return save(rc, { profile: { ...profile, categories: after }, systemDescription: current.systemDescription }, 'scope.updated', {
        categories: { from: before, to: after },
        profileFields: (['legalName', 'website', 'industry', 'headcount'] as const).filter((k) => current.profile[k] !== profile[k]),
      });
    },

    /** Replaces the system description; criterion ids in it must exist. */
    async updateDescription(rc: RequestContext, description: SystemDescription) {
      authorize(rc.actor, 'scope.manage');
      checkCriteriaIds([
        ...description.notRelevant.map((n) => n.criterionId),
        ...description.cuecs.flatMap((c) => c.criteria),
        ...description.subserviceOrgs.flatMap((s) => s.criteria),
      ]);
      const current = await loadScope(ctx.db, orgOf(rc.actor));
      return save(rc, { profile: current.profile, systemDescription: description }, 'system_description.updated', {
        sections: changedSections(current.systemDescription, description),
        notRelevant: description.notRelevant.map((n) => n.criterionId),
      });
    },
  };
}

export type ScopeService = ReturnType<typeof createScopeService>;
