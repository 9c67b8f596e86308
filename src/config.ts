import path from 'node:path';
import { z } from 'zod';

/** Every setting Assay reads from the environment, with its default. The README lists the same table. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  ASSAY_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (leave it unset to use SQLite)')
    .optional(),
  ASSAY_MASTER_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/=_-]{43,88}$/, 'must be 32 random bytes, base64 encoded (openssl rand -base64 32)')
    .optional(),
  ASSAY_PUBLIC_URL: z.string().url().optional(),
  ASSAY_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ASSAY_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(10080).default(120),
  ASSAY_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  ASSAY_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  ASSAY_JOBS: z.enum(['on', 'off']).default('on'),
  ASSAY_AUTH_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(10),
  ASSAY_BLOB_STORE: z.enum(['fs', 's3']).default('fs'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must look like smtp://user:pass@host:587 or smtps://host:465')
    .optional(),
  SMTP_FROM: z.string().default('Assay <assay@localhost>'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  masterKey?: string;
  publicUrl?: string;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  trustProxy: boolean;
  jobs: boolean;
  /** Sign-in, setup and similar attempts allowed per client IP per minute. */
  authRateLimit: number;
  blobStore: 'fs' | 's3';
  s3?: {
    endpoint?: string;
    bucket: string;
    region: string;
    accessKeyId?: string;
    secretAccessKey?: string;
    forcePathStyle: boolean;
  };
  smtpUrl?: string;
  smtpFrom: string;
};

export class ConfigError extends Error {}

/** Reads and validates configuration; throws ConfigError naming each invalid setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') cleaned[key] = v;
  }
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.ASSAY_BLOB_STORE === 's3' && !c.S3_BUCKET) {
    throw new ConfigError('Invalid configuration:\n  S3_BUCKET: required when ASSAY_BLOB_STORE=s3');
  }
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.ASSAY_DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    masterKey: c.ASSAY_MASTER_KEY,
    publicUrl: c.ASSAY_PUBLIC_URL?.replace(/\/$/, ''),
    logLevel: c.ASSAY_LOG_LEVEL,
    sessionIdleMinutes: c.ASSAY_SESSION_IDLE_MINUTES,
    sessionMaxHours: c.ASSAY_SESSION_MAX_HOURS,
    trustProxy: c.ASSAY_TRUST_PROXY === 'true',
    jobs: c.ASSAY_JOBS === 'on',
    authRateLimit: c.ASSAY_AUTH_RATE_LIMIT,
    blobStore: c.ASSAY_BLOB_STORE,
    s3: c.S3_BUCKET
      ? {
          endpoint: c.S3_ENDPOINT,
          bucket: c.S3_BUCKET,
          region: c.S3_REGION,
          accessKeyId: c.S3_ACCESS_KEY_ID,
          secretAccessKey: c.S3_SECRET_ACCESS_KEY,
          forcePathStyle: c.S3_FORCE_PATH_STYLE === 'true',
        }
      : undefined,
    smtpUrl: c.SMTP_URL,
    smtpFrom: c.SMTP_FROM,
  };
}
