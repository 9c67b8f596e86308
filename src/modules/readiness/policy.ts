import type { PolicyTable } from '../../platform/authz/index.js';

const everyone = ['owner', 'admin', 'compliance_manager', 'control_owner', 'employee', 'auditor'] as const;
const managers = ['owner', 'admin', 'compliance_manager'] as const;

/** Who may see readiness and work on tasks. */
export const readinessPolicies: PolicyTable = {
  'readiness.read': everyone,
  'tasks.read': everyone,
  'tasks.manage': [...managers, 'control_owner'],
  'tasks.comment': [...managers, 'control_owner', 'employee'],
};
