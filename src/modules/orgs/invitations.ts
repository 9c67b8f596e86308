import { appendAudit, type RequestContext } from '../../platform/audit-log/index.js';
import { type Actor, authorize, grantableRoles, type Role } from '../../platform/authz/index.js';
import { type AppContext, inTx } from '../../platform/context.js';
import { randomToken, sha256Hex } from '../../platform/crypto/tokens.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import type { SessionInfo } from '../../platform/http/types.js';
import { newId, nowIso } from '../../platform/ids.js';
import { type Page, pageOf } from '../../platform/pagination.js';
import type { AuthService } from '../auth/service.js';
import type { SessionStore } from '../auth/sessions.js';
import { refusePinned } from './pinned.js';
import { orgStore } from './store.js';

const INVITE_DAYS = 7;

function orgIdOf(actor: Actor): string {
  if (!actor.orgId) throw new Error('an organization actor is required');
  return actor.orgId;
}

function roleOfActor(actor: Actor): Role {
  return actor.kind === 'system' ? 'owner' : actor.role;
}

type AddMember = (tx: Tx, orgId: string, userId: string, role: Role) => Promise<{ id: string }>;

/** Invitations: create (emailed or shown), list, revoke, look up by link, accept. */
export function createInvitationService(ctx: AppContext, auth: AuthService, sessions: SessionStore, addMember: AddMember) {
  return {
    async listInvitations(actor: Actor, page: Page) {
      authorize(actor, 'invitations.read');
      const rows = await ctx.db
        .selectFrom('invitations')
        .selectAll()
        .where('org_id', '=', orgIdOf(actor))
        .$if(!!page.after, (q) => q.where('id', '<', page.after!))
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      return pageOf(rows.map(presentInvitationStatus), page.limit);
    },

    /** Invites a person by email; mails the link when SMTP is set up, otherwise returns it to pass on. */
    async invite(rc: RequestContext, input: { email: string; role: Role }) {
      authorize(rc.actor, 'invitations.manage');
      const orgId = orgIdOf(rc.actor);
      const email = input.email.trim().toLowerCase();
      if (!grantableRoles(roleOfActor(rc.actor)).includes(input.role)) throw forbidden('Only an owner can invite an owner');
      const token = randomToken('inv_', 32);
      const link = `${ctx.publicUrl()}/invite?token=${encodeURIComponent(token)}`;
      const { invitation, org } = await inTx(ctx, async (tx) => {
        const org = await orgStore.getOrg(tx, orgId);
        if (!org) throw notFound('Organization');
        const existing = await orgStore.userByEmail(tx, email);
        if (existing && (await orgStore.membership(tx, orgId, existing.id))) throw conflict(`${email} is already a member`);
        await tx
          .updateTable('invitations')
          .set({ status: 'revoked' })
          .where('org_id', '=', orgId)
          .where('email', '=', email)
          .where('status', '=', 'pending')
          .execute();
        const now = Date.now();
        const invitation = {
          id: newId('inv'),
          org_id: orgId,
          email,
          role: input.role,
          token_hash: sha256Hex(token),
          invited_by: rc.actor.kind === 'user' ? rc.actor.userId : await firstOwnerId(tx, orgId),
          status: 'pending',
          created_at: new Date(now).toISOString(),
          expires_at: new Date(now + INVITE_DAYS * 86_400_000).toISOString(),
          accepted_at: null,
        };
        await tx.insertInto('invitations').values(invitation).execute();
        await appendAudit(tx, ctx.dialect, rc, {
          orgId,
          action: 'invitation.created',
          targetType: 'invitation',
          targetId: invitation.id,
          summary: { email, role: input.role, delivery: ctx.mailer.enabled ? 'email' : 'link' },
        });
        return { invitation, org };
      });
      let emailed = false;
      let emailError: string | undefined;
      if (ctx.mailer.enabled) {
        try {
          await ctx.mailer.send({
            to: email,
            subject: `You are invited to ${org.name} on Assay`,
            text: `${rc.actor.label} invited you to join ${org.name} on Assay as ${input.role.replace('_', ' ')}.\n\nAccept the invitation: ${link}\n\nThe link works once and expires in ${INVITE_DAYS} days.\n`,
          });
          emailed = true;
        } catch (err) {
          emailError = 'The invitation email could not be sent; pass the link on yourself.';
          ctx.log.warn({ err: (err as Error).message, invitation: invitation.id }, 'invitation email failed');
        }
      }
      return { invitation: presentInvitationStatus(invitation), emailed, link: emailed ? undefined : link, emailError };
    },

    async revokeInvitation(rc: RequestContext, invitationId: string) {
      authorize(rc.actor, 'invitations.manage');
      const orgId = orgIdOf(rc.actor);
      await inTx(ctx, async (tx) => {
        const inv = await tx
          .selectFrom('invitations')
          .selectAll()
          .where('org_id', '=', orgId)
          .where('id', '=', invitationId)
          .executeTakeFirst();
        if (!inv) throw notFound('Invitation');
        if (inv.status !== 'pending') throw conflict(`The invitation is already ${inv.status}`);
        await tx.updateTable('invitations').set({ status: 'revoked' }).where('id', '=', inv.id).where('org_id', '=', orgId).execute();
        await appendAudit(tx, ctx.dialect, rc, {
          orgId,
          action: 'invitation.revoked',
          targetType: 'invitation',
          targetId: inv.id,
          summary: { email: inv.email, role: inv.role },
        });
      });
    },

    /** What an invitation link offers, for the acceptance page. */
    async lookupInvitation(token: string) {
      const inv = await findPendingInvitation(ctx, token);
      const org = await orgStore.getOrg(ctx.db, inv.org_id);
      const user = await orgStore.userByEmail(ctx.db, inv.email);
      return { email: inv.email, role: inv.role as Role, orgName: org?.name ?? '', accountExists: !!user, expiresAt: inv.expires_at };
    },

    /**
     * Accepts an invitation: a signed-in person with the invited email joins; otherwise a new account is
     * created with the given name and password. Returns the new session when one was started.
     */
    async acceptInvitation(
      input: { token: string; name?: string; password?: string },
      session: SessionInfo | undefined,
      meta: Omit<RequestContext, 'actor'>,
    ) {
      return inTx(ctx, async (tx) => {
        const inv = await findPendingInvitation(ctx, input.token, tx);
        let user = await orgStore.userByEmail(tx, inv.email);
        if (user) {
          if (!session) throw new AppError('unauthenticated', `Sign in as ${inv.email} to accept this invitation`);
          // The session could not open the new organization afterwards; say so before anything changes.
          if (session.pinnedOrgId && session.pinnedOrgId !== inv.org_id)
            refusePinned(session, 'accept an invitation to another organization');
          if (session.userId !== user.id) throw conflict(`This invitation is for ${inv.email}; you are signed in as ${session.email}`);
        } else {
          if (session) throw conflict(`This invitation is for ${inv.email}; you are signed in as ${session.email}. Sign out first.`);
          if (!input.name?.trim() || !input.password) throw badRequest('Enter your name and a password to create your account');
          user = await auth.createUser(tx, { email: inv.email, name: input.name, password: input.password });
        }
        const upd = await tx
          .updateTable('invitations')
          .set({ status: 'accepted', accepted_at: nowIso() })
          .where('id', '=', inv.id)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        if (Number(upd.numUpdatedRows) !== 1) throw new AppError('gone', 'This invitation was already used');
        const m = await addMember(tx, inv.org_id, user.id, inv.role as Role);
        const actor: Actor = {
          kind: 'user',
          userId: user.id,
          orgId: inv.org_id,
          role: inv.role as Role,
          label: user.email,
          sessionId: session?.id ?? '',
        };
        await appendAudit(
          tx,
          ctx.dialect,
          { actor, ...meta },
          {
            orgId: inv.org_id,
            action: 'invitation.accepted',
            targetType: 'invitation',
            targetId: inv.id,
            summary: { email: inv.email, role: inv.role, membership: m.id },
          },
        );
        if (session) {
          await sessions.setActiveOrg(tx, session.id, inv.org_id);
          return { orgId: inv.org_id, newSession: undefined };
        }
        const newSession = await auth.startSession(tx, user, inv.org_id, 'invitation', meta);
        return { orgId: inv.org_id, newSession };
      });
    },
  };
}

async function firstOwnerId(tx: Tx, orgId: string): Promise<string> {
  const m = await tx
    .selectFrom('memberships')
    .select('user_id')
    .where('org_id', '=', orgId)
    .where('role', '=', 'owner')
    .orderBy('id')
    .executeTakeFirst();
  if (!m) throw conflict('The organization has no owner');
  return m.user_id;
}

async function findPendingInvitation(ctx: AppContext, token: string, tx?: Tx) {
  const db = tx ?? ctx.db;
  if (!token || token.length > 200) throw new AppError('gone', 'This invitation link is invalid');
  const inv = await db.selectFrom('invitations').selectAll().where('token_hash', '=', sha256Hex(token)).executeTakeFirst();
  if (!inv) throw new AppError('gone', 'This invitation link is invalid');
  if (inv.status !== 'pending') throw new AppError('gone', `This invitation was ${inv.status}`);
  if (Date.parse(inv.expires_at) <= Date.now()) throw new AppError('gone', 'This invitation has expired; ask for a new one');
  return inv;
}

function presentInvitationStatus<T extends { status: string; expires_at: string }>(inv: T): T {
  if (inv.status === 'pending' && Date.parse(inv.expires_at) <= Date.now()) return { ...inv, status: 'expired' };
  return inv;
}
