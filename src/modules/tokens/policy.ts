import type { PolicyTable } from '../../platform/authz/index.js';

/** Who may manage API tokens. */
export const tokenPolicies: PolicyTable = {
  'tokens.read': ['owner', 'admin'],
  'tokens.manage': ['owner', 'admin'],
};
