import type { PolicyTable } from '../../platform/authz/index.js';

const everyone = ['owner', 'admin', 'compliance_manager', 'control_owner', 'employee', 'auditor'] as const;

/** Who may read and change the scope, the organization profile and the system description. */
export const scopePolicies: PolicyTable = {
  'scope.read': everyone,
  'scope.manage': ['owner', 'admin', 'compliance_manager'],
};
