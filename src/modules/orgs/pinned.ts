import { forbidden } from '../../platform/errors.js';
import type { SessionInfo } from '../../platform/http/types.js';

/**
 * A session opened through an organization's single sign-on stays in that organization: its identity provider
 * can vouch for the person there and nowhere else. Other organizations need a password or a one-time link.
 */
export function refusePinned(session: SessionInfo, what: string): void {
  if (session.pinnedOrgId) {
    throw forbidden(
      `You signed in through your organization's single sign-on, which only opens that organization. To ${what}, sign out and sign in with your password or a one-time link.`,
    );
  }
}
