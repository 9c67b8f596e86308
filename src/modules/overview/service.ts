import type { SelectQueryBuilder } from 'kysely';
import { type Actor, authorize, can } from '../../platform/authz/index.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/ids.js';
import { orgOf } from '../scope/service.js';

/** How far an organization has come with setting up Assay; a part is null when the caller may not read that area. */
export interface SetupProgress {
  scope: { saved: boolean } | null;
  controls: { active: number; withoutOwner: number } | null;
  team: { members: number; pendingInvitations: number | null } | null;
  sso: { enabled: boolean } | null;
  tokens: { active: number } | null;
}

/** The number of rows a query selects. */
const countRows = <DB, TB extends keyof DB>(q: SelectQueryBuilder<DB, TB, object>) =>
  q
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst()
    .then((r) => Number((r as { n?: number | string } | undefined)?.n ?? 0));

/** The facts behind the overview page's next steps, each one query, read only where the actor may read it. */
export function createOverviewService(ctx: AppContext) {
  const db = ctx.db;
  return {
    async progress(actor: Actor): Promise<SetupProgress> {
      authorize(actor, 'org.read');
      const orgId = orgOf(actor);
      const scope = can(actor, 'scope.read')
        ? { saved: !!(await db.selectFrom('org_profiles').select('org_id').where('org_id', '=', orgId).executeTakeFirst()) }
        : null;
      const controls = can(actor, 'controls.read')
        ? await db
            .selectFrom('controls')
            .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('owner_id').as('owned')])
            .where('org_id', '=', orgId)
            .where('active', '=', 1)
            .executeTakeFirst()
            .then((r) => ({ active: Number(r?.n ?? 0), withoutOwner: Number(r?.n ?? 0) - Number(r?.owned ?? 0) }))
        : null;
      const team = can(actor, 'members.read')
        ? {
            members: await countRows(db.selectFrom('memberships').where('org_id', '=', orgId)),
            pendingInvitations: can(actor, 'invitations.read')
              ? await countRows(
                  db
                    .selectFrom('invitations')
                    .where('org_id', '=', orgId)
                    .where('status', '=', 'pending')
                    .where('expires_at', '>', nowIso()),
                )
              : null,
          }
        : null;
      const sso = can(actor, 'sso.read')
        ? { enabled: (await db.selectFrom('sso_configs').select('enabled').where('org_id', '=', orgId).executeTakeFirst())?.enabled === 1 }
        : null;
      const tokens = can(actor, 'tokens.read')
        ? {
            active: await countRows(
              db
                .selectFrom('api_tokens')
                .where('org_id', '=', orgId)
                .where('revoked_at', 'is', null)
                .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', nowIso())])),
            ),
          }
        : null;
      return { scope, controls, team, sso, tokens };
    },
  };
}

export type OverviewService = ReturnType<typeof createOverviewService>;
