// `npm run bench`: performance targets as ratios against a floor measured in the same run, never bare times.
import { getCatalog } from '../../src/catalog/index.js';
import { computeReadiness, type ReadinessControl } from '../../src/modules/readiness/engine.js';
import { appendAudit } from '../../src/platform/audit-log/index.js';
import { newId, nowIso } from '../../src/platform/ids.js';
import { createTestDb } from '../helpers/db.js';

function time(fn: () => void, iterations: number): number {
  for (let i = 0; i < Math.min(10, iterations); i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  return Number(process.hrtime.bigint() - start) / iterations;
}

async function timeAsync(fn: (i: number) => Promise<void>, iterations: number): Promise<number> {
  for (let i = 0; i < 5; i++) await fn(-1 - i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await fn(i);
  return Number(process.hrtime.bigint() - start) / iterations;
}

function report(name: string, measured: number, floor: number, floorName: string, target: number) {
  const ratio = measured / floor;
  const verdict = ratio <= target ? 'ok' : 'OVER TARGET';
  console.log(`${name.padEnd(44)} ${ratio.toFixed(2).padStart(8)} × ${floorName}  (target ≤ ${target}×) ${verdict}`);
  return ratio <= target;
}

const catalog = getCatalog();
const controls: ReadinessControl[] = catalog.templates.map((t, i) => ({
  id: `ctl_${i}`,
  code: t.id,
  title: t.title,
  status: (['not_started', 'in_progress', 'implemented'] as const)[i % 3],
  ownerId: i % 2 ? 'usr_1' : null,
  active: true,
  criteria: t.criteria,
  iso: t.iso27001,
}));
const input = {
  criteria: catalog.criteria,
  categories: ['security', 'availability', 'processing_integrity', 'confidentiality', 'privacy'] as const,
  notRelevant: [],
  controls,
  isoControls: catalog.isoControls,
};
const inputJson = JSON.stringify(input);

let ok = true;
// Floor: parsing the readiness input once (what any computation over it must at least touch).
const floorParse = time(() => JSON.parse(inputJson), 300);
const readiness = time(() => computeReadiness(input), 300);
ok = report(`readiness, ${controls.length} controls × 61 criteria`, readiness, floorParse, 'JSON.parse of its input', 10) && ok;

// Floor: a plain insert of the same row without hashing or the chain head; the audit append adds a
// locked head read, a hash and a head update in the same transaction.
const db = await createTestDb();
try {
  const { handle } = db;
  await handle.db.insertInto('organizations').values({ id: 'org_bench', name: 'Bench', slug: 'bench', created_at: nowIso() }).execute();
  const rc = { actor: { kind: 'system' as const, label: 'bench' } };
  let floorSeq = 0;
  const plain = await timeAsync(async () => {
    await handle.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('audit_entries')
        .values({
          id: newId('aud'),
          chain: 'floor',
          seq: ++floorSeq,
          org_id: null,
          actor_type: 'system',
          actor_id: null,
          actor_label: 'bench',
          action: 'bench.write',
          target_type: 'bench',
          target_id: null,
          summary: '{"n":1}',
          ip: null,
          user_agent: null,
          created_at: nowIso(),
          prev_hash: '0',
          hash: '0',
        })
        .execute();
    });
  }, 400);
  const chained = await timeAsync(async () => {
    await handle.db
      .transaction()
      .execute((tx) =>
        appendAudit(tx, handle.dialect, rc, { orgId: 'org_bench', action: 'bench.write', targetType: 'bench', summary: { n: 1 } }).then(
          () => {},
        ),
      );
  }, 400);
  ok = report(`audit append on ${handle.dialect}`, chained, plain, 'plain insert in a transaction', 4) && ok;
} finally {
  await db.cleanup();
}
process.exitCode = ok ? 0 : 1;
