import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../authz/index.js';

/** The Fastify instance with zod schemas as its type provider. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * How a route is reached: `public` needs nothing, `user` a signed-in person (any organization or none),
 * `org` an actor inside an organization (a person's active organization, or an API token's).
 * `action` names the policy the service checks; the security suite derives expected outcomes from it.
 */
export interface RouteAccess {
  auth: 'public' | 'user' | 'org';
  action?: string;
  /** Only sessions, never API tokens (session management, switching organizations). */
  sessionOnly?: boolean;
}

export interface SessionInfo {
  id: string;
  userId: string;
  activeOrgId: string | null;
  /** The only organization this session may act in (sessions opened through that organization's SSO). */
  pinnedOrgId: string | null;
  csrfToken: string;
  email: string;
  name: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The resolved actor of an `org` route (set by the auth hook). */
    actor?: Actor;
    /** The cookie session, when the request carries a valid one. */
    session?: SessionInfo;
    /** How the request authenticated. */
    authVia?: 'cookie' | 'token';
  }
}
