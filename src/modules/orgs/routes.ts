import { z } from 'zod';
import { allPolicies, authorize, ROLE_LABELS, ROLES } from '../../platform/authz/index.js';
import type { AppContext } from '../../platform/context.js';
import { requestMeta } from '../../platform/http/auth-hook.js';
import type { App } from '../../platform/http/types.js';
import { pageQuery, toPage } from '../../platform/pagination.js';
import { setSessionCookie } from '../auth/cookies.js';
import { okSchema, roleSchema } from '../auth/schemas.js';
import {
  acceptBody,
  idParam,
  invitationLookup,
  invitationPage,
  inviteBody,
  inviteResult,
  memberPage,
  memberSchema,
  orgName,
  orgSchema,
  presentInvitation,
  presentMember,
  presentOrg,
} from './schemas.js';
import type { OrgService } from './service.js';

/** Organizations, switching between them, members and invitations. */
export function registerOrgRoutes(app: App, ctx: AppContext, orgs: OrgService) {
  const rc = (req: Parameters<typeof requestMeta>[0]) => ({ actor: req.actor!, ...requestMeta(req) });

  app.post(
    '/api/v1/orgs',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Create another organization (you become its owner)',
        body: z.object({ name: orgName }),
        response: { 201: orgSchema },
      },
      config: { access: { auth: 'user', sessionOnly: true } },
    },
    async (req, reply) => {
      const org = await orgs.createOrg(req.session!, req.body.name, requestMeta(req));
      return reply.status(201).send(presentOrg(org));
    },
  );

  app.post(
    '/api/v1/session/org',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Switch the active organization',
        body: z.object({ orgId: z.string().min(1).max(64) }),
        response: { 200: orgSchema },
      },
      config: { access: { auth: 'user', sessionOnly: true } },
    },
    async (req) => presentOrg((await orgs.switchOrg(req.session!, req.body.orgId))!),
  );

  app.get(
    '/api/v1/org',
    {
      schema: { tags: ['organizations'], summary: 'The current organization', response: { 200: orgSchema } },
      config: { access: { auth: 'org', action: 'org.read' } },
    },
    async (req) => presentOrg(await orgs.getOrg(req.actor!)),
  );

  app.patch(
    '/api/v1/org',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Rename the current organization',
        body: z.object({ name: orgName }),
        response: { 200: orgSchema },
      },
      config: { access: { auth: 'org', action: 'org.update' } },
    },
    async (req) => presentOrg(await orgs.updateOrg(rc(req), req.body)),
  );

  app.get(
    '/api/v1/roles',
    {
      schema: {
        tags: ['members'],
        summary: 'The roles and the actions each may perform',
        response: { 200: z.object({ items: z.array(z.object({ role: roleSchema, label: z.string(), actions: z.array(z.string()) })) }) },
      },
      config: { access: { auth: 'org', action: 'members.read' } },
    },
    async (req) => {
      authorize(req.actor!, 'members.read');
      const policies = allPolicies();
      return {
        items: ROLES.map((role) => ({
          role,
          label: ROLE_LABELS[role],
          actions: Object.keys(policies)
            .filter((a) => policies[a].includes(role))
            .sort(),
        })),
      };
    },
  );

  app.get(
    '/api/v1/members',
    {
      schema: { tags: ['members'], summary: 'Members of the organization', querystring: pageQuery, response: { 200: memberPage } },
      config: { access: { auth: 'org', action: 'members.read' } },
    },
    async (req) => {
      const page = await orgs.listMembers(req.actor!, toPage(req.query));
      return { items: page.items.map(presentMember), nextCursor: page.nextCursor };
    },
  );

  app.patch(
    '/api/v1/members/:id',
    {
      schema: {
        tags: ['members'],
        summary: "Change a member's role",
        params: idParam,
        body: z.object({ role: roleSchema }),
        response: { 200: memberSchema },
      },
      config: { access: { auth: 'org', action: 'members.manage' } },
    },
    async (req) => presentMember(await orgs.changeRole(rc(req), req.params.id, req.body.role)),
  );

  app.delete(
    '/api/v1/members/:id',
    {
      schema: { tags: ['members'], summary: 'Remove a member', params: idParam, response: { 200: okSchema } },
      config: { access: { auth: 'org', action: 'members.manage' } },
    },
    async (req) => {
      await orgs.removeMember(rc(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/invitations',
    {
      schema: { tags: ['members'], summary: 'Invitations of the organization', querystring: pageQuery, response: { 200: invitationPage } },
      config: { access: { auth: 'org', action: 'invitations.read' } },
    },
    async (req) => {
      const page = await orgs.listInvitations(req.actor!, toPage(req.query));
      return { items: page.items.map(presentInvitation), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/invitations',
    {
      schema: { tags: ['members'], summary: 'Invite a person by email', body: inviteBody, response: { 201: inviteResult } },
      config: {
        access: { auth: 'org', action: 'invitations.manage' },
        rateLimit: { max: ctx.config.authRateLimit * 3, timeWindow: '1 minute' },
      },
    },
    async (req, reply) => {
      const r = await orgs.invite(rc(req), req.body);
      return reply.status(201).send({ ...r, invitation: presentInvitation(r.invitation) });
    },
  );

  app.delete(
    '/api/v1/invitations/:id',
    {
      schema: { tags: ['members'], summary: 'Revoke an invitation', params: idParam, response: { 200: okSchema } },
      config: { access: { auth: 'org', action: 'invitations.manage' } },
    },
    async (req) => {
      await orgs.revokeInvitation(rc(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/invitations/lookup',
    {
      schema: {
        tags: ['members'],
        summary: 'What an invitation link offers',
        querystring: z.object({ token: z.string().min(1).max(200) }),
        response: { 200: invitationLookup },
      },
      config: { access: { auth: 'public' }, rateLimit: { max: ctx.config.authRateLimit * 3, timeWindow: '1 minute' } },
    },
    async (req) => orgs.lookupInvitation(req.query.token),
  );

  app.post(
    '/api/v1/invitations/accept',
    {
      schema: { tags: ['members'], summary: 'Accept an invitation', body: acceptBody, response: { 200: z.object({ orgId: z.string() }) } },
      config: { access: { auth: 'public' }, rateLimit: { max: ctx.config.authRateLimit, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const r = await orgs.acceptInvitation(req.body, req.session, requestMeta(req));
      if (r.newSession) setSessionCookie(req, reply, r.newSession.token, ctx.config.sessionMaxHours);
      return { orgId: r.orgId };
    },
  );
}
