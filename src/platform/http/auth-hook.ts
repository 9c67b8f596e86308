import type { FastifyRequest } from 'fastify';
import type { Actor, Role } from '../authz/index.js';
import { AppError, unauthenticated } from '../errors.js';
import type { App, RouteAccess, SessionInfo } from './types.js';

/** One registered route and its declared access; the security suite walks this table. */
export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess;
  /** The route's zod schemas (body, querystring, params, response), for the fuzzing suite. */
  schema?: Record<string, unknown>;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthResolvers {
  cookieName: string;
  resolveSession(token: string): Promise<SessionInfo | null>;
  resolveToken(secret: string): Promise<Actor | null>;
  roleOf(orgId: string, userId: string): Promise<Role | null>;
}

/**
 * Resolves who is calling before every route: an API token (Authorization: Bearer) or the session cookie,
 * checks CSRF for cookie-authenticated writes, and enforces the route's declared access level.
 * Every route must declare `config.access`; one without it is refused at registration.
 */
export function installAuth(app: App, r: AuthResolvers): void {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    const hidden = (route.schema as { hide?: boolean } | undefined)?.hide;
    if (!access && !hidden && route.url.startsWith('/api/v1')) {
      throw new Error(`route ${route.method} ${route.url} declares no access`);
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (access && method !== 'HEAD')
        table.push({ method, url: route.url, access, schema: route.schema as Record<string, unknown> | undefined });
    }
  });

  app.addHook('preHandler', async (req) => {
    const access = req.routeOptions.config?.access as RouteAccess | undefined;
    if (!access) return;
    await authenticate(req, r);
    if (access.auth === 'public') return;
    if (req.authVia === 'token' && (access.auth === 'user' || access.sessionOnly)) {
      throw new AppError('forbidden', 'API tokens cannot be used for this endpoint; sign in instead');
    }
    if (access.auth === 'user') {
      if (!req.session) throw unauthenticated();
      return;
    }
    if (req.authVia === 'token') return;
    if (!req.session) throw unauthenticated();
    const orgId = req.session.activeOrgId;
    const role = orgId ? await r.roleOf(orgId, req.session.userId) : null;
    if (!orgId || !role) throw new AppError('forbidden', 'Choose an organization first');
    req.actor = { kind: 'user', userId: req.session.userId, orgId, role, label: req.session.email, sessionId: req.session.id };
  });
}

async function authenticate(req: FastifyRequest, r: AuthResolvers): Promise<void> {
  const header = req.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = m ? await r.resolveToken(m[1]) : null;
    if (!actor) throw unauthenticated('The API token is invalid, expired or revoked');
    req.actor = actor;
    req.authVia = 'token';
    return;
  }
  const token = req.cookies?.[r.cookieName];
  if (!token) return;
  const session = await r.resolveSession(token);
  if (!session) return;
  if (!SAFE_METHODS.has(req.method)) {
    const sent = req.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || sent !== session.csrfToken) {
      throw new AppError('csrf_failed', 'Missing or wrong CSRF token; reload the page and try again');
    }
  }
  req.session = session;
  req.authVia = 'cookie';
}

/** The request's audit context fields. */
export function requestMeta(req: FastifyRequest): { ip: string; userAgent: string | null } {
  return { ip: req.ip, userAgent: (req.headers['user-agent'] as string | undefined) ?? null };
}
