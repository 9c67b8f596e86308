import { z } from 'zod';
import { pageSchema } from '../../platform/pagination.js';
import { emailSchema, passwordSchema, roleSchema } from '../auth/schemas.js';

export const orgName = z.string().trim().min(2).max(100).describe('Organization name');
export const idParam = z.object({ id: z.string().min(1).max(64) });

export const orgSchema = z
  .object({ id: z.string(), name: z.string(), slug: z.string(), createdAt: z.string() })
  .meta({ id: 'Organization' });
export const memberSchema = z
  .object({ id: z.string(), userId: z.string(), email: z.string(), name: z.string(), role: roleSchema, joinedAt: z.string() })
  .meta({ id: 'Member' });
export const memberPage = pageSchema(memberSchema);

export const invitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: roleSchema,
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    createdAt: z.string(),
    expiresAt: z.string(),
    acceptedAt: z.string().nullable(),
  })
  .meta({ id: 'Invitation' });
export const invitationPage = pageSchema(invitationSchema);

export const inviteBody = z.object({ email: emailSchema, role: roleSchema });
export const inviteResult = z.object({
  invitation: invitationSchema,
  emailed: z.boolean().describe('True when the invitation was sent by email'),
  link: z.string().optional().describe('The link to pass on yourself when it was not emailed'),
  emailError: z.string().optional(),
});
export const invitationLookup = z.object({
  email: z.string(),
  role: roleSchema,
  orgName: z.string(),
  accountExists: z.boolean(),
  expiresAt: z.string(),
});
export const acceptBody = z.object({
  token: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(100).optional(),
  password: passwordSchema.optional(),
});

export function presentOrg(o: { id: string; name: string; slug: string; created_at: string }) {
  return { id: o.id, name: o.name, slug: o.slug, createdAt: o.created_at };
}

export function presentMember(m: { id: string; user_id: string; email: string; name: string; role: string; created_at: string }) {
  return { id: m.id, userId: m.user_id, email: m.email, name: m.name, role: m.role as z.infer<typeof roleSchema>, joinedAt: m.created_at };
}

export function presentInvitation(i: {
  id: string;
  email: string;
  role: string;
  status: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}) {
  return {
    id: i.id,
    email: i.email,
    role: i.role as z.infer<typeof roleSchema>,
    status: i.status as z.infer<typeof invitationSchema>['status'],
    createdAt: i.created_at,
    expiresAt: i.expires_at,
    acceptedAt: i.accepted_at,
  };
}
