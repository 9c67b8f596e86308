import { createHash } from 'node:crypto';
import type { Actor } from '../authz/index.js';
import type { Db, Dialect, Executor, Tx } from '../db/index.js';
import type { AuditEntriesTable } from '../db/schema.js';
import { newId, nowIso } from '../ids.js';

export const GENESIS_HASH = '0'.repeat(64);
/** The chain of events that belong to no organization (sign-ins, password changes, setup). */
export const SYSTEM_CHAIN = 'system';

/** Who did it and from where; passed from the route to the service with every mutation. */
export interface RequestContext {
  actor: Actor;
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditEvent {
  orgId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  /** What changed, e.g. `{ role: { from: 'employee', to: 'admin' } }`. Never secrets. */
  summary?: Record<string, unknown>;
}

function actorParts(actor: Actor): { type: string; id: string | null } {
  if (actor.kind === 'user') return { type: 'user', id: actor.userId };
  if (actor.kind === 'token') return { type: 'token', id: actor.tokenId };
  return { type: 'system', id: null };
}

/** The hash of an entry: covers every stored field and the previous entry's hash. */
export function entryHash(e: Omit<AuditEntriesTable, 'hash'>): string {
  const fields = [
    e.chain,
    e.seq,
    e.prev_hash,
    e.id,
    e.org_id,
    e.actor_type,
    e.actor_id,
    e.actor_label,
    e.action,
    e.target_type,
    e.target_id,
    e.summary,
    e.ip,
    e.user_agent,
    e.created_at,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/**
 * Appends an event to its organization's chain inside the caller's transaction, so the change and its
 * entry commit together. The chain head row is locked on PostgreSQL to serialize concurrent writers.
 */
export async function appendAudit(tx: Tx, dialect: Dialect, ctx: RequestContext, ev: AuditEvent): Promise<string> {
  const chain = ev.orgId ?? SYSTEM_CHAIN;
  await tx
    .insertInto('audit_heads')
    .values({ chain, seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('chain').doNothing())
    .execute();
  const head = await tx
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .where('chain', '=', chain)
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirstOrThrow();
  const a = actorParts(ctx.actor);
  const entry: Omit<AuditEntriesTable, 'hash'> = {
    id: newId('aud'),
    chain,
    seq: head.seq + 1,
    org_id: ev.orgId,
    actor_type: a.type,
    actor_id: a.id,
    actor_label: ctx.actor.label,
    action: ev.action,
    target_type: ev.targetType,
    target_id: ev.targetId ?? null,
    summary: JSON.stringify(ev.summary ?? {}),
    ip: ctx.ip ?? null,
    user_agent: ctx.userAgent ? ctx.userAgent.slice(0, 512) : null,
    created_at: nowIso(),
    prev_hash: head.hash,
  };
  const hash = entryHash(entry);
  await tx
    .insertInto('audit_entries')
    .values({ ...entry, hash })
    .execute();
  await tx.updateTable('audit_heads').set({ seq: entry.seq, hash }).where('chain', '=', chain).execute();
  return entry.id;
}

export interface ChainReport {
  chain: string;
  intact: boolean;
  entries: number;
  firstBroken?: { seq: number; id: string | null; reason: string };
}

/** Re-computes one chain from its first entry and reports the first entry that does not match. */
export async function verifyChain(db: Executor, chain: string): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  const pageSize = 1000;
  for (;;) {
    const rows = await db
      .selectFrom('audit_entries')
      .selectAll()
      .where('chain', '=', chain)
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      const broken = (reason: string): ChainReport => ({
        chain,
        intact: false,
        entries: count,
        firstBroken: { seq: expectedSeq, id: row.id, reason },
      });
      if (row.seq !== expectedSeq)
        return { ...broken('an entry is missing'), firstBroken: { seq: expectedSeq, id: null, reason: `entry ${expectedSeq} is missing` } };
      if (row.prev_hash !== prevHash) return broken('previous-hash link does not match');
      const { hash, ...rest } = row;
      if (entryHash(rest) !== hash) return broken('content does not match its hash');
      prevHash = hash;
      expectedSeq++;
      count++;
    }
    if (rows.length < pageSize) break;
  }
  const head = await db.selectFrom('audit_heads').select(['seq', 'hash']).where('chain', '=', chain).executeTakeFirst();
  if (head && (head.seq !== count || head.hash !== prevHash)) {
    return {
      chain,
      intact: false,
      entries: count,
      firstBroken: { seq: count + 1, id: null, reason: `entries after ${count} were removed (head records ${head.seq})` },
    };
  }
  return { chain, intact: true, entries: count };
}

/** Verifies one chain, or every chain when none is named. */
export async function verifyAll(db: Db, chain?: string): Promise<ChainReport[]> {
  if (chain) return [await verifyChain(db, chain)];
  const heads = await db.selectFrom('audit_heads').select('chain').orderBy('chain').execute();
  const reports: ChainReport[] = [];
  for (const h of heads) reports.push(await verifyChain(db, h.chain));
  return reports;
}
