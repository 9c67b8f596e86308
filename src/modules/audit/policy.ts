import type { PolicyTable } from '../../platform/authz/index.js';

/** Who may read and verify the organization's audit log. */
export const auditPolicies: PolicyTable = {
  'audit.read': ['owner', 'admin', 'compliance_manager', 'auditor'],
};
