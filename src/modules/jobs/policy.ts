import type { PolicyTable } from '../../platform/authz/index.js';

/** Who may see and retry background jobs. */
export const jobPolicies: PolicyTable = {
  'jobs.read': ['owner', 'admin'],
  'jobs.manage': ['owner', 'admin'],
};
