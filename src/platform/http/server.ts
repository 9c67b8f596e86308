import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { databaseRateLimitStore } from './rate-limit-store.js';
import type { App } from './types.js';

export interface ServerOptions {
  /** Folder of the built web app; served with an index.html fallback when it exists. */
  webDir?: string;
  /** Routes and auth hooks, registered after the shared plugins. */
  register(app: App): Promise<void> | void;
}

/** Fastify with the shared plugins: zod validation, OpenAPI, security headers, cookies, rate limits, errors. */
export async function buildServer(ctx: AppContext, opts: ServerOptions): Promise<App> {
  const app = Fastify({
    loggerInstance: ctx.log,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: () => `req_${Math.random().toString(36).slice(2, 12)}`,
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const https = ctx.publicUrl().startsWith('https://');
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // Mantine writes its CSS variables into style elements at run time.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'base-uri': ["'self'"],
        'object-src': ["'none'"],
      },
    },
    hsts: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(cookie);
  // Counters in the database: instances sharing it share the limits.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(ctx.db) });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Assay API',
        version: '1.0.0',
        description:
          'The Assay REST API. Authenticate with `Authorization: Bearer <token>` (API tokens are created under Settings → API tokens) or with the session cookie plus the `X-CSRF-Token` header for writes.',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An Assay API token (assay_pat_…)' },
          session: { type: 'apiKey', in: 'cookie', name: 'assay_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });

  // PostgreSQL cannot store NUL characters in text; refuse them for both databases alike.
  app.addHook('preValidation', async (req) => {
    if (containsNul(req.body) || containsNul(req.query) || containsNul(req.params)) {
      throw new AppError('validation_failed', 'Text must not contain NUL characters');
    }
  });

  app.setErrorHandler((err, req, reply) => sendError(err, req, reply));
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url.startsWith('/assets/') || req.method !== 'GET' || !opts.webDir || !hasWeb(opts.webDir)) {
      return reply.status(404).send({ error: { code: 'not_found', message: `No route for ${req.method} ${req.url.split('?')[0]}` } });
    }
    return reply.type('text/html').sendFile('index.html', opts.webDir, { maxAge: 0 });
  });

  await opts.register(app);

  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: { auth: 'public' } } }, async () => app.swagger());

  if (opts.webDir && hasWeb(opts.webDir)) {
    await app.register(fastifyStatic, {
      root: opts.webDir,
      prefix: '/',
      wildcard: false,
      index: false,
      immutable: true,
      maxAge: '365d',
    });
    app.get('/', { schema: { hide: true }, config: { access: { auth: 'public' } } }, (_req, reply) =>
      reply.type('text/html').sendFile('index.html', opts.webDir!, { maxAge: 0 }),
    );
  }
  return app;
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (!value || typeof value !== 'object' || depth > 20) return false;
  for (const [k, v] of Object.entries(value)) if (k.includes('\u0000') || containsNul(v, depth + 1)) return true;
  return false;
}

function hasWeb(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'index.html'));
}

/** The one error format: `{ error: { code, message, details? } }`; no stack traces leave the server. */
function sendError(err: unknown, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    return reply
      .status(err.status)
      .send({ error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } });
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((v) => ({
      path: [
        err.validationContext,
        ...String(v.instancePath ?? '')
          .split('/')
          .filter(Boolean),
      ].join('.'),
      message: v.message,
    }));
    return reply.status(400).send({
      error: {
        code: 'validation_failed',
        message: `Invalid request: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        details: issues,
      },
    });
  }
  if (isResponseSerializationError(err)) {
    req.log.error({ err: { message: err.message, method: err.method, url: err.url } }, 'response did not match its schema');
    return reply.status(500).send({ error: { code: 'internal', message: 'Internal error' } });
  }
  const e = err as { statusCode?: number; code?: string; message?: string };
  if (e.statusCode === 429) {
    return reply.status(429).send({ error: { code: 'rate_limited', message: 'Too many requests; slow down and try again shortly' } });
  }
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return reply
      .status(e.statusCode)
      .send({ error: { code: e.statusCode === 404 ? 'not_found' : 'bad_request', message: e.message ?? 'Bad request' } });
  }
  req.log.error({ err }, 'unhandled error');
  return reply.status(500).send({ error: { code: 'internal', message: 'Internal error' } });
}
