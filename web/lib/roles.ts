// Role names as the API spells them, and how people read them.

export const ROLES = ['owner', 'admin', 'compliance_manager', 'control_owner', 'employee', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

const LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  compliance_manager: 'Compliance manager',
  control_owner: 'Control owner',
  employee: 'Employee',
  auditor: 'Auditor',
};

const COLORS: Record<Role, string> = {
  owner: 'grape',
  admin: 'blue',
  compliance_manager: 'teal',
  control_owner: 'cyan',
  employee: 'gray',
  auditor: 'orange',
};

/** The display name of a role ("compliance_manager" → "Compliance manager"). */
export function roleLabel(role: string): string {
  return LABELS[role as Role] ?? role;
}

/** A badge colour per role, so roles are recognisable at a glance in tables. */
export function roleColor(role: string): string {
  return COLORS[role as Role] ?? 'gray';
}

/** Options for a Select of roles (the Select's value then has the roles' type). */
export function roleOptions<R extends string>(roles: readonly R[]): { value: R; label: string }[] {
  return roles.map((r) => ({ value: r, label: roleLabel(r) }));
}
