import { z } from 'zod';
import { getCatalog } from '../../catalog/index.js';
import { CATEGORIES, FREQUENCIES, NATURES, TEST_METHODS } from '../../catalog/types.js';
import { authorize } from '../../platform/authz/index.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import type { App } from '../../platform/http/types.js';
import { orgOf } from '../scope/service.js';

const criterionSchema = z
  .object({
    id: z.string(),
    category: z.enum(CATEGORIES),
    series: z.string(),
    seriesName: z.string(),
    cosoPrinciple: z.number().nullable(),
    title: z.string(),
    intent: z.string(),
    auditorFocus: z.string(),
    typicalEvidence: z.array(z.string()),
    pointsOfFocusCount: z.number(),
    templates: z.array(z.object({ id: z.string(), title: z.string(), relation: z.enum(['primary', 'supporting']) })),
    official: z
      .object({ text: z.string(), pointsOfFocus: z.array(z.string()), source: z.string() })
      .nullable()
      .describe('Licensed AICPA text, when the organization imported it'),
  })
  .meta({ id: 'Criterion' });

const templateSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    domain: z.string(),
    criteria: z.array(z.object({ id: z.string(), relation: z.enum(['primary', 'supporting']) })),
    nature: z.enum(NATURES),
    frequency: z.enum(FREQUENCIES),
    ownerFunction: z.string(),
    evidence: z.array(z.string()),
    testProcedures: z.array(z.object({ method: z.enum(TEST_METHODS), step: z.string() })),
    iso27001: z.array(z.string()),
  })
  .meta({ id: 'ControlTemplate' });

/** The catalog browser: criteria (with imported licensed texts), templates, ISO/IEC 27001 controls. */
export function registerCatalogRoutes(app: App, ctx: AppContext) {
  async function officialTexts(orgId: string) {
    const rows = await ctx.db.selectFrom('criterion_texts').selectAll().where('org_id', '=', orgId).execute();
    return new Map(
      rows.map((r) => [
        r.criterion_id,
        { text: r.official_text, pointsOfFocus: JSON.parse(r.points_of_focus) as string[], source: r.source },
      ]),
    );
  }
  function present(id: string, official: Awaited<ReturnType<typeof officialTexts>>) {
    const c = getCatalog();
    const cr = c.criteria.find((x) => x.id === id)!;
    return {
      ...cr,
      templates: c.templates.flatMap((t) =>
        t.criteria.filter((m) => m.id === id).map((m) => ({ id: t.id, title: t.title, relation: m.relation })),
      ),
      official: official.get(id) ?? null,
    };
  }

  app.get(
    '/api/v1/catalog',
    {
      schema: {
        tags: ['catalog'],
        summary: 'The catalog: id, version and sizes',
        response: {
          200: z.object({
            id: z.string(),
            version: z.string(),
            name: z.string(),
            criteria: z.number(),
            pointsOfFocus: z.number(),
            templates: z.number(),
            isoControls: z.number(),
          }),
        },
      },
      config: { access: { auth: 'org', action: 'catalog.read' } },
    },
    async (req) => {
      authorize(req.actor!, 'catalog.read');
      const c = getCatalog();
      return {
        id: c.id,
        version: c.version,
        name: c.name,
        criteria: c.criteria.length,
        pointsOfFocus: c.criteria.reduce((a, x) => a + x.pointsOfFocusCount, 0),
        templates: c.templates.length,
        isoControls: c.isoControls.length,
      };
    },
  );

  app.get(
    '/api/v1/catalog/criteria',
    {
      schema: {
        tags: ['catalog'],
        summary: 'The Trust Services Criteria, optionally one category or matching a search',
        querystring: z.object({ category: z.enum(CATEGORIES).optional(), q: z.string().max(100).optional() }),
        response: { 200: z.object({ items: z.array(criterionSchema) }) },
      },
      config: { access: { auth: 'org', action: 'catalog.read' } },
    },
    async (req) => {
      authorize(req.actor!, 'catalog.read');
      const official = await officialTexts(orgOf(req.actor!));
      const q = req.query.q?.toLowerCase().trim();
      const items = getCatalog()
        .criteria.filter((c) => !req.query.category || c.category === req.query.category)
        .map((c) => present(c.id, official))
        .filter(
          (c) =>
            !q || [c.id, c.title, c.intent, c.auditorFocus, c.seriesName, ...c.typicalEvidence].some((s) => s.toLowerCase().includes(q)),
        );
      return { items };
    },
  );

  app.get(
    '/api/v1/catalog/criteria/:id',
    {
      schema: {
        tags: ['catalog'],
        summary: 'One criterion with the templates addressing it',
        params: z.object({ id: z.string().max(10) }),
        response: { 200: criterionSchema },
      },
      config: { access: { auth: 'org', action: 'catalog.read' } },
    },
    async (req) => {
      authorize(req.actor!, 'catalog.read');
      if (!getCatalog().criteria.some((c) => c.id === req.params.id)) throw notFound('Criterion');
      return present(req.params.id, await officialTexts(orgOf(req.actor!)));
    },
  );

  app.get(
    '/api/v1/catalog/templates',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Control templates, optionally for one criterion or matching a search',
        querystring: z.object({ criterion: z.string().max(10).optional(), q: z.string().max(100).optional() }),
        response: { 200: z.object({ items: z.array(templateSchema) }) },
      },
      config: { access: { auth: 'org', action: 'catalog.read' } },
    },
    async (req) => {
      authorize(req.actor!, 'catalog.read');
      const q = req.query.q?.toLowerCase().trim();
      const items = getCatalog().templates.filter(
        (t) =>
          (!req.query.criterion || t.criteria.some((m) => m.id === req.query.criterion)) &&
          (!q || [t.id, t.title, t.description, t.domain].some((s) => s.toLowerCase().includes(q))),
      );
      return { items };
    },
  );

  app.get(
    '/api/v1/catalog/iso27001',
    {
      schema: {
        tags: ['catalog'],
        summary: 'ISO/IEC 27001:2022 Annex A controls and the templates mapped to them',
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string(), theme: z.string(), title: z.string(), templates: z.array(z.string()) })),
          }),
        },
      },
      config: { access: { auth: 'org', action: 'catalog.read' } },
    },
    async (req) => {
      authorize(req.actor!, 'catalog.read');
      const c = getCatalog();
      return {
        items: c.isoControls.map((i) => ({ ...i, templates: c.templates.filter((t) => t.iso27001.includes(i.id)).map((t) => t.id) })),
      };
    },
  );
}
