import { z } from 'zod';
import { CATEGORIES } from '../../catalog/types.js';
import { requestMeta } from '../../platform/http/auth-hook.js';
import type { App } from '../../platform/http/types.js';
import { statusSchema } from '../controls/schemas.js';
import type { ReadinessService } from './service.js';

const gapSchema = z.object({
  kind: z.enum(['no_control', 'not_implemented', 'no_owner']),
  key: z.string(),
  criterionId: z.string(),
  controlId: z.string().optional(),
  message: z.string(),
});

export const readinessSchema = z
  .object({
    overall: z.number().describe('Percent: mean of the criteria scores'),
    criteriaReady: z.number(),
    criteriaTotal: z.number(),
    categories: z.array(z.object({ id: z.enum(CATEGORIES), score: z.number(), ready: z.number(), total: z.number() })),
    frameworks: z.object({ soc2: z.number(), iso27001: z.number() }),
    criteria: z.array(
      z.object({
        id: z.string(),
        category: z.enum(CATEGORIES),
        title: z.string(),
        score: z.number(),
        ready: z.boolean(),
        controls: z.array(
          z.object({
            id: z.string(),
            code: z.string(),
            title: z.string(),
            relation: z.enum(['primary', 'supporting']),
            value: z.number(),
            status: statusSchema,
            owned: z.boolean(),
          }),
        ),
        gaps: z.array(gapSchema),
      }),
    ),
    excluded: z.array(z.object({ id: z.string(), reason: z.string() })),
    iso: z.array(z.object({ id: z.string(), title: z.string(), score: z.number(), controls: z.number() })),
    gaps: z.array(gapSchema),
  })
  .meta({ id: 'Readiness' });

/** Readiness, trend and gap-to-task endpoints. */
export function registerReadinessRoutes(app: App, readiness: ReadinessService) {
  app.get(
    '/api/v1/readiness',
    {
      schema: {
        tags: ['readiness'],
        summary: 'Readiness per criterion, category, framework and overall, with every gap',
        response: { 200: readinessSchema },
      },
      config: { access: { auth: 'org', action: 'readiness.read' } },
    },
    async (req) => readiness.get(req.actor!),
  );

  app.get(
    '/api/v1/readiness/trend',
    {
      schema: {
        tags: ['readiness'],
        summary: 'Daily readiness snapshots',
        querystring: z.object({ days: z.coerce.number().int().min(1).max(730).default(90) }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                day: z.string(),
                overall: z.number(),
                categories: z.record(z.string(), z.number()).optional(),
                frameworks: z.object({ soc2: z.number(), iso27001: z.number() }).optional(),
                criteriaReady: z.number().optional(),
                criteriaTotal: z.number().optional(),
                gaps: z.number().optional(),
              }),
            ),
          }),
        },
      },
      config: { access: { auth: 'org', action: 'readiness.read' } },
    },
    async (req) => ({ items: (await readiness.trend(req.actor!, req.query.days)) as never }),
  );

  app.post(
    '/api/v1/readiness/tasks',
    {
      schema: {
        tags: ['readiness'],
        summary: 'Turn gaps into tasks (all gaps, or the given gap keys); gaps that already have a task are skipped',
        body: z.object({ gapKeys: z.array(z.string().max(120)).max(1000).optional() }),
        response: { 200: z.object({ created: z.number(), skipped: z.number() }) },
      },
      config: { access: { auth: 'org', action: 'tasks.manage' } },
    },
    async (req) => readiness.tasksFromGaps({ actor: req.actor!, ...requestMeta(req) }, req.body.gapKeys),
  );
}
