import type { PolicyTable } from '../../platform/authz/index.js';

/**
 * Who may see and change the organization's single sign-on configuration. Changing it is for owners only:
 * whoever controls the identity provider can sign in as any member, owners included.
 */
export const ssoPolicies: PolicyTable = {
  'sso.read': ['owner', 'admin'],
  'sso.manage': ['owner'],
};
