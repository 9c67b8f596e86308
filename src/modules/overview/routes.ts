import { z } from 'zod';
import type { App } from '../../platform/http/types.js';
import type { OverviewService } from './service.js';

const progressSchema = z
  .object({
    scope: z.object({ saved: z.boolean() }).nullable(),
    controls: z.object({ active: z.number().int(), withoutOwner: z.number().int() }).nullable(),
    team: z.object({ members: z.number().int(), pendingInvitations: z.number().int().nullable() }).nullable(),
    sso: z.object({ enabled: z.boolean() }).nullable(),
    tokens: z.object({ active: z.number().int() }).nullable(),
  })
  .meta({ id: 'SetupProgress' });

/** The overview page's setup progress. */
export function registerOverviewRoutes(app: App, overview: OverviewService) {
  app.get(
    '/api/v1/org/progress',
    {
      schema: {
        tags: ['organizations'],
        summary: 'How far the organization has come with its setup (parts the caller may not read are null)',
        response: { 200: progressSchema },
      },
      config: { access: { auth: 'org', action: 'org.read' } },
    },
    async (req) => overview.progress(req.actor!),
  );
}
