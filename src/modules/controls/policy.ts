import type { PolicyTable } from '../../platform/authz/index.js';

const everyone = ['owner', 'admin', 'compliance_manager', 'control_owner', 'employee', 'auditor'] as const;
const managers = ['owner', 'admin', 'compliance_manager'] as const;

/** Who may read, shape and operate the organization's controls. */
export const controlPolicies: PolicyTable = {
  'controls.read': everyone,
  'controls.manage': managers,
  // Control owners may move the status of the controls they own (checked in the service).
  'controls.status': [...managers, 'control_owner'],
};
