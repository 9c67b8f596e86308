import { appendAudit, type RequestContext } from '../../platform/audit-log/index.js';
import { type Actor, authorize, grantableRoles, type Role } from '../../platform/authz/index.js';
import { type AppContext, inTx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import type { SessionInfo } from '../../platform/http/types.js';
import { newId, nowIso } from '../../platform/ids.js';
import { type Page, pageOf } from '../../platform/pagination.js';
import type { AuthService } from '../auth/service.js';
import type { SessionStore } from '../auth/sessions.js';
import { createInvitationService } from './invitations.js';
import { refusePinned } from './pinned.js';
import { orgStore } from './store.js';

/** Turns an organization name into a URL-safe short name. */
export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return base || 'org';
}

function orgIdOf(actor: Actor): string {
  if (actor.kind === 'system' || !actor.orgId) throw new Error('an organization actor is required');
  return actor.orgId;
}

function roleOfActor(actor: Actor): Role {
  return actor.kind === 'system' ? 'owner' : actor.role;
}

/** Organizations, members and invitations. */
export function createOrgService(ctx: AppContext, auth: AuthService, sessions: SessionStore) {
  async function uniqueSlug(tx: Tx, name: string): Promise<string> {
    const base = slugify(name);
    for (let i = 0; i < 50; i++) {
      const slug = i === 0 ? base : `${base}-${i + 1}`;
      if (!(await orgStore.getOrgBySlug(tx, slug))) return slug;
    }
    return `${base}-${newId('x').slice(-6)}`;
  }

  async function insertOrg(tx: Tx, name: string) {
    const org = { id: newId('org'), name: name.trim(), slug: await uniqueSlug(tx, name), created_at: nowIso() };
    await tx.insertInto('organizations').values(org).execute();
    return org;
  }

  async function addMember(tx: Tx, orgId: string, userId: string, role: Role) {
    const m = { id: newId('mem'), org_id: orgId, user_id: userId, role, created_at: nowIso() };
    await tx.insertInto('memberships').values(m).execute();
    return m;
  }

  /** Inserts an organization with its first owner and records both in the new organization's audit chain. */
  async function createWithOwner(
    tx: Tx,
    name: string,
    owner: { id: string; email: string; sessionId: string },
    meta: Omit<RequestContext, 'actor'>,
    via: 'setup' | 'app',
  ) {
    const org = await insertOrg(tx, name);
    const m = await addMember(tx, org.id, owner.id, 'owner');
    const rc = {
      actor: { kind: 'user', userId: owner.id, orgId: org.id, role: 'owner', label: owner.email, sessionId: owner.sessionId } as Actor,
      ...meta,
    };
    await appendAudit(tx, ctx.dialect, rc, {
      orgId: org.id,
      action: 'org.created',
      targetType: 'organization',
      targetId: org.id,
      summary: { name: org.name, slug: org.slug, owner: owner.email, via },
    });
    await appendAudit(tx, ctx.dialect, rc, {
      orgId: org.id,
      action: 'member.added',
      targetType: 'membership',
      targetId: m.id,
      summary: { email: owner.email, role: 'owner' },
    });
    return org;
  }

  return {
    insertOrg,
    addMember,

    /** Creates the first organization and its owner; allowed only while no organization exists. */
    async setupFirst(
      tx: Tx,
      input: { orgName: string; name: string; email: string; password: string },
      meta: Omit<RequestContext, 'actor'>,
    ) {
      if ((await orgStore.countOrgs(tx)) > 0) throw conflict('Assay is already set up');
      const user = await auth.createUser(tx, { email: input.email, name: input.name, password: input.password });
      const org = await createWithOwner(tx, input.orgName, { id: user.id, email: user.email, sessionId: '' }, meta, 'setup');
      return { org, user };
    },

    /** A signed-in person creates another organization and becomes its owner; the session switches to it. */
    async createOrg(session: SessionInfo, name: string, meta: Omit<RequestContext, 'actor'>) {
      refusePinned(session, 'create another organization');
      return inTx(ctx, async (tx) => {
        const org = await createWithOwner(tx, name, { id: session.userId, email: session.email, sessionId: session.id }, meta, 'app');
        await sessions.setActiveOrg(tx, session.id, org.id);
        return org;
      });
    },

    /** Switches the session to another organization the person belongs to; any other id is not found. */
    async switchOrg(session: SessionInfo, orgId: string) {
      const m = await orgStore.membership(ctx.db, orgId, session.userId);
      if (!m) throw notFound('Organization');
      if (orgId !== session.pinnedOrgId) refusePinned(session, 'open another organization');
      await sessions.setActiveOrg(ctx.db, session.id, orgId);
      return orgStore.getOrg(ctx.db, orgId);
    },

    async getOrg(actor: Actor) {
      authorize(actor, 'org.read');
      const org = await orgStore.getOrg(ctx.db, orgIdOf(actor));
      if (!org) throw notFound('Organization');
      return org;
    },

    async updateOrg(rc: RequestContext, input: { name: string }) {
      authorize(rc.actor, 'org.update');
      const orgId = orgIdOf(rc.actor);
      return inTx(ctx, async (tx) => {
        const before = await orgStore.getOrg(tx, orgId);
        if (!before) throw notFound('Organization');
        await tx.updateTable('organizations').set({ name: input.name.trim() }).where('id', '=', orgId).execute();
        await appendAudit(tx, ctx.dialect, rc, {
          orgId,
          action: 'org.updated',
          targetType: 'organization',
          targetId: orgId,
          summary: { name: { from: before.name, to: input.name.trim() } },
        });
        return { ...before, name: input.name.trim() };
      });
    },

    async listMembers(actor: Actor, page: Page) {
      authorize(actor, 'members.read');
      const rows = await orgStore.listMembers(ctx.db, orgIdOf(actor), page);
      return pageOf(rows, page.limit);
    },

    /** Changes a member's role. Only owners grant or take away owner, and the last owner stays. */
    async changeRole(rc: RequestContext, membershipId: string, role: Role) {
      authorize(rc.actor, 'members.manage');
      const orgId = orgIdOf(rc.actor);
      return inTx(ctx, async (tx) => {
        const m = await orgStore.membershipById(tx, orgId, membershipId);
        if (!m) throw notFound('Member');
        const mine = roleOfActor(rc.actor);
        if (!grantableRoles(mine).includes(role) || (m.role === 'owner' && mine !== 'owner')) {
          throw forbidden('Only an owner can grant or remove the owner role');
        }
        if (m.role === 'owner' && role !== 'owner' && (await orgStore.countOwners(tx, orgId)) <= 1) {
          throw conflict('An organization needs at least one owner');
        }
        if (m.role === role) return m;
        await tx.updateTable('memberships').set({ role }).where('id', '=', m.id).where('org_id', '=', orgId).execute();
        await appendAudit(tx, ctx.dialect, rc, {
          orgId,
          action: 'member.role_changed',
          targetType: 'membership',
          targetId: m.id,
          summary: { email: m.email, role: { from: m.role, to: role } },
        });
        return { ...m, role };
      });
    },

    /** Removes a member and ends their sessions in this organization. */
    async removeMember(rc: RequestContext, membershipId: string) {
      authorize(rc.actor, 'members.manage');
      const orgId = orgIdOf(rc.actor);
      await inTx(ctx, async (tx) => {
        const m = await orgStore.membershipById(tx, orgId, membershipId);
        if (!m) throw notFound('Member');
        if (m.role === 'owner' && roleOfActor(rc.actor) !== 'owner') throw forbidden('Only an owner can remove an owner');
        if (m.role === 'owner' && (await orgStore.countOwners(tx, orgId)) <= 1) throw conflict('An organization needs at least one owner');
        await tx.deleteFrom('memberships').where('id', '=', m.id).where('org_id', '=', orgId).execute();
        // Sessions pinned to this organization (opened through its SSO) have nowhere else to go: they end.
        await tx.deleteFrom('sessions').where('user_id', '=', m.user_id).where('pinned_org_id', '=', orgId).execute();
        await tx
          .updateTable('sessions')
          .set({ active_org_id: null })
          .where('user_id', '=', m.user_id)
          .where('active_org_id', '=', orgId)
          .execute();
        await appendAudit(tx, ctx.dialect, rc, {
          orgId,
          action: 'member.removed',
          targetType: 'membership',
          targetId: m.id,
          summary: { email: m.email, role: m.role },
        });
      });
    },

    ...createInvitationService(ctx, auth, sessions, addMember),
  };
}

export type OrgService = ReturnType<typeof createOrgService>;
