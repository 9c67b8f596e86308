import type { Fixture } from './fixtures.js';

/** A request to make against a route; `id` routes get an own-org target and a foreign-org target. */
export interface RouteCase {
  /** Build the request for the own organization (called once per actor, so it may create fresh targets). */
  own(fx: Fixture): Promise<{ url: string; body?: unknown }> | { url: string; body?: unknown };
  /** The same request aimed at a resource of the foreign organization (expect 404 for allowed actors). */
  foreign?(fx: Fixture): { url: string; body?: unknown };
  /** The route ends or changes the caller's session: run each actor with a fresh person. */
  isolate?: boolean;
  /** The request for actors the policy denies, when building `own` is costly (any id will do: the policy answers first). */
  denied?(fx: Fixture): { url: string; body?: unknown };
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
  'PATCH /api/v1/org': { own: () => ({ url: '/api/v1/org', body: { name: 'Own Org' } }) },
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
  'GET /api/v1/auth/sso/start': { own: () => ({ url: '/api/v1/auth/sso/start?org=own-org' }), publicStatuses: [302] },
  'GET /api/v1/auth/sso/callback': { own: () => ({ url: '/api/v1/auth/sso/callback?code=x&state=y' }), publicStatuses: [302] },
};
