import { sql } from 'kysely';
import type { Dialect, Executor } from '../db/index.js';
import { BackupError, type Row } from './manifest.js';

// The table list always comes from the live database, never from code.

export interface TableInfo {
  name: string;
  columns: string[];
  primaryKey: string[];
}
export interface ForeignKey {
  table: string;
  references: string;
  from: string[];
  to: string[];
}

// ---------------------------------------------------------------------------------------------------
// Catalog queries

/** Base tables of the current schema, sorted, so dump and restore see the same set on either database. */
export async function listTables(ex: Executor, dialect: Dialect): Promise<string[]> {
  const { rows } =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(ex)
      : await sql<{ name: string }>`
          select table_name::text as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(ex);
  return rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith('sqlite_'))
    .sort();
}

/** Column order and primary key from the catalog: the primary key is what paging and FK defaults rely on. */
export async function tableInfo(ex: Executor, dialect: Dialect, name: string): Promise<TableInfo> {
  const { rows } =
    dialect === 'sqlite'
      ? await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${name}) order by cid`.execute(ex)
      : await sql<{ name: string; pk: number | null }>`
          select c.column_name::text as name, (
            select k.ordinal_position::int
            from information_schema.table_constraints tc
            join information_schema.key_column_usage k
              on k.constraint_name = tc.constraint_name and k.constraint_schema = tc.constraint_schema and k.table_name = tc.table_name
            where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = c.table_schema and tc.table_name = c.table_name
              and k.column_name = c.column_name
          ) as pk
          from information_schema.columns c
          where c.table_schema = current_schema() and c.table_name = ${name}
          order by c.ordinal_position`.execute(ex);
  return {
    name,
    columns: rows.map((r) => r.name),
    primaryKey: rows
      .filter((r) => (r.pk ?? 0) > 0)
      .sort((a, b) => (a.pk ?? 0) - (b.pk ?? 0))
      .map((r) => r.name),
  };
}

/** Foreign keys as column lists on both databases, so load order does not depend on the dialect. */
export async function foreignKeys(ex: Executor, dialect: Dialect, tables: Map<string, TableInfo>): Promise<ForeignKey[]> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ tbl: string; ref: string; cols_from: string[]; cols_to: string[] }>`
      select c.relname::text as tbl, r.relname::text as ref,
        array(select a.attname::text from unnest(con.conkey) with ordinality k(n, i)
              join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i) as cols_from,
        array(select a.attname::text from unnest(con.confkey) with ordinality k(n, i)
              join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.i) as cols_to
      from pg_constraint con
      join pg_class c on c.oid = con.conrelid
      join pg_class r on r.oid = con.confrelid
      join pg_namespace ns on ns.oid = c.relnamespace
      where con.contype = 'f' and ns.nspname = current_schema()`.execute(ex);
    return rows.map((r) => ({ table: r.tbl, references: r.ref, from: r.cols_from, to: r.cols_to }));
  }
  const { rows } = await sql<{ tbl: string; ref: string; id: number; col_from: string; col_to: string | null }>`
    select m.name as tbl, f."table" as ref, f.id as id, f."from" as col_from, f."to" as col_to
    from sqlite_master m join pragma_foreign_key_list(m.name) f
    where m.type = 'table'
    order by m.name, f.id, f.seq`.execute(ex);
  const grouped = new Map<string, ForeignKey>();
  for (const r of rows) {
    const key = `${r.tbl}\u0000${r.id}`;
    const fk = grouped.get(key) ?? { table: r.tbl, references: r.ref, from: [], to: [] };
    fk.from.push(r.col_from);
    if (r.col_to) fk.to.push(r.col_to);
    grouped.set(key, fk);
  }
  // `REFERENCES parent` without columns points at the parent's primary key.
  for (const fk of grouped.values()) if (!fk.to.length) fk.to = tables.get(fk.references)?.primaryKey ?? [];
  return [...grouped.values()];
}

/** Restores refuse to merge into existing data: a partial merge could not be verified or undone. */
export async function assertEmpty(ex: Executor, tables: string[]): Promise<void> {
  for (const t of tables.filter((n) => !n.startsWith('kysely_'))) {
    const { rows } = await sql`select 1 as one from ${sql.table(t)} limit 1`.execute(ex);
    if (rows.length) {
      throw new BackupError('not_empty', `the target database is not empty (table ${t} has rows); restore only into a new, empty database`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Foreign-key order

/** Tables ordered so each comes after the tables it references; a cycle is broken by name order. */
export function parentsFirst(tables: string[], fks: ForeignKey[]): string[] {
  const deps = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const fk of fks) {
    if (fk.table !== fk.references && deps.has(fk.references)) deps.get(fk.table)?.add(fk.references);
  }
  const remaining = [...tables].sort();
  const done = new Set<string>();
  const out: string[] = [];
  while (remaining.length) {
    const i = remaining.findIndex((t) => [...(deps.get(t) ?? [])].every((d) => done.has(d)));
    // On a cycle, PostgreSQL will name the violated constraint; SQLite defers the checks to commit.
    const [next] = remaining.splice(Math.max(i, 0), 1);
    done.add(next);
    out.push(next);
  }
  return out;
}

/** Rows of a self-referencing table ordered so each parent row precedes the rows that point at it. */
export function orderSelfReferencing(rows: Row[], fks: ForeignKey[]): Row[] {
  const keyOf = (row: Row, cols: string[]) => (cols.some((c) => row[c] === null) ? undefined : JSON.stringify(cols.map((c) => row[c])));
  const children: number[][] = rows.map(() => []);
  const waiting = rows.map(() => 0);
  for (const fk of fks) {
    const index = new Map<string, number>();
    rows.forEach((r, i) => {
      const k = keyOf(r, fk.to);
      if (k !== undefined) index.set(k, i);
    });
    rows.forEach((r, i) => {
      const k = keyOf(r, fk.from);
      const parent = k === undefined ? undefined : index.get(k);
      if (parent !== undefined && parent !== i) {
        children[parent].push(i);
        waiting[i]++;
      }
    });
  }
  const queue = rows.map((_, i) => i).filter((i) => waiting[i] === 0);
  for (let q = 0; q < queue.length; q++) {
    for (const c of children[queue[q]]) if (--waiting[c] === 0) queue.push(c);
  }
  // Rows in a reference cycle go last, in file order; the database decides whether that is acceptable.
  const cyclic = rows.map((_, i) => i).filter((i) => waiting[i] > 0);
  return [...queue, ...cyclic].map((i) => rows[i]);
}
