import type { Role } from '../../src/platform/authz/index.js';
import type { Fixture } from './fixtures.js';

/** Who the request is made for: the role, and the person when it is a session. */
export interface Who {
  role: Role;
  userId?: string;
}

/** A request to make against a route; `id` routes get an own-org target and a foreign-org target. */
export interface RouteCase {
  /** Build the request for the own organization (called once per actor, so it may create fresh targets). */
  own(fx: Fixture, who: Who): Promise<{ url: string; body?: unknown }> | { url: string; body?: unknown };
  /** The same request aimed at a resource of the foreign organization (expect 404 for allowed actors). */
  foreign?(fx: Fixture): { url: string; body?: unknown };
  /** The route ends or changes the caller's session: run each actor with a fresh person. */
  isolate?: boolean;
  /** The request for actors the policy denies, when building `own` is costly (any id will do: the policy answers first). */
  denied?(fx: Fixture): { url: string; body?: unknown };
  /** Token roles the service refuses on purpose although the policy allows the role (a business rule). */
  tokenDenied?: Role[];
  /** For public routes: the statuses an anonymous caller may get with this request. */
  publicStatuses?: number[];
}

/**
 * Every route of the API with a sample request. The expected outcome (allowed, 401, 403, 404) is derived
 * from the route's declared access and the policy tables, not written here. A route missing from this
 * table fails the suite, so each new route must be added with its request.
 */
export const routeCases: Record<string, RouteCase> = {
  'GET /healthz': { own: () => ({ url: '/healthz' }), publicStatuses: [200] },
  'GET /readyz': { own: () => ({ url: '/readyz' }), publicStatuses: [200] },
  'GET /api/openapi.json': { own: () => ({ url: '/api/openapi.json' }), publicStatuses: [200] },
  'GET /api/v1/setup/status': { own: () => ({ url: '/api/v1/setup/status?token=nope' }), publicStatuses: [200] },
  'POST /api/v1/setup': {
    own: () => ({
      url: '/api/v1/setup',
      body: { token: 'setup_nope', orgName: 'Evil', name: 'E', email: 'e@evil.test', password: 'long enough password' },
    }),
    publicStatuses: [410],
  },
  'POST /api/v1/auth/signin': {
    own: () => ({ url: '/api/v1/auth/signin', body: { email: 'nobody@own.test', password: 'whatever it is' } }),
    publicStatuses: [401],
  },
  'POST /api/v1/auth/link': { own: () => ({ url: '/api/v1/auth/link', body: { token: 'link_nope' } }), publicStatuses: [410] },
  'POST /api/v1/auth/signout': { own: () => ({ url: '/api/v1/auth/signout' }), isolate: true },
  'POST /api/v1/auth/password': {
    own: () => ({
      url: '/api/v1/auth/password',
      body: { currentPassword: 'correct horse battery staple', newPassword: 'another long passphrase' },
    }),
    isolate: true,
  },
  'GET /api/v1/me': { own: () => ({ url: '/api/v1/me' }) },
  'POST /api/v1/orgs': { own: () => ({ url: '/api/v1/orgs', body: { name: 'Side project' } }), isolate: true },
  'POST /api/v1/session/org': {
    own: (fx) => ({ url: '/api/v1/session/org', body: { orgId: fx.orgId } }),
    foreign: (fx) => ({ url: '/api/v1/session/org', body: { orgId: fx.foreignOrgId } }),
  },
  'GET /api/v1/org': { own: () => ({ url: '/api/v1/org' }) },
  'GET /api/v1/org/progress': { own: () => ({ url: '/api/v1/org/progress' }) },
  'PATCH /api/v1/org': { own: () => ({ url: '/api/v1/org', body: { name: 'Own Org' } }) },
  'GET /api/v1/roles': { own: () => ({ url: '/api/v1/roles' }) },
  'GET /api/v1/members': { own: () => ({ url: '/api/v1/members' }) },
  'PATCH /api/v1/members/:id': {
    own: async (fx) => ({ url: `/api/v1/members/${await fx.makeMember()}`, body: { role: 'control_owner' } }),
    foreign: (fx) => ({ url: `/api/v1/members/${fx.foreign.memberId}`, body: { role: 'control_owner' } }),
  },
  'DELETE /api/v1/members/:id': {
    own: async (fx) => ({ url: `/api/v1/members/${await fx.makeMember()}` }),
    foreign: (fx) => ({ url: `/api/v1/members/${fx.foreign.memberId}` }),
  },
  'GET /api/v1/invitations': { own: () => ({ url: '/api/v1/invitations' }) },
  'POST /api/v1/invitations': {
    own: () => ({ url: '/api/v1/invitations', body: { email: `inv-${Math.random().toString(36).slice(2)}@own.test`, role: 'employee' } }),
  },
  'DELETE /api/v1/invitations/:id': {
    own: async (fx) => ({ url: `/api/v1/invitations/${await fx.makeInvitation()}` }),
    foreign: (fx) => ({ url: `/api/v1/invitations/${fx.foreign.invitationId}` }),
  },
  'GET /api/v1/invitations/lookup': { own: () => ({ url: '/api/v1/invitations/lookup?token=inv_nope' }), publicStatuses: [410] },
  'POST /api/v1/invitations/accept': {
    own: () => ({ url: '/api/v1/invitations/accept', body: { token: 'inv_nope' } }),
    publicStatuses: [410],
  },
  'GET /api/v1/tokens': { own: () => ({ url: '/api/v1/tokens' }) },
  'POST /api/v1/tokens': { own: () => ({ url: '/api/v1/tokens', body: { name: 'matrix', role: 'employee' } }) },
  'DELETE /api/v1/tokens/:id': {
    own: async (fx) => ({ url: `/api/v1/tokens/${await fx.makeToken()}` }),
    foreign: (fx) => ({ url: `/api/v1/tokens/${fx.foreign.tokenId}` }),
  },
  'GET /api/v1/audit-log': { own: () => ({ url: '/api/v1/audit-log' }) },
  'GET /api/v1/audit-log/verify': { own: () => ({ url: '/api/v1/audit-log/verify' }) },
  'GET /api/v1/audit-log/export.csv': { own: () => ({ url: '/api/v1/audit-log/export.csv?action=member.' }) },
  'GET /api/v1/jobs': { own: () => ({ url: '/api/v1/jobs' }) },
  'POST /api/v1/jobs/:id/retry': {
    own: async (fx) => ({ url: `/api/v1/jobs/${await fx.makeDeadJob()}/retry` }),
    denied: () => ({ url: '/api/v1/jobs/job_00000000000000000000000000/retry' }),
  },
  'GET /api/v1/sso': { own: () => ({ url: '/api/v1/sso' }) },
  'PUT /api/v1/sso': {
    own: () => ({
      url: '/api/v1/sso',
      body: { enabled: false, issuer: 'https://idp.own.test', clientId: 'assay', autoJoinDomains: [], autoJoinRole: 'employee' },
    }),
  },
  'GET /api/v1/catalog': { own: () => ({ url: '/api/v1/catalog' }) },
  'GET /api/v1/catalog/criteria': { own: () => ({ url: '/api/v1/catalog/criteria?category=security&q=access' }) },
  'GET /api/v1/catalog/criteria/:id': { own: () => ({ url: '/api/v1/catalog/criteria/CC6.1' }) },
  'GET /api/v1/catalog/templates': { own: () => ({ url: '/api/v1/catalog/templates?criterion=CC6.1' }) },
  'GET /api/v1/catalog/iso27001': { own: () => ({ url: '/api/v1/catalog/iso27001' }) },
  'GET /api/v1/scope': { own: () => ({ url: '/api/v1/scope' }) },
  'PUT /api/v1/scope/profile': {
    own: () => ({
      url: '/api/v1/scope/profile',
      body: { legalName: 'Own Org Inc.', website: '', industry: 'SaaS', headcount: '50', categories: ['security'] },
    }),
  },
  'PUT /api/v1/scope/system-description': {
    own: () => ({ url: '/api/v1/scope/system-description', body: { services: 'A hosted analytics service.' } }),
  },
  'POST /api/v1/controls/adopt': { own: () => ({ url: '/api/v1/controls/adopt', body: {} }) },
  'GET /api/v1/controls': { own: () => ({ url: '/api/v1/controls' }) },
  'POST /api/v1/controls': {
    own: () => ({
      url: '/api/v1/controls',
      body: { title: 'Custom control', nature: 'manual', frequency: 'annual', criteria: [{ id: 'CC1.1', relation: 'supporting' }] },
    }),
  },
  'GET /api/v1/controls/coverage': { own: () => ({ url: '/api/v1/controls/coverage' }) },
  'GET /api/v1/controls/:id': {
    own: (fx) => ({ url: `/api/v1/controls/${fx.controlId}` }),
    foreign: (fx) => ({ url: `/api/v1/controls/${fx.foreign.controlId}` }),
  },
  'PATCH /api/v1/controls/:id': {
    own: (fx) => ({ url: `/api/v1/controls/${fx.controlId}`, body: { frequency: 'quarterly' } }),
    foreign: (fx) => ({ url: `/api/v1/controls/${fx.foreign.controlId}`, body: { frequency: 'quarterly' } }),
  },
  'POST /api/v1/controls/:id/status': {
    // Control owners may move their own controls only: the target is owned by the acting person.
    own: async (fx, who) => ({ url: `/api/v1/controls/${await fx.makeControl(who.userId)}/status`, body: { status: 'in_progress' } }),
    foreign: (fx) => ({ url: `/api/v1/controls/${fx.foreign.controlId}/status`, body: { status: 'in_progress' } }),
    tokenDenied: ['control_owner'],
  },
  'POST /api/v1/controls/:id/deactivate': {
    own: async (fx) => ({ url: `/api/v1/controls/${await fx.makeControl()}/deactivate`, body: { reason: 'Not used' } }),
    foreign: (fx) => ({ url: `/api/v1/controls/${fx.foreign.controlId}/deactivate`, body: { reason: 'Not used' } }),
  },
  'POST /api/v1/controls/:id/activate': {
    own: async (fx) => ({ url: `/api/v1/controls/${await fx.makeControl(undefined, false)}/activate` }),
    foreign: (fx) => ({ url: `/api/v1/controls/${fx.foreign.controlId}/activate` }),
  },
  'PUT /api/v1/controls/:id/links': {
    own: (fx) => ({ url: `/api/v1/controls/${fx.controlId}/links`, body: { criteria: [{ id: 'CC1.1', relation: 'primary' }] } }),
    foreign: (fx) => ({
      url: `/api/v1/controls/${fx.foreign.controlId}/links`,
      body: { criteria: [{ id: 'CC1.1', relation: 'primary' }] },
    }),
  },
  'GET /api/v1/readiness': { own: () => ({ url: '/api/v1/readiness' }) },
  'GET /api/v1/readiness/trend': { own: () => ({ url: '/api/v1/readiness/trend?days=30' }) },
  'POST /api/v1/readiness/tasks': { own: () => ({ url: '/api/v1/readiness/tasks', body: {} }) },
  'GET /api/v1/tasks': { own: () => ({ url: '/api/v1/tasks?overdue=true' }) },
  'POST /api/v1/tasks': { own: () => ({ url: '/api/v1/tasks', body: { title: 'Collect the board minutes', dueDate: '2030-01-31' } }) },
  'GET /api/v1/tasks/:id': {
    own: (fx) => ({ url: `/api/v1/tasks/${fx.taskId}` }),
    foreign: (fx) => ({ url: `/api/v1/tasks/${fx.foreign.taskId}` }),
  },
  'PATCH /api/v1/tasks/:id': {
    own: (fx) => ({ url: `/api/v1/tasks/${fx.taskId}`, body: { status: 'in_progress' } }),
    foreign: (fx) => ({ url: `/api/v1/tasks/${fx.foreign.taskId}`, body: { status: 'in_progress' } }),
  },
  'POST /api/v1/tasks/:id/comments': {
    own: (fx) => ({ url: `/api/v1/tasks/${fx.taskId}/comments`, body: { body: 'On it.' } }),
    foreign: (fx) => ({ url: `/api/v1/tasks/${fx.foreign.taskId}/comments`, body: { body: 'On it.' } }),
  },
  'GET /api/v1/oscal/catalog': { own: () => ({ url: '/api/v1/oscal/catalog' }) },
  'GET /api/v1/oscal/component-definition': { own: () => ({ url: '/api/v1/oscal/component-definition' }) },
  'POST /api/v1/catalog/official-texts': {
    own: () => ({
      url: '/api/v1/catalog/official-texts',
      body: {
        catalog: {
          uuid: '0b8f8d2e-3c4a-4b5d-8e6f-7a8b9c0d1e2f',
          metadata: { title: 'Route matrix', 'last-modified': '2026-01-01T00:00:00Z', version: '1', 'oscal-version': '1.1.2' },
          controls: [{ id: 'cc1.1', title: 'x', parts: [{ name: 'statement', prose: 'Made-up text.' }] }],
        },
      },
    }),
  },
  'DELETE /api/v1/catalog/official-texts': { own: () => ({ url: '/api/v1/catalog/official-texts' }) },
  'GET /api/v1/exports/readiness.pdf': { own: () => ({ url: '/api/v1/exports/readiness.pdf' }) },
  'GET /api/v1/exports/control-matrix.xlsx': { own: () => ({ url: '/api/v1/exports/control-matrix.xlsx' }) },
  'GET /api/v1/exports/system-description.md': { own: () => ({ url: '/api/v1/exports/system-description.md' }) },
  'GET /api/v1/exports/system-description.pdf': { own: () => ({ url: '/api/v1/exports/system-description.pdf' }) },
  'GET /api/v1/auth/sso/start': { own: () => ({ url: '/api/v1/auth/sso/start?org=own-org' }), publicStatuses: [302] },
  'GET /api/v1/auth/sso/callback': { own: () => ({ url: '/api/v1/auth/sso/callback?code=x&state=y' }), publicStatuses: [302] },
};
