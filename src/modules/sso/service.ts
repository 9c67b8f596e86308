import type { Configuration } from 'openid-client';
import { appendAudit, type RequestContext } from '../../platform/audit-log/index.js';
import { type Actor, authorize, type Role } from '../../platform/authz/index.js';
import { type AppContext, inTx } from '../../platform/context.js';
import { sha256Hex } from '../../platform/crypto/tokens.js';
import type { SsoConfigsTable } from '../../platform/db/schema.js';
import { badRequest } from '../../platform/errors.js';
import { nowIso } from '../../platform/ids.js';
import type { AuthService } from '../auth/service.js';
import type { NewSession, SessionStore } from '../auth/sessions.js';
import type { OrgService } from '../orgs/service.js';
import { orgStore } from '../orgs/store.js';
import {
  type AssertedIdentity,
  authorizationUrl,
  describeOidcError,
  discoverClient,
  exchangeCode,
  newAuthorizationRequest,
} from './oidc.js';
import type { SsoConfigInput, SsoConfigView } from './schemas.js';
import { ssoStore } from './store.js';

/** How long a started sign-in may take before its state expires. */
export const STATE_MINUTES = 10;
/** Discovered provider metadata is reused for this long (a changed configuration is picked up at once). */
const DISCOVERY_CACHE_MS = 10 * 60_000;

/** A failed browser sign-in; the message is shown to the person on the sign-in page. */
export class SsoFlowError extends Error {}

type Meta = { ip?: string | null; userAgent?: string | null };

function orgIdOf(actor: Actor): string {
  if (actor.kind === 'system' || !actor.orgId) throw new Error('an organization actor is required');
  return actor.orgId;
}

function domainsOf(row: Pick<SsoConfigsTable, 'auto_join_domains'>): string[] {
  try {
    const v = JSON.parse(row.auto_join_domains);
    return Array.isArray(v) ? v.filter((d): d is string => typeof d === 'string') : [];
  } catch {
    return [];
  }
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Per-organization OpenID Connect single sign-on: configuration, and the browser sign-in flow. */
export function createSsoService(ctx: AppContext, deps: { auth: AuthService; orgs: OrgService; sessions: SessionStore }) {
  const clients = new Map<string, { key: string; config: Configuration; at: number }>();

  function redirectUri(): string {
    return `${ctx.publicUrl()}/api/v1/auth/sso/callback`;
  }

  function present(row: SsoConfigsTable | undefined): SsoConfigView {
    return {
      enabled: !!row?.enabled,
      issuer: row?.issuer ?? '',
      clientId: row?.client_id ?? '',
      hasClientSecret: !!row?.client_secret_enc,
      autoJoinDomains: row ? domainsOf(row) : [],
      autoJoinRole: (row?.auto_join_role as SsoConfigView['autoJoinRole'] | undefined) ?? 'employee',
      redirectUri: redirectUri(),
    };
  }

  /** The discovered client for an organization's stored configuration, cached until the configuration changes. */
  async function clientFor(orgId: string, row: SsoConfigsTable): Promise<Configuration> {
    const key = `${row.issuer}|${row.client_id}|${row.updated_at}`;
    const hit = clients.get(orgId);
    if (hit && hit.key === key && Date.now() - hit.at < DISCOVERY_CACHE_MS) return hit.config;
    if (!row.client_secret_enc) throw new SsoFlowError('Single sign-on is not fully configured; ask an administrator');
    const clientSecret = await ctx.secrets.decrypt(ctx.db, orgId, row.client_secret_enc);
    try {
      const config = await discoverClient({ issuer: row.issuer, clientId: row.client_id, clientSecret });
      clients.set(orgId, { key, config, at: Date.now() });
      return config;
    } catch (err) {
      ctx.log.warn({ orgId, issuer: row.issuer, reason: describeOidcError(err) }, 'sso discovery failed');
      throw new SsoFlowError('The identity provider could not be reached; try again later or ask an administrator');
    }
  }

  /** Finds or creates the person and their membership for a verified identity, then starts the session. */
  async function admit(
    orgId: string,
    row: SsoConfigsTable,
    id: AssertedIdentity,
    meta: Meta,
    previousSessionId?: string,
  ): Promise<NewSession> {
    if (!id.email?.includes('@')) {
      throw new SsoFlowError('The identity provider did not send an email address; ask an administrator to release the email claim');
    }
    const email = id.email.toLowerCase();
    if (id.emailVerified !== true) throw new SsoFlowError(`The identity provider has not verified the email address ${email}`);
    const domain = email.slice(email.lastIndexOf('@') + 1);
    return inTx(ctx, async (tx) => {
      const org = await orgStore.getOrg(tx, orgId);
      if (!org) throw new SsoFlowError('Single sign-on is not available for this organization');
      // The provider's subject is its stable id for a person; an address can be renamed or handed to someone else.
      // A known subject finds its account whatever the address says now; a new one is linked by verified email,
      // unless that account is already linked to a different person at this provider.
      const linked = await ssoStore.identity(tx, orgId, row.issuer, id.subject);
      let user = linked ? await orgStore.userById(tx, linked.user_id) : await orgStore.userByEmail(tx, email);
      if (!linked && user && (await ssoStore.identityOfUser(tx, orgId, row.issuer, user.id))) {
        throw new SsoFlowError(
          `The Assay account for ${email} is linked to another person at your identity provider. Ask an administrator to check who holds this address.`,
        );
      }
      const member = user ? await orgStore.membership(tx, orgId, user.id) : undefined;
      if (!member && !domainsOf(row).includes(domain)) {
        throw new SsoFlowError(`${email} is not a member of ${org.name}. Ask an administrator to invite you.`);
      }
      if (!member) {
        // Auto-join only brings in people new to this server. Nothing proves that an organization owns the domains it
        // lists, so an account that already belongs elsewhere joins by invitation, never because an IdP said so.
        if (user && (await orgStore.orgsOfUser(tx, user.id)).length > 0) {
          throw new SsoFlowError(
            `${email} already uses Assay in another organization, so it is not added to ${org.name} automatically. Ask an administrator to invite you.`,
          );
        }
        const role = row.auto_join_role as Role;
        const createdAccount = !user;
        if (!user) user = await deps.auth.createUser(tx, { email, name: (id.name ?? email.split('@')[0]).slice(0, 100), password: null });
        const m = await deps.orgs.addMember(tx, orgId, user.id, role);
        const actor: Actor = { kind: 'user', userId: user.id, orgId, role, label: email, sessionId: '' };
        await appendAudit(
          tx,
          ctx.dialect,
          { actor, ...meta },
          {
            orgId,
            action: 'member.joined_via_sso',
            targetType: 'membership',
            targetId: m.id,
            summary: { email, role, domain, createdAccount },
          },
        );
      }
      await ssoStore.touchIdentity(tx, orgId, { issuer: row.issuer, subject: id.subject, userId: user!.id, email });
      if (previousSessionId) await deps.sessions.revoke(tx, previousSessionId);
      // An organization's administrators control its identity provider, which can assert any email: the session
      // is pinned to this organization, so it never opens the person's other organizations.
      return deps.auth.startSession(tx, user!, orgId, 'sso', meta, { pinned: true });
    });
  }

  return {
    redirectUri,

    /** The organization's SSO configuration, without the client secret. */
    async getConfig(actor: Actor): Promise<SsoConfigView> {
      authorize(actor, 'sso.read');
      return present(await ssoStore.getConfig(ctx.db, orgIdOf(actor)));
    },

    /**
     * Saves the configuration. An enabled configuration is checked by running discovery against the issuer first.
     * An omitted client secret keeps the stored one; the secret is stored encrypted and never logged.
     */
    async updateConfig(rc: RequestContext, input: SsoConfigInput): Promise<SsoConfigView> {
      authorize(rc.actor, 'sso.manage');
      const orgId = orgIdOf(rc.actor);
      const before = await ssoStore.getConfig(ctx.db, orgId);
      const storedSecret = before?.client_secret_enc ? await ctx.secrets.decrypt(ctx.db, orgId, before.client_secret_enc) : null;
      const secret = input.clientSecret ?? storedSecret;
      const domains = [...new Set(input.autoJoinDomains)].sort();
      if (input.enabled) {
        if (!secret) throw badRequest('Enter the client secret from your identity provider to enable single sign-on');
        try {
          await discoverClient({ issuer: input.issuer, clientId: input.clientId, clientSecret: secret });
        } catch (err) {
          throw badRequest(
            `Could not load the OpenID Connect discovery document of ${input.issuer} (${describeOidcError(err)}). Check the issuer URL; it must be the exact issuer your identity provider publishes.`,
            { field: 'issuer' },
          );
        }
      }
      const changes: Record<string, unknown> = {};
      const prev = present(before);
      if (!before || prev.enabled !== input.enabled) changes.enabled = { from: before ? prev.enabled : null, to: input.enabled };
      if (prev.issuer !== input.issuer) changes.issuer = { from: prev.issuer || null, to: input.issuer };
      if (prev.clientId !== input.clientId) changes.clientId = { from: prev.clientId || null, to: input.clientId };
      if (!sameList(prev.autoJoinDomains, domains)) changes.autoJoinDomains = { from: prev.autoJoinDomains, to: domains };
      if (!before || prev.autoJoinRole !== input.autoJoinRole)
        changes.autoJoinRole = { from: before ? prev.autoJoinRole : null, to: input.autoJoinRole };
      if (input.clientSecret !== undefined && input.clientSecret !== storedSecret) changes.clientSecret = 'changed';
      if (before && Object.keys(changes).length === 0) return prev;

      return inTx(ctx, async (tx) => {
        const row = {
          enabled: input.enabled ? 1 : 0,
          issuer: input.issuer,
          client_id: input.clientId,
          client_secret_enc: changes.clientSecret
            ? await ctx.secrets.encrypt(tx, orgId, input.clientSecret!)
            : (before?.client_secret_enc ?? null),
          auto_join_domains: JSON.stringify(domains),
          auto_join_role: input.autoJoinRole,
          updated_at: nowIso(),
        };
        await ssoStore.saveConfig(tx, orgId, row);
        // Turning SSO off or pointing it at another provider (say, after a compromise) ends what the old one opened.
        const trustChanged = changes.enabled !== undefined || changes.issuer !== undefined || changes.clientId !== undefined;
        const ended =
          before && trustChanged
            ? Number((await tx.deleteFrom('sessions').where('pinned_org_id', '=', orgId).executeTakeFirst()).numDeletedRows)
            : 0;
        await appendAudit(tx, ctx.dialect, rc, {
          orgId,
          action: 'sso.configured',
          targetType: 'sso_config',
          targetId: orgId,
          summary: ended ? { ...changes, ssoSessionsEnded: ended } : changes,
        });
        clients.delete(orgId);
        return present({ org_id: orgId, ...row });
      });
    },

    /** Begins a sign-in for the organization with this short name; returns the provider URL and the state to bind to the browser. */
    async start(slug: string): Promise<{ url: string; state: string }> {
      const org = slug ? await orgStore.getOrgBySlug(ctx.db, slug.trim().toLowerCase()) : undefined;
      const row = org ? await ssoStore.getConfig(ctx.db, org.id) : undefined;
      if (!org || !row?.enabled) throw new SsoFlowError('Single sign-on is not available for this organization');
      const config = await clientFor(org.id, row);
      const req = await newAuthorizationRequest();
      await ssoStore.purgeExpiredStates(ctx.db);
      await ssoStore.insertState(ctx.db, org.id, {
        id: sha256Hex(req.state),
        codeVerifier: req.codeVerifier,
        nonce: req.nonce,
        minutes: STATE_MINUTES,
      });
      return { url: authorizationUrl(config, { redirectUri: redirectUri(), ...req }), state: req.state };
    },

    /**
     * Completes a sign-in from the provider's redirect. The state is taken out of storage first, so a response
     * works once whatever happens next; `boundState` is the state remembered in this browser's cookie.
     */
    async callback(params: URLSearchParams, boundState: string | undefined, meta: Meta, previousSessionId?: string): Promise<NewSession> {
      const state = params.get('state');
      if (!state) throw new SsoFlowError('The sign-in response is incomplete; start again');
      const pending = await ssoStore.takeState(ctx.db, sha256Hex(state));
      if (!pending) throw new SsoFlowError('This sign-in response was already used or is unknown; start again');
      if (Date.parse(pending.expires_at) <= Date.now())
        throw new SsoFlowError(`The sign-in took longer than ${STATE_MINUTES} minutes; start again`);
      if (boundState !== state)
        throw new SsoFlowError('This sign-in was started in another browser or tab; start again from the sign-in page');
      const idpError = params.get('error');
      if (idpError) {
        const detail = (params.get('error_description') ?? idpError).slice(0, 200);
        throw new SsoFlowError(`The identity provider did not sign you in: ${detail}`);
      }
      const row = await ssoStore.getConfig(ctx.db, pending.org_id);
      if (!row?.enabled) throw new SsoFlowError('Single sign-on is not available for this organization');
      const config = await clientFor(pending.org_id, row);
      const url = new URL(redirectUri());
      url.search = params.toString();
      let identity: AssertedIdentity;
      try {
        identity = await exchangeCode(config, url, { state, codeVerifier: pending.code_verifier, nonce: pending.nonce });
      } catch (err) {
        ctx.log.warn({ orgId: pending.org_id, reason: describeOidcError(err) }, 'sso code exchange failed');
        throw new SsoFlowError('The answer from the identity provider could not be verified; start again');
      }
      return admit(pending.org_id, row, identity, meta, previousSessionId);
    },
  };
}

export type SsoService = ReturnType<typeof createSsoService>;
