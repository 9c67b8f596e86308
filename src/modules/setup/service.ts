import type { RequestContext } from '../../platform/audit-log/index.js';
import { type AppContext, inTx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { oneTimeLinks } from '../auth/links.js';
import type { AuthService } from '../auth/service.js';
import type { OrgService } from '../orgs/service.js';
import { orgStore } from '../orgs/store.js';

const SETUP_LINK_HOURS = 24;

export interface SetupInput {
  orgName: string;
  name: string;
  email: string;
  password: string;
}

/** First-run setup: a one-time link printed at start-up lets one person create the first organization. */
export function createSetupService(ctx: AppContext, orgs: OrgService, auth: AuthService) {
  return {
    /** True while no organization exists. */
    async needed(): Promise<boolean> {
      return (await orgStore.countOrgs(ctx.db)) === 0;
    },

    /** Issues a fresh setup link when setup is still needed; null otherwise. */
    async issueLink(): Promise<string | null> {
      if ((await orgStore.countOrgs(ctx.db)) > 0) return null;
      const token = await oneTimeLinks.issue(ctx.db, 'setup', null, SETUP_LINK_HOURS * 60);
      return `${ctx.publicUrl()}/setup?token=${encodeURIComponent(token)}`;
    },

    /** Whether a setup token is live (for the setup page). */
    async checkToken(token: string): Promise<boolean> {
      return !!(await oneTimeLinks.find(ctx.db, 'setup', token)) && (await this.needed());
    },

    /** Creates the first organization and owner with a setup token and signs the owner in. */
    async complete(token: string, input: SetupInput, meta: Omit<RequestContext, 'actor'>) {
      return inTx(ctx, async (tx) => {
        const link = await oneTimeLinks.find(tx, 'setup', token);
        if (!link || !(await oneTimeLinks.consume(tx, link.id))) {
          throw new AppError('gone', 'This setup link is invalid, expired or already used. Restart Assay to print a new one.');
        }
        const { org, user } = await orgs.setupFirst(tx, input, meta);
        await tx
          .updateTable('one_time_links')
          .set({ used_at: new Date().toISOString() })
          .where('purpose', '=', 'setup')
          .where('used_at', 'is', null)
          .execute();
        const session = await auth.startSession(tx, user, org.id, 'setup', meta);
        return { org, user, session };
      });
    },

    /** The CLI path: no token, allowed only while no organization exists. */
    async completeFromCli(input: SetupInput) {
      return inTx(ctx, async (tx) => {
        const r = await orgs.setupFirst(tx, input, { ip: null, userAgent: 'assay-cli' });
        await tx
          .updateTable('one_time_links')
          .set({ used_at: new Date().toISOString() })
          .where('purpose', '=', 'setup')
          .where('used_at', 'is', null)
          .execute();
        return r;
      });
    },
  };
}

export type SetupService = ReturnType<typeof createSetupService>;
