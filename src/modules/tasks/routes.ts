import { z } from 'zod';
import { requestMeta } from '../../platform/http/auth-hook.js';
import type { App } from '../../platform/http/types.js';
import { pageQuery, pageSchema, toPage } from '../../platform/pagination.js';
import { idParam } from '../orgs/schemas.js';
import { type TaskService, today } from './service.js';

const taskStatus = z.enum(['open', 'in_progress', 'done']);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
const taskSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    controlId: z.string().nullable(),
    criterionId: z.string().nullable(),
    gapKey: z.string().nullable(),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    dueDate: z.string().nullable(),
    overdue: z.boolean(),
    status: taskStatus,
    createdBy: z.string(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .meta({ id: 'Task' });
const commentSchema = z.object({ id: z.string(), author: z.string(), body: z.string(), createdAt: z.string() });

type Row = {
  id: string;
  title: string;
  description: string;
  control_id: string | null;
  criterion_id: string | null;
  gap_key: string | null;
  owner_id: string | null;
  owner_name?: string | null;
  due_date: string | null;
  status: string;
  created_by: string;
  created_at: string;
  completed_at: string | null;
};

function present(t: Row) {
  return {
    id: t.id,
    title: t.title,
    description: t.description,
    controlId: t.control_id,
    criterionId: t.criterion_id,
    gapKey: t.gap_key,
    ownerId: t.owner_id,
    ownerName: t.owner_name ?? null,
    dueDate: t.due_date,
    overdue: t.status !== 'done' && !!t.due_date && t.due_date < today(),
    status: t.status as z.infer<typeof taskStatus>,
    createdBy: t.created_by,
    createdAt: t.created_at,
    completedAt: t.completed_at,
  };
}

const taskBody = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(8000).default(''),
  controlId: z.string().max(64).nullable().optional(),
  criterionId: z.string().max(10).nullable().optional(),
  ownerId: z.string().max(64).nullable().optional(),
  dueDate: day.nullable().optional(),
  status: taskStatus.optional(),
});

/** Task endpoints: list with overdue view, create, update, comment. */
export function registerTaskRoutes(app: App, tasks: TaskService) {
  const rc = (req: Parameters<typeof requestMeta>[0]) => ({ actor: req.actor!, ...requestMeta(req) });

  app.get(
    '/api/v1/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Tasks, newest first; filter by status, owner, control, overdue or your own',
        querystring: pageQuery.extend({
          status: taskStatus.optional(),
          ownerId: z.string().max(64).optional(),
          controlId: z.string().max(64).optional(),
          overdue: z.enum(['true', 'false']).optional(),
          mine: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: pageSchema(taskSchema) },
      },
      config: { access: { auth: 'org', action: 'tasks.read' } },
    },
    async (req) => {
      const { cursor, limit, overdue, mine, ...f } = req.query;
      const page = await tasks.list(req.actor!, { ...f, overdue: overdue === 'true', mine: mine === 'true' }, toPage({ cursor, limit }));
      return { items: page.items.map(present), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/tasks',
    {
      schema: { tags: ['tasks'], summary: 'Create a task', body: taskBody, response: { 201: taskSchema } },
      config: { access: { auth: 'org', action: 'tasks.manage' } },
    },
    async (req, reply) => reply.status(201).send(present(await tasks.create(rc(req), req.body))),
  );

  app.get(
    '/api/v1/tasks/:id',
    {
      schema: {
        tags: ['tasks'],
        summary: 'A task with its comments',
        params: idParam,
        response: { 200: z.object({ task: taskSchema, comments: z.array(commentSchema) }) },
      },
      config: { access: { auth: 'org', action: 'tasks.read' } },
    },
    async (req) => {
      const r = await tasks.get(req.actor!, req.params.id);
      return {
        task: present(r.task),
        comments: r.comments.map((c) => ({ id: c.id, author: c.author_name || c.author_label, body: c.body, createdAt: c.created_at })),
      };
    },
  );

  app.patch(
    '/api/v1/tasks/:id',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Change a task',
        params: idParam,
        body: taskBody.extend({ description: z.string().trim().max(8000) }).partial(),
        response: { 200: taskSchema },
      },
      config: { access: { auth: 'org', action: 'tasks.manage' } },
    },
    async (req) => present(await tasks.update(rc(req), req.params.id, req.body)),
  );

  app.post(
    '/api/v1/tasks/:id/comments',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Comment on a task',
        params: idParam,
        body: z.object({ body: z.string().trim().min(1).max(8000) }),
        response: { 201: commentSchema },
      },
      config: { access: { auth: 'org', action: 'tasks.comment' } },
    },
    async (req, reply) => {
      const c = await tasks.comment(rc(req), req.params.id, req.body.body);
      return reply.status(201).send({ id: c.id, author: c.author_label, body: c.body, createdAt: c.created_at });
    },
  );
}
