import type { PolicyTable } from '../../platform/authz/index.js';

const everyone = ['owner', 'admin', 'compliance_manager', 'control_owner', 'employee', 'auditor'] as const;
const admins = ['owner', 'admin'] as const;

/** Who may do what with organizations, members and invitations. */
export const orgPolicies: PolicyTable = {
  'org.read': everyone,
  'org.update': admins,
  'members.read': everyone,
  'members.manage': admins,
  'invitations.read': admins,
  'invitations.manage': admins,
};
