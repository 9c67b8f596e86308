import type { PolicyTable } from '../../platform/authz/index.js';

/** Who may browse the catalog and import licensed criterion texts. */
export const catalogPolicies: PolicyTable = {
  'catalog.read': ['owner', 'admin', 'compliance_manager', 'control_owner', 'employee', 'auditor'],
  'catalog.import': ['owner', 'admin', 'compliance_manager'],
};
