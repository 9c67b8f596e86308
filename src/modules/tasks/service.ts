import { criterion } from '../../catalog/index.js';
import { appendAudit, type RequestContext } from '../../platform/audit-log/index.js';
import { type Actor, authorize } from '../../platform/authz/index.js';
import { type AppContext, inTx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { newId, nowIso } from '../../platform/ids.js';
import { type Page, pageOf } from '../../platform/pagination.js';
import { controlStore } from '../controls/store.js';
import { orgStore } from '../orgs/store.js';
import { orgOf } from '../scope/service.js';

export type TaskStatus = 'open' | 'in_progress' | 'done';

export interface TaskInput {
  title: string;
  description: string;
  controlId?: string | null;
  criterionId?: string | null;
  ownerId?: string | null;
  dueDate?: string | null;
  status?: TaskStatus;
}

/** Today as YYYY-MM-DD (UTC); a task is overdue when its due date is before today and it is not done. */
export const today = () => nowIso().slice(0, 10);

/** Tasks: owned, dated work items (often from readiness gaps), with comments. */
export function createTaskService(ctx: AppContext) {
  async function mustGet(tx: Tx | AppContext['db'], orgId: string, id: string) {
    const t = await tx
      .selectFrom('tasks')
      .leftJoin('users', 'users.id', 'tasks.owner_id')
      .selectAll('tasks')
      .select(['users.name as owner_name'])
      .where('tasks.org_id', '=', orgId)
      .where('tasks.id', '=', id)
      .executeTakeFirst();
    if (!t) throw notFound('Task');
    return t;
  }

  async function checkRefs(tx: Tx, orgId: string, input: Partial<TaskInput>) {
    // Any given reference (even an empty string) must exist; null clears it.
    if (input.ownerId != null && !(await orgStore.membership(tx, orgId, input.ownerId)))
      throw badRequest('The owner must be a member of the organization');
    if (input.controlId != null && !(await controlStore.get(tx, orgId, input.controlId)))
      throw badRequest('No such control in this organization');
    if (input.criterionId != null && !criterion(input.criterionId)) throw badRequest(`Unknown criterion "${input.criterionId}"`);
  }

  return {
    async list(
      actor: Actor,
      filter: { status?: TaskStatus; ownerId?: string; controlId?: string; overdue?: boolean; mine?: boolean },
      page: Page,
    ) {
      authorize(actor, 'tasks.read');
      const orgId = orgOf(actor);
      const owner = filter.mine && actor.kind === 'user' ? actor.userId : filter.ownerId;
      const rows = await ctx.db
        .selectFrom('tasks')
        .leftJoin('users', 'users.id', 'tasks.owner_id')
        .selectAll('tasks')
        .select(['users.name as owner_name'])
        .where('tasks.org_id', '=', orgId)
        .$if(!!filter.status, (q) => q.where('tasks.status', '=', filter.status!))
        .$if(!!owner, (q) => q.where('tasks.owner_id', '=', owner!))
        .$if(!!filter.controlId, (q) => q.where('tasks.control_id', '=', filter.controlId!))
        .$if(!!filter.overdue, (q) => q.where('tasks.status', '!=', 'done').where('tasks.due_date', '<', today()))
        .$if(!!page.after, (q) => q.where('tasks.id', '<', page.after!))
        .orderBy('tasks.id', 'desc')
        .limit(page.limit + 1)
        .execute();
      return pageOf(rows, page.limit);
    },

    async get(actor: Actor, id: string) {
      authorize(actor, 'tasks.read');
      const orgId = orgOf(actor);
      const task = await mustGet(ctx.db, orgId, id);
      const comments = await ctx.db
        .selectFrom('task_comments')
        .leftJoin('users', 'users.id', 'task_comments.author_id')
        .selectAll('task_comments')
        .select(['users.name as author_name'])
        .where('task_comments.org_id', '=', orgId)
        .where('task_comments.task_id', '=', id)
        .orderBy('task_comments.created_at')
        .orderBy('task_comments.id')
        .execute();
      return { task, comments };
    },

    async create(rc: RequestContext, input: TaskInput) {
      authorize(rc.actor, 'tasks.manage');
      const orgId = orgOf(rc.actor);
      return inTx(ctx, async (tx) => {
        await checkRefs(tx, orgId, input);
        const now = nowIso();
        const row = {
          id: newId('tsk'),
          org_id: orgId,
          title: input.title,
          description: input.description,
          control_id: input.controlId ?? null,
          criterion_id: input.criterionId ?? null,
          gap_key: null,
          owner_id: input.ownerId ?? null,
          due_date: input.dueDate ?? null,
          status: input.status ?? 'open',
          created_by: rc.actor.label,
          created_at: now,
          updated_at: now,
          completed_at: input.status === 'done' ? now : null,
        };
        await tx.insertInto('tasks').values(row).execute();
        await appendAudit(tx, ctx.dialect, rc, {
          orgId,
          action: 'task.created',
          targetType: 'task',
          targetId: row.id,
          summary: { title: row.title, ownerId: row.owner_id, dueDate: row.due_date },
        });
        return mustGet(tx, orgId, row.id);
      });
    },

    /** Changes a task; each changed field is recorded. */
    async update(rc: RequestContext, id: string, patch: Partial<TaskInput>) {
      authorize(rc.actor, 'tasks.manage');
      const orgId = orgOf(rc.actor);
      return inTx(ctx, async (tx) => {
        const t = await mustGet(tx, orgId, id);
        await checkRefs(tx, orgId, patch);
        const cols: [keyof TaskInput, keyof typeof t][] = [
          ['title', 'title'],
          ['description', 'description'],
          ['controlId', 'control_id'],
          ['criterionId', 'criterion_id'],
          ['ownerId', 'owner_id'],
          ['dueDate', 'due_date'],
          ['status', 'status'],
        ];
        const set: Record<string, unknown> = {};
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        for (const [k, col] of cols) {
          if (patch[k] !== undefined && patch[k] !== t[col]) {
            set[col] = patch[k];
            changes[k] = { from: t[col], to: patch[k] };
          }
        }
        if (!Object.keys(set).length) return t;
        if (set.status) set.completed_at = set.status === 'done' ? nowIso() : null;
        await tx
          .updateTable('tasks')
          .set({ ...set, updated_at: nowIso() })
          .where('org_id', '=', orgId)
          .where('id', '=', id)
          .execute();
        await appendAudit(tx, ctx.dialect, rc, {
          orgId,
          action: 'task.updated',
          targetType: 'task',
          targetId: id,
          summary: { title: t.title, ...changes },
        });
        return mustGet(tx, orgId, id);
      });
    },

    async comment(rc: RequestContext, id: string, body: string) {
      authorize(rc.actor, 'tasks.comment');
      const orgId = orgOf(rc.actor);
      return inTx(ctx, async (tx) => {
        const t = await mustGet(tx, orgId, id);
        const row = {
          id: newId('tcm'),
          org_id: orgId,
          task_id: t.id,
          author_id: rc.actor.kind === 'user' ? rc.actor.userId : null,
          author_label: rc.actor.label,
          body,
          created_at: nowIso(),
        };
        await tx.insertInto('task_comments').values(row).execute();
        await appendAudit(tx, ctx.dialect, rc, {
          orgId,
          action: 'task.commented',
          targetType: 'task',
          targetId: t.id,
          summary: { comment: row.id, length: body.length },
        });
        return row;
      });
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
