import { appendAudit, type RequestContext } from '../../platform/audit-log/index.js';
import { type Actor, authorize, grantableRoles, type Role } from '../../platform/authz/index.js';
import { type AppContext, inTx } from '../../platform/context.js';
import { randomToken, sha256Hex } from '../../platform/crypto/tokens.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { newId, nowIso } from '../../platform/ids.js';
import { type Page, pageOf } from '../../platform/pagination.js';
import { orgStore } from '../orgs/store.js';

export const TOKEN_PREFIX = 'assay_pat_';
const TOUCH_EVERY_MS = 60_000;

/** API tokens: shown once, stored as sha256 plus the last four characters, bound to an org and a role. */
export function createTokenService(ctx: AppContext) {
  /** Inserts a token and its audit entry; shared by the API and the CLI. */
  async function create(rc: RequestContext, orgId: string, input: { name: string; role: Role; expiresAt?: string | null }) {
    if (input.expiresAt && Date.parse(input.expiresAt) <= Date.now()) throw badRequest('The expiry must be in the future');
    const secret = randomToken(TOKEN_PREFIX, 32);
    const row = {
      id: newId('tok'),
      org_id: orgId,
      name: input.name.trim(),
      role: input.role,
      token_hash: sha256Hex(secret),
      last_four: secret.slice(-4),
      created_by: rc.actor.kind === 'user' ? rc.actor.userId : null,
      created_at: nowIso(),
      expires_at: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
      revoked_at: null,
      last_used_at: null,
    };
    await inTx(ctx, async (tx) => {
      if (!(await orgStore.getOrg(tx, orgId))) throw notFound('Organization');
      await tx.insertInto('api_tokens').values(row).execute();
      await appendAudit(tx, ctx.dialect, rc, {
        orgId,
        action: 'token.created',
        targetType: 'api_token',
        targetId: row.id,
        summary: { name: row.name, role: row.role, lastFour: row.last_four, expiresAt: row.expires_at },
      });
    });
    return { token: row, secret };
  }

  return {
    /** Creates a token for the actor's organization with a role the actor may grant. */
    async create(rc: RequestContext, input: { name: string; role: Role; expiresAt?: string | null }) {
      authorize(rc.actor, 'tokens.manage');
      const actor = rc.actor as Exclude<Actor, { kind: 'system' }>;
      if (!grantableRoles(actor.role).includes(input.role)) throw forbidden('You cannot create a token with a role above your own');
      return create(rc, actor.orgId, input);
    },

    /** The CLI path: the system actor creates a token for any organization. */
    createAsSystem(rc: RequestContext, orgId: string, input: { name: string; role: Role }) {
      return create(rc, orgId, input);
    },

    async list(actor: Actor, page: Page) {
      authorize(actor, 'tokens.read');
      const orgId = (actor as Exclude<Actor, { kind: 'system' }>).orgId;
      const rows = await ctx.db
        .selectFrom('api_tokens')
        .selectAll()
        .where('org_id', '=', orgId)
        .$if(!!page.after, (q) => q.where('id', '<', page.after!))
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      return pageOf(rows, page.limit);
    },

    async revoke(rc: RequestContext, tokenId: string) {
      authorize(rc.actor, 'tokens.manage');
      const orgId = (rc.actor as Exclude<Actor, { kind: 'system' }>).orgId;
      await inTx(ctx, async (tx) => {
        const t = await tx.selectFrom('api_tokens').selectAll().where('org_id', '=', orgId).where('id', '=', tokenId).executeTakeFirst();
        if (!t) throw notFound('Token');
        if (t.revoked_at) throw conflict('The token is already revoked');
        await tx.updateTable('api_tokens').set({ revoked_at: nowIso() }).where('id', '=', t.id).where('org_id', '=', orgId).execute();
        await appendAudit(tx, ctx.dialect, rc, {
          orgId,
          action: 'token.revoked',
          targetType: 'api_token',
          targetId: t.id,
          summary: { name: t.name, lastFour: t.last_four },
        });
      });
    },

    /** The actor a bearer token stands for, or null when it is unknown, revoked or expired. */
    async authenticate(secret: string): Promise<Actor | null> {
      if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
      const t = await ctx.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', sha256Hex(secret)).executeTakeFirst();
      if (!t || t.revoked_at) return null;
      if (t.expires_at && Date.parse(t.expires_at) <= Date.now()) return null;
      if (!t.last_used_at || Date.now() - Date.parse(t.last_used_at) > TOUCH_EVERY_MS) {
        await ctx.db.updateTable('api_tokens').set({ last_used_at: nowIso() }).where('id', '=', t.id).execute();
      }
      return { kind: 'token', tokenId: t.id, orgId: t.org_id, role: t.role as Role, label: `token ${t.name} (…${t.last_four})` };
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
