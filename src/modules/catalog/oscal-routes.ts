import { z } from 'zod';
import { getCatalog } from '../../catalog/index.js';
import { catalogToOscal, componentDefinition, parseOfficialTexts } from '../../catalog/oscal.js';
import { appendAudit, type RequestContext } from '../../platform/audit-log/index.js';
import { type Actor, authorize } from '../../platform/authz/index.js';
import { type AppContext, inTx } from '../../platform/context.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { requestMeta } from '../../platform/http/auth-hook.js';
import type { App } from '../../platform/http/types.js';
import { nowIso } from '../../platform/ids.js';
import { createControlService } from '../controls/service.js';
import { orgStore } from '../orgs/store.js';
import { orgOf } from '../scope/service.js';

/** Licensed catalogs with every point of focus run to a few hundred kilobytes; leave room. */
const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

const oscalDocument = z.record(z.string(), z.unknown());

/** OSCAL export of the catalog and the organization's controls; import and removal of licensed texts. */
export function createOscalService(ctx: AppContext) {
  const catalogHref = () => `${ctx.publicUrl().replace(/\/+$/, '')}/api/v1/oscal/catalog`;

  return {
    exportCatalog(actor: Actor) {
      authorize(actor, 'catalog.read');
      return catalogToOscal(getCatalog());
    },

    async exportComponentDefinition(actor: Actor) {
      authorize(actor, 'controls.read');
      const orgId = orgOf(actor);
      const org = await orgStore.getOrg(ctx.db, orgId);
      if (!org) throw notFound('Organization');
      const rows = await createControlService(ctx).list(actor);
      const controls = rows.map((r) => ({
        id: r.id,
        code: r.code,
        title: r.title,
        description: r.description,
        status: r.status,
        nature: r.nature,
        frequency: r.frequency,
        active: !!r.active,
        owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '', email: r.owner_email } : null,
        criteria: r.criteria,
      }));
      return componentDefinition({ id: org.id, name: org.name }, controls, getCatalog(), { catalogHref: catalogHref() });
    },

    /** Stores the licensed texts found in an OSCAL catalog (upsert per criterion), in one transaction. */
    async importOfficialTexts(rc: RequestContext, doc: unknown) {
      authorize(rc.actor, 'catalog.import');
      const orgId = orgOf(rc.actor);
      const parsed = parseOfficialTexts(doc);
      if (!parsed.length)
        throw badRequest('The catalog contains none of the Trust Services Criteria', { unknown: parsed.unknown.slice(0, 50) });
      const source = `${parsed.title} (version ${parsed.version})`.slice(0, 300);
      const now = nowIso();
      await inTx(ctx, async (tx) => {
        await tx
          .insertInto('criterion_texts')
          .values(
            parsed.map((t) => ({
              org_id: orgId,
              criterion_id: t.criterionId,
              official_text: t.text,
              points_of_focus: JSON.stringify(t.pointsOfFocus),
              source,
              imported_at: now,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['org_id', 'criterion_id']).doUpdateSet((eb) => ({
              official_text: eb.ref('excluded.official_text'),
              points_of_focus: eb.ref('excluded.points_of_focus'),
              source: eb.ref('excluded.source'),
              imported_at: eb.ref('excluded.imported_at'),
            })),
          )
          .execute();
        // Counts and ids only: the licensed text itself never enters the audit log.
        await appendAudit(tx, ctx.dialect, rc, {
          orgId,
          action: 'catalog.official_texts_imported',
          targetType: 'organization',
          targetId: orgId,
          summary: {
            imported: parsed.length,
            pointsOfFocus: parsed.reduce((a, t) => a + t.pointsOfFocus.length, 0),
            unknown: parsed.unknown.length,
            criteria: parsed.map((t) => t.criterionId),
            source,
          },
        });
      });
      return { imported: parsed.length, unknown: parsed.unknown };
    },

    async deleteOfficialTexts(rc: RequestContext) {
      authorize(rc.actor, 'catalog.import');
      const orgId = orgOf(rc.actor);
      return inTx(ctx, async (tx) => {
        const r = await tx.deleteFrom('criterion_texts').where('org_id', '=', orgId).executeTakeFirst();
        const removed = Number(r.numDeletedRows);
        await appendAudit(tx, ctx.dialect, rc, {
          orgId,
          action: 'catalog.official_texts_deleted',
          targetType: 'organization',
          targetId: orgId,
          summary: { removed },
        });
        return { removed };
      });
    },
  };
}

/** OSCAL routes: catalog and component-definition exports, licensed-text import and removal. */
export function registerOscalRoutes(app: App, ctx: AppContext) {
  const oscal = createOscalService(ctx);
  const rc = (req: Parameters<typeof requestMeta>[0]): RequestContext => ({ actor: req.actor!, ...requestMeta(req) });

  app.get(
    '/api/v1/oscal/catalog',
    {
      schema: {
        tags: ['catalog'],
        summary: "Assay's catalog as an OSCAL catalog (own titles and guidance; no AICPA text)",
        response: { 200: oscalDocument },
      },
      config: { access: { auth: 'org', action: 'catalog.read' } },
    },
    async (req) => {
      authorize(req.actor!, 'catalog.read');
      return oscal.exportCatalog(req.actor!);
    },
  );

  app.get(
    '/api/v1/oscal/component-definition',
    {
      schema: {
        tags: ['catalog'],
        summary: "The organization's system and its active controls as an OSCAL component-definition",
        response: { 200: oscalDocument },
      },
      config: { access: { auth: 'org', action: 'controls.read' } },
    },
    async (req) => {
      authorize(req.actor!, 'controls.read');
      return oscal.exportComponentDefinition(req.actor!);
    },
  );

  app.post(
    '/api/v1/catalog/official-texts',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['catalog'],
        summary: 'Import the licensed official criterion and point-of-focus texts from an OSCAL catalog (JSON)',
        body: oscalDocument.describe('An OSCAL catalog document: { "catalog": { … } }'),
        response: {
          200: z.object({
            imported: z.number(),
            unknown: z.array(z.string()).describe('Control ids in the file that are not Trust Services Criteria'),
          }),
        },
      },
      config: { access: { auth: 'org', action: 'catalog.import' } },
    },
    async (req) => {
      authorize(req.actor!, 'catalog.import');
      return oscal.importOfficialTexts(rc(req), req.body);
    },
  );

  app.delete(
    '/api/v1/catalog/official-texts',
    {
      schema: {
        tags: ['catalog'],
        summary: "Remove the organization's imported official texts",
        response: { 200: z.object({ removed: z.number() }) },
      },
      config: { access: { auth: 'org', action: 'catalog.import' } },
    },
    async (req) => {
      authorize(req.actor!, 'catalog.import');
      return oscal.deleteOfficialTexts(rc(req));
    },
  );
}
