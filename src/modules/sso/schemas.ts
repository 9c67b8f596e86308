import { z } from 'zod';
import { ROLES } from '../../platform/authz/index.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True when the issuer may be used: https anywhere, plain http only on this machine (development, tests). */
export function isAllowedIssuer(value: string): boolean {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return false;
  }
  if (u.search || u.hash || u.username || u.password) return false;
  if (u.protocol === 'https:') return true;
  return u.protocol === 'http:' && LOCAL_HOSTS.has(u.hostname);
}

/** True when the issuer is a plain-http local address, for which insecure requests are allowed. */
export function isLocalHttpIssuer(value: string): boolean {
  return value.startsWith('http://') && isAllowedIssuer(value);
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export const joinRoles = ROLES.filter((r) => r !== 'owner') as [
  Exclude<(typeof ROLES)[number], 'owner'>,
  ...Exclude<(typeof ROLES)[number], 'owner'>[],
];
export const joinRoleSchema = z.enum(joinRoles).describe('The role people who join through an auto-join domain get (never owner)');

export const issuerSchema = z
  .string()
  .trim()
  .max(500)
  .refine(isAllowedIssuer, 'must be an https URL (plain http only for localhost or 127.0.0.1), without query or fragment')
  .describe('The OpenID Provider issuer URL, e.g. https://acme.okta.com or https://accounts.google.com');

export const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(DOMAIN, 'must be a domain name such as example.com')
  .describe('An email domain, lower case');

export const ssoConfigSchema = z
  .object({
    enabled: z.boolean(),
    issuer: z.string(),
    clientId: z.string(),
    hasClientSecret: z.boolean().describe('Whether a client secret is stored; the secret itself is never returned'),
    autoJoinDomains: z.array(z.string()),
    autoJoinRole: joinRoleSchema,
    redirectUri: z.string().describe('The redirect (callback) URI to register at the identity provider'),
  })
  .meta({ id: 'SsoConfig' });

// No component id: the trimming and lower-casing make its input and output shapes differ.
export const ssoConfigBody = z.object({
  enabled: z.boolean(),
  issuer: issuerSchema,
  clientId: z.string().trim().min(1).max(500),
  clientSecret: z.string().min(1).max(2000).optional().describe('Omit to keep the stored secret'),
  autoJoinDomains: z.array(domainSchema).max(50),
  autoJoinRole: joinRoleSchema,
});

export type SsoConfigInput = z.infer<typeof ssoConfigBody>;
export type SsoConfigView = z.infer<typeof ssoConfigSchema>;

export const ssoStartQuery = z.object({ org: z.string().max(200).optional().describe('The organization short name (slug)') });

export const ssoCallbackQuery = z
  .object({
    code: z.string().max(4096).optional(),
    state: z.string().max(1024).optional(),
    error: z.string().max(1024).optional(),
    error_description: z.string().max(4096).optional(),
  })
  .loose();
