import type { Kysely, Migration } from 'kysely';

// Scope, controls, tasks and readiness. Portable DDL for SQLite and PostgreSQL.
export const m0002_program: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations use the untyped builder
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('org_profiles')
      .addColumn('org_id', 'text', (c) => c.primaryKey().references('organizations.id').onDelete('cascade'))
      .addColumn('legal_name', 'text', (c) => c.notNull())
      .addColumn('website', 'text', (c) => c.notNull())
      .addColumn('industry', 'text', (c) => c.notNull())
      .addColumn('headcount', 'text', (c) => c.notNull())
      .addColumn('categories', 'text', (c) => c.notNull())
      .addColumn('system_description', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('controls')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('template_id', 'text')
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('domain', 'text', (c) => c.notNull())
      .addColumn('nature', 'text', (c) => c.notNull())
      .addColumn('frequency', 'text', (c) => c.notNull())
      .addColumn('owner_function', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('status_reason', 'text')
      .addColumn('active', 'integer', (c) => c.notNull())
      .addColumn('deactivated_reason', 'text')
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addColumn('test_procedures', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('controls_org_template', ['org_id', 'template_id'])
      .addUniqueConstraint('controls_org_code', ['org_id', 'code'])
      .execute();
    await db.schema.createIndex('controls_owner_idx').on('controls').column('owner_id').execute();

    await db.schema
      .createTable('control_criteria')
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('control_id', 'text', (c) => c.notNull().references('controls.id').onDelete('cascade'))
      .addColumn('criterion_id', 'text', (c) => c.notNull())
      .addColumn('relation', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('control_criteria_pk', ['control_id', 'criterion_id'])
      .execute();
    await db.schema.createIndex('control_criteria_org_idx').on('control_criteria').columns(['org_id', 'criterion_id']).execute();

    await db.schema
      .createTable('control_iso')
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('control_id', 'text', (c) => c.notNull().references('controls.id').onDelete('cascade'))
      .addColumn('iso_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('control_iso_pk', ['control_id', 'iso_id'])
      .execute();
    await db.schema.createIndex('control_iso_org_idx').on('control_iso').columns(['org_id', 'iso_id']).execute();

    await db.schema
      .createTable('control_status_history')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('control_id', 'text', (c) => c.notNull().references('controls.id').onDelete('cascade'))
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('actor_label', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('control_status_history_ctl_idx')
      .on('control_status_history')
      .columns(['control_id', 'created_at'])
      .execute();
    await db.schema.createIndex('control_status_history_org_idx').on('control_status_history').column('org_id').execute();

    await db.schema
      .createTable('tasks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('control_id', 'text', (c) => c.references('controls.id').onDelete('set null'))
      .addColumn('criterion_id', 'text')
      .addColumn('gap_key', 'text')
      .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('due_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('completed_at', 'text')
      .addUniqueConstraint('tasks_org_gap', ['org_id', 'gap_key'])
      .execute();
    await db.schema.createIndex('tasks_org_status_idx').on('tasks').columns(['org_id', 'status', 'due_date']).execute();
    await db.schema.createIndex('tasks_control_idx').on('tasks').column('control_id').execute();
    await db.schema.createIndex('tasks_owner_idx').on('tasks').column('owner_id').execute();

    await db.schema
      .createTable('task_comments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
      .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('author_label', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('task_comments_task_idx').on('task_comments').columns(['task_id', 'created_at']).execute();
    await db.schema.createIndex('task_comments_org_idx').on('task_comments').column('org_id').execute();

    await db.schema
      .createTable('readiness_snapshots')
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('overall', 'real', (c) => c.notNull())
      .addColumn('detail', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('readiness_snapshots_pk', ['org_id', 'day'])
      .execute();

    await db.schema
      .createTable('criterion_texts')
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('criterion_id', 'text', (c) => c.notNull())
      .addColumn('official_text', 'text', (c) => c.notNull())
      .addColumn('points_of_focus', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('criterion_texts_pk', ['org_id', 'criterion_id'])
      .execute();
  },
};
