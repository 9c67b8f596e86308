import fs from 'node:fs';
import type { LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { createServerApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Role } from '../../src/platform/authz/index.js';
import { inTx } from '../../src/platform/context.js';
import { createLogger } from '../../src/platform/log.js';
import { freshDatabaseUrl, tempDir } from './db.js';

export const TEST_MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** A complete Assay (all routes, real database) for `inject` tests; jobs are off unless asked for. */
export async function createTestApp(opts: { env?: Record<string, string>; logStream?: NodeJS.WritableStream } = {}) {
  const dataDir = tempDir();
  const pgdb = await freshDatabaseUrl();
  const config = loadConfig({
    ASSAY_DATA_DIR: dataDir,
    ASSAY_MASTER_KEY: TEST_MASTER_KEY,
    ASSAY_JOBS: 'off',
    ASSAY_AUTH_RATE_LIMIT: '10000',
    ASSAY_LOG_LEVEL: opts.logStream ? 'trace' : 'silent',
    ...(pgdb.url ? { DATABASE_URL: pgdb.url } : {}),
    ...opts.env,
  });
  const log = createLogger(config.logLevel, opts.logStream ?? pino.destination({ dest: '/dev/null', sync: false }));
  const server = await createServerApp(config, { log: log as never, webDir: tempDir('assay-noweb-') });
  await server.app.ready();
  return {
    ...server,
    config,
    dataDir,
    async cleanup() {
      await server.close();
      await pgdb.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in browser-like client: keeps the session cookie and sends the CSRF header on writes. */
export interface Client {
  cookie: string;
  csrf: string;
  userId: string;
  email: string;
  request(method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

function cookieFrom(res: LightMyRequestResponse): string | undefined {
  const c = res.cookies.find((x) => x.name === 'assay_session');
  return c?.value ? `assay_session=${c.value}` : undefined;
}

/** Signs in with email and password and returns a client. */
export async function signIn(t: TestApp, email: string, password: string): Promise<Client> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/signin', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return clientFromCookie(t, cookieFrom(res)!);
}

/** A client for an existing session cookie. */
export async function clientFromCookie(t: TestApp, cookie: string): Promise<Client> {
  const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
  if (me.statusCode !== 200) throw new Error(`me failed: ${me.statusCode} ${me.body}`);
  const body = me.json();
  const client: Client = {
    cookie,
    csrf: body.csrfToken,
    userId: body.user.id,
    email: body.user.email,
    request(method, url, payload) {
      return t.app.inject({
        method: method as never,
        url,
        headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'user-agent': 'vitest' },
        ...(payload !== undefined ? { payload: payload as never } : {}),
      });
    },
  };
  return client;
}

export const PASSWORD = 'correct horse battery staple';

/** Creates the first organization and its owner; returns the org id and the owner's client. */
export async function setupOrg(t: TestApp, name = 'Acme', email = 'owner@acme.test') {
  const r = await t.services.setup.completeFromCli({ orgName: name, name: 'Olivia Owner', email, password: PASSWORD });
  const owner = await signIn(t, email, PASSWORD);
  return { orgId: r.org.id, owner };
}

/** Adds a person with a role to an organization directly (faster than an invitation round trip). */
export async function addMember(t: TestApp, orgId: string, email: string, role: Role) {
  await inTx(t.ctx, async (tx) => {
    let user = await tx.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    user ??= await t.services.auth.createUser(tx, { email, name: email.split('@')[0], password: PASSWORD });
    await t.services.orgs.addMember(tx, orgId, user.id, role);
  });
}

/** A bearer-token client for an organization with a role. */
export async function tokenClient(t: TestApp, orgId: string, role: Role) {
  const { secret } = await t.services.tokens.createAsSystem({ actor: { kind: 'system', label: 'test' } }, orgId, {
    name: `t-${role}`,
    role,
  });
  return {
    secret,
    request(method: string, url: string, payload?: unknown) {
      return t.app.inject({
        method: method as never,
        url,
        headers: { authorization: `Bearer ${secret}` },
        ...(payload !== undefined ? { payload: payload as never } : {}),
      });
    },
  };
}
