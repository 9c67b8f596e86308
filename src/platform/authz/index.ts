import { forbidden } from '../errors.js';

export const ROLES = ['owner', 'admin', 'compliance_manager', 'control_owner', 'employee', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  compliance_manager: 'Compliance manager',
  control_owner: 'Control owner',
  employee: 'Employee',
  auditor: 'Auditor',
};

/** Who is acting: a signed-in person, an API token, or the system itself (CLI, jobs). */
export type Actor =
  | { kind: 'user'; userId: string; orgId: string; role: Role; label: string; sessionId: string }
  | { kind: 'token'; tokenId: string; orgId: string; role: Role; label: string }
  | { kind: 'system'; label: string; orgId?: string };

/** A policy says which roles may perform an action. Modules register theirs in policy.ts. */
export type PolicyTable = Record<string, readonly Role[]>;

const policies: PolicyTable = {};

/** Adds a module's policy table; an action may be declared only once. */
export function registerPolicies(table: PolicyTable): void {
  for (const [action, roles] of Object.entries(table)) {
    if (policies[action] && policies[action] !== roles) throw new Error(`policy ${action} declared twice`);
    policies[action] = roles;
  }
}

/** All registered actions and the roles they allow (used by the SPA and the security suite). */
export function allPolicies(): Readonly<PolicyTable> {
  return policies;
}

/** True when the actor may perform the action. The system actor may do everything. */
export function can(actor: Actor, action: string): boolean {
  if (actor.kind === 'system') return true;
  const roles = policies[action];
  if (!roles) throw new Error(`unknown action ${action}`);
  return roles.includes(actor.role);
}

/** The one gate: throws a forbidden error when the actor may not perform the action. */
export function authorize(actor: Actor, action: string): void {
  if (!can(actor, action)) throw forbidden();
}

/** The actions the actor may perform, for the SPA to show or hide controls. */
export function abilities(actor: Actor): string[] {
  return Object.keys(policies).filter((a) => can(actor, a));
}

/** Roles a person with `role` may grant to others: owners grant anything, admins anything but owner. */
export function grantableRoles(role: Role): Role[] {
  if (role === 'owner') return [...ROLES];
  if (role === 'admin') return ROLES.filter((r) => r !== 'owner');
  return [];
}
