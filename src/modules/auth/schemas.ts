import { z } from 'zod';
import { ROLES } from '../../platform/authz/index.js';

export const roleSchema = z.enum(ROLES).describe('A role within an organization');
export const emailSchema = z.email().max(254).describe('Email address');
export const passwordSchema = z.string().min(1).max(256);

export const signInBody = z.object({ email: emailSchema, password: passwordSchema }).meta({ id: 'SignInInput' });
export const linkBody = z.object({ token: z.string().min(1).max(200) });
export const changePasswordBody = z.object({
  currentPassword: z.string().max(256).default(''),
  newPassword: passwordSchema,
});

export const orgSummary = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  role: roleSchema,
});

export const meSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string(), hasPassword: z.boolean() }),
    organizations: z.array(orgSummary),
    activeOrg: orgSummary.nullable(),
    abilities: z.array(z.string()).describe('Actions the person may perform in the active organization'),
    grantableRoles: z.array(roleSchema),
    csrfToken: z.string().describe('Send as the X-CSRF-Token header with every cookie-authenticated write'),
    session: z.object({
      idleMinutes: z.number(),
      expiresAt: z.string(),
      /** Set when the session came through an organization's SSO: it only opens that organization. */
      pinnedOrgId: z.string().nullable(),
    }),
  })
  .meta({ id: 'Me' });

export const okSchema = z.object({ ok: z.literal(true) });
