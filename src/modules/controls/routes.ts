import { z } from 'zod';
import { CATEGORIES } from '../../catalog/types.js';
import { requestMeta } from '../../platform/http/auth-hook.js';
import type { App } from '../../platform/http/types.js';
import { idParam } from '../orgs/schemas.js';
import { controlSchema, createControlBody, linkSchema, presentControl, statusSchema, updateControlBody } from './schemas.js';
import type { ControlService } from './service.js';

const historySchema = z.object({
  id: z.string(),
  from: statusSchema.nullable(),
  to: statusSchema,
  reason: z.string().nullable(),
  actor: z.string(),
  at: z.string(),
});
const detailSchema = z.object({
  control: controlSchema,
  history: z.array(historySchema),
  tasks: z.array(z.object({ id: z.string(), title: z.string(), status: z.string(), dueDate: z.string().nullable() })),
});

/** Controls: adopt from templates, custom controls, edits, status, activation, criteria links, coverage. */
export function registerControlRoutes(app: App, controls: ControlService) {
  const rc = (req: Parameters<typeof requestMeta>[0]) => ({ actor: req.actor!, ...requestMeta(req) });
  const detail = async (actor: Parameters<ControlService['get']>[0], id: string) => {
    const d = await controls.get(actor, id);
    return {
      control: presentControl(d.control, { criteria: d.criteria, iso: d.iso }, d.owner),
      history: d.history.map((h) => ({
        id: h.id,
        from: h.from_status as never,
        to: h.to_status as never,
        reason: h.reason,
        actor: h.actor_label,
        at: h.created_at,
      })),
      tasks: d.tasks.map((t) => ({ id: t.id, title: t.title, status: t.status, dueDate: t.due_date })),
    };
  };

  app.post(
    '/api/v1/controls/adopt',
    {
      schema: {
        tags: ['controls'],
        summary: 'Adopt every control template that fits the scope (idempotent); optionally set the categories in scope first',
        body: z.object({ categories: z.array(z.enum(CATEGORIES)).min(1).optional() }),
        response: { 200: z.object({ categories: z.array(z.enum(CATEGORIES)), added: z.array(z.string()), alreadyAdopted: z.number() }) },
      },
      config: { access: { auth: 'org', action: 'controls.manage' } },
    },
    async (req) => controls.adopt(rc(req), req.body),
  );

  app.get(
    '/api/v1/controls',
    {
      schema: {
        tags: ['controls'],
        summary: "The organization's controls",
        response: { 200: z.object({ items: z.array(controlSchema) }) },
      },
      config: { access: { auth: 'org', action: 'controls.read' } },
    },
    async (req) => {
      const rows = await controls.list(req.actor!);
      return {
        items: rows.map((r) =>
          presentControl(
            r,
            { criteria: r.criteria, iso: r.iso },
            r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '', email: r.owner_email ?? '' } : null,
          ),
        ),
      };
    },
  );

  app.post(
    '/api/v1/controls',
    {
      schema: { tags: ['controls'], summary: 'Create a custom control', body: createControlBody, response: { 201: detailSchema } },
      config: { access: { auth: 'org', action: 'controls.manage' } },
    },
    async (req, reply) => {
      const row = await controls.create(rc(req), req.body);
      return reply.status(201).send(await detail(req.actor!, row.id));
    },
  );

  app.get(
    '/api/v1/controls/coverage',
    {
      schema: {
        tags: ['controls'],
        summary: 'Per criterion: the active controls addressing it',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                criterionId: z.string(),
                category: z.enum(CATEGORIES),
                inScope: z.boolean(),
                controls: z.array(
                  z.object({
                    id: z.string(),
                    code: z.string(),
                    title: z.string(),
                    status: statusSchema,
                    relation: z.enum(['primary', 'supporting']),
                  }),
                ),
              }),
            ),
          }),
        },
      },
      config: { access: { auth: 'org', action: 'controls.read' } },
    },
    async (req) => ({ items: await controls.coverage(req.actor!) }),
  );

  app.get(
    '/api/v1/controls/:id',
    {
      schema: {
        tags: ['controls'],
        summary: 'A control with its status history and tasks',
        params: idParam,
        response: { 200: detailSchema },
      },
      config: { access: { auth: 'org', action: 'controls.read' } },
    },
    async (req) => detail(req.actor!, req.params.id),
  );

  app.patch(
    '/api/v1/controls/:id',
    {
      schema: {
        tags: ['controls'],
        summary: 'Edit a control or assign its owner',
        params: idParam,
        body: updateControlBody,
        response: { 200: detailSchema },
      },
      config: { access: { auth: 'org', action: 'controls.manage' } },
    },
    async (req) => {
      await controls.update(rc(req), req.params.id, req.body);
      return detail(req.actor!, req.params.id);
    },
  );

  app.post(
    '/api/v1/controls/:id/status',
    {
      schema: {
        tags: ['controls'],
        summary: "Change a control's status (not applicable needs a reason)",
        params: idParam,
        body: z.object({ status: statusSchema, reason: z.string().trim().max(2000).optional() }),
        response: { 200: detailSchema },
      },
      config: { access: { auth: 'org', action: 'controls.status' } },
    },
    async (req) => {
      await controls.setStatus(rc(req), req.params.id, req.body);
      return detail(req.actor!, req.params.id);
    },
  );

  app.post(
    '/api/v1/controls/:id/deactivate',
    {
      schema: {
        tags: ['controls'],
        summary: 'Deactivate a control, with the reason',
        params: idParam,
        body: z.object({ reason: z.string().trim().min(1).max(2000) }),
        response: { 200: detailSchema },
      },
      config: { access: { auth: 'org', action: 'controls.manage' } },
    },
    async (req) => {
      await controls.setActive(rc(req), req.params.id, false, req.body.reason);
      return detail(req.actor!, req.params.id);
    },
  );

  app.post(
    '/api/v1/controls/:id/activate',
    {
      schema: { tags: ['controls'], summary: 'Reactivate a control', params: idParam, response: { 200: detailSchema } },
      config: { access: { auth: 'org', action: 'controls.manage' } },
    },
    async (req) => {
      await controls.setActive(rc(req), req.params.id, true);
      return detail(req.actor!, req.params.id);
    },
  );

  app.put(
    '/api/v1/controls/:id/links',
    {
      schema: {
        tags: ['controls'],
        summary: "Replace a control's criteria links (and optionally its ISO/IEC 27001 links)",
        params: idParam,
        body: z.object({ criteria: z.array(linkSchema).min(1).max(61), iso: z.array(z.string().max(10)).max(93).optional() }),
        response: { 200: detailSchema },
      },
      config: { access: { auth: 'org', action: 'controls.manage' } },
    },
    async (req) => {
      await controls.setLinks(rc(req), req.params.id, req.body);
      return detail(req.actor!, req.params.id);
    },
  );
}
