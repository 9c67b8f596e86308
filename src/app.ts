import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { auditPolicies } from './modules/audit/policy.js';
import { registerAuditRoutes } from './modules/audit/routes.js';
import { createAuditService } from './modules/audit/service.js';
import { registerAuthRoutes } from './modules/auth/routes.js';
import { createAuthService } from './modules/auth/service.js';
import { createSessionStore, SESSION_COOKIE } from './modules/auth/sessions.js';
import { registerOscalRoutes } from './modules/catalog/oscal-routes.js';
import { catalogPolicies } from './modules/catalog/policy.js';
import { registerCatalogRoutes } from './modules/catalog/routes.js';
import { controlPolicies } from './modules/controls/policy.js';
import { registerControlRoutes } from './modules/controls/routes.js';
import { createControlService } from './modules/controls/service.js';
import { registerExportRoutes } from './modules/exports/routes.js';
import { jobPolicies } from './modules/jobs/policy.js';
import { registerJobRoutes } from './modules/jobs/routes.js';
import { orgPolicies } from './modules/orgs/policy.js';
import { registerOrgRoutes } from './modules/orgs/routes.js';
import { createOrgService } from './modules/orgs/service.js';
import { orgStore } from './modules/orgs/store.js';
import { registerOverviewRoutes } from './modules/overview/routes.js';
import { createOverviewService } from './modules/overview/service.js';
import { readinessPolicies } from './modules/readiness/policy.js';
import { registerReadinessRoutes } from './modules/readiness/routes.js';
import { createReadinessService } from './modules/readiness/service.js';
import { scopePolicies } from './modules/scope/policy.js';
import { registerScopeRoutes } from './modules/scope/routes.js';
import { createScopeService } from './modules/scope/service.js';
import { registerSetupRoutes } from './modules/setup/routes.js';
import { createSetupService } from './modules/setup/service.js';
import { ssoPolicies } from './modules/sso/policy.js';
import { registerSsoRoutes } from './modules/sso/routes.js';
import { createSsoService } from './modules/sso/service.js';
import { registerSystemRoutes } from './modules/system/routes.js';
import { registerTaskRoutes } from './modules/tasks/routes.js';
import { createTaskService } from './modules/tasks/service.js';
import { tokenPolicies } from './modules/tokens/policy.js';
import { registerTokenRoutes } from './modules/tokens/routes.js';
import { createTokenService } from './modules/tokens/service.js';
import { registerPolicies } from './platform/authz/index.js';
import { type BlobStore, createFsBlobStore } from './platform/blobs/index.js';
import type { AppContext } from './platform/context.js';
import { createSecrets, loadMasterKey } from './platform/crypto/envelope.js';
import { type DbHandle, openDb } from './platform/db/index.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { installAuth } from './platform/http/auth-hook.js';
import { purgeRateLimits } from './platform/http/rate-limit-store.js';
import { buildServer } from './platform/http/server.js';
import type { App } from './platform/http/types.js';
import { createJobQueue } from './platform/jobs/index.js';
import { createLogger } from './platform/log.js';
import { createMailer } from './platform/notify/mailer.js';

registerPolicies({
  ...orgPolicies,
  ...tokenPolicies,
  ...auditPolicies,
  ...jobPolicies,
  ...ssoPolicies,
  ...catalogPolicies,
  ...scopePolicies,
  ...controlPolicies,
  ...readinessPolicies,
});

const here = path.dirname(fileURLToPath(import.meta.url));
/** The project root, whether running from src/ (tsx) or from the compiled dist/server/. */
export const ROOT_DIR =
  path.basename(here) === 'server' && path.basename(path.dirname(here)) === 'dist'
    ? path.resolve(here, '..', '..')
    : path.resolve(here, '..');
/** The built web app (vite build writes it to dist/web). */
export const WEB_DIR = path.join(ROOT_DIR, 'dist', 'web');

export interface AppOptions {
  log?: Logger;
  /** Apply pending migrations when opening (the server does; `assay migrate` is explicit). */
  migrate?: boolean;
  webDir?: string;
}

/** Creates the shared mechanisms and services; nothing listens yet. */
export async function createContext(config: Config, opts: AppOptions = {}) {
  const log = opts.log ?? createLogger(config.logLevel);
  if (config.databaseUrl && !config.masterKey) {
    throw new Error('Invalid configuration:\n  ASSAY_MASTER_KEY: required with DATABASE_URL so that every instance shares it');
  }
  const dbh: DbHandle = openDb({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    if (opts.migrate !== false) await migrateToLatest(dbh.db);
  } catch (err) {
    await dbh.close();
    throw err;
  }
  const mk = loadMasterKey({ configured: config.masterKey, dataDir: config.dataDir });
  if (mk.generated) {
    log.warn(
      `No ASSAY_MASTER_KEY set: generated a master key in ${mk.file} (mode 0600). Back it up; without it encrypted secrets cannot be read.`,
    );
  }
  const blobs: BlobStore = await createBlobs(config);
  const ctx: AppContext = {
    config,
    dbh,
    db: dbh.db,
    dialect: dbh.dialect,
    secrets: createSecrets(mk.master),
    blobs,
    jobs: createJobQueue({ db: dbh.db, dialect: dbh.dialect, databaseUrl: config.databaseUrl, log }),
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.smtpFrom, log }),
    log,
    publicUrl: () => config.publicUrl ?? `http://localhost:${config.port}`,
  };
  const sessions = createSessionStore(ctx);
  const auth = createAuthService(ctx, sessions);
  const orgs = createOrgService(ctx, auth, sessions);
  const services = {
    sessions,
    auth,
    orgs,
    setup: createSetupService(ctx, orgs, auth),
    tokens: createTokenService(ctx),
    audit: createAuditService(ctx),
    sso: createSsoService(ctx, { auth, orgs, sessions }),
    scope: createScopeService(ctx),
    controls: createControlService(ctx),
    readiness: createReadinessService(ctx),
    tasks: createTaskService(ctx),
    overview: createOverviewService(ctx),
  };
  return { ctx, services };
}

export type Services = Awaited<ReturnType<typeof createContext>>['services'];

async function createBlobs(config: Config): Promise<BlobStore> {
  if (config.blobStore === 's3' && config.s3) {
    const { createS3BlobStore } = await import('./platform/blobs/s3.js');
    return createS3BlobStore(config.s3);
  }
  return createFsBlobStore(path.join(config.dataDir, 'blobs'));
}

/** The HTTP server with every route registered. */
export async function createHttpApp(ctx: AppContext, services: Services, opts: AppOptions = {}): Promise<App> {
  return buildServer(ctx, {
    webDir: opts.webDir ?? WEB_DIR,
    register(app) {
      installAuth(app, {
        cookieName: SESSION_COOKIE,
        resolveSession: (t) => services.sessions.resolve(t),
        resolveToken: (t) => services.tokens.authenticate(t),
        roleOf: (orgId, userId) => orgStore.roleOf(ctx.db, orgId, userId),
      });
      registerSystemRoutes(app, ctx);
      registerSetupRoutes(app, ctx, services.setup);
      registerAuthRoutes(app, ctx, services.auth);
      registerOrgRoutes(app, ctx, services.orgs);
      registerOverviewRoutes(app, services.overview);
      registerTokenRoutes(app, ctx, services.tokens);
      registerAuditRoutes(app, services.audit);
      registerJobRoutes(app, ctx);
      registerSsoRoutes(app, ctx, services.sso);
      registerCatalogRoutes(app, ctx);
      registerOscalRoutes(app, ctx);
      registerScopeRoutes(app, services.scope);
      registerControlRoutes(app, services.controls);
      registerReadinessRoutes(app, services.readiness);
      registerTaskRoutes(app, services.tasks);
      registerExportRoutes(app, ctx);
    },
  });
}

/** Registers the platform's own background jobs. */
export function registerJobs(ctx: AppContext, services: Services): void {
  ctx.jobs.work('sessions.purge', async () => {
    // Two independent clean-ups: a failure of one must not skip the other.
    const [sessions, limits] = await Promise.allSettled([services.sessions.purgeExpired(), purgeRateLimits(ctx.db)]);
    if (sessions.status === 'fulfilled' && sessions.value) ctx.log.info({ n: sessions.value }, 'expired sessions removed');
    const failed = [sessions, limits].find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  });
  ctx.jobs.work('readiness.snapshot', async () => {
    const n = await services.readiness.snapshotAll();
    ctx.log.info({ organizations: n }, 'readiness snapshots taken');
  });
}

/** Everything the server needs, started: context, jobs and the HTTP app (not yet listening). */
export async function createServerApp(config: Config, opts: AppOptions = {}) {
  const { ctx, services } = await createContext(config, opts);
  const app = await createHttpApp(ctx, services, opts);
  registerJobs(ctx, services);
  return {
    ctx,
    services,
    app,
    async startJobs() {
      if (!config.jobs) return;
      await ctx.jobs.start();
      await ctx.jobs.schedule('sessions.purge', '17 * * * *');
      await ctx.jobs.schedule('readiness.snapshot', '5 0 * * *');
    },
    async close() {
      await app.close();
      await ctx.jobs.stop();
      await ctx.dbh.close();
    },
  };
}
