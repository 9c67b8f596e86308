import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RouteEntry } from '../../src/platform/http/auth-hook.js';
import { buildFixture, type Fixture } from './fixtures.js';
import { arbitraryFor, toQuery } from './schema-arbitrary.js';

let fx: Fixture;
let routes: RouteEntry[];
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }).strict() })
  .strict();

/** The route schema as plain JSON Schema with every `$ref` to `$defs` inlined. */
function jsonSchemaOf(s: unknown) {
  if (!s) return undefined;
  const root = z.toJSONSchema(s as z.ZodType, { io: 'input', unrepresentable: 'any' }) as { $defs?: Record<string, unknown> };
  const defs = root.$defs ?? {};
  const inline = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(inline);
    if (!node || typeof node !== 'object') return node;
    const o = node as Record<string, unknown>;
    if (typeof o.$ref === 'string' && o.$ref.startsWith('#/$defs/')) return inline(defs[o.$ref.slice(8)]);
    return Object.fromEntries(
      Object.entries(o)
        .filter(([k]) => k !== '$defs')
        .map(([k, v]) => [k, inline(v)]),
    );
  };
  return inline(root) as never;
}

beforeAll(async () => {
  fx = await buildFixture();
  routes = fx.t.app.routeTable.filter(
    (r) => r.url.startsWith('/api/v1/') && !r.url.includes('/auth/signout') && !r.url.includes('/auth/password'),
  );
}, 120_000);
afterAll(() => fx?.t.cleanup());

describe('property-based fuzzing of every route input', () => {
  it('never answers 5xx, and every answer matches its schema or the error format', async () => {
    const failures: string[] = [];
    let sent = 0;
    const statuses = new Set<string>();
    for (const r of routes) {
      const schema = r.schema ?? {};
      const body = jsonSchemaOf(schema.body);
      const query = jsonSchemaOf(schema.querystring);
      const params = jsonSchemaOf(schema.params);
      const responses = (schema.response ?? {}) as Record<string, z.ZodType>;
      const input = fc.record({
        body: schema.body ? arbitraryFor(body) : fc.constant(undefined),
        query: schema.querystring ? arbitraryFor(query) : fc.constant(undefined),
        id: schema.params
          ? fc.oneof(
              fc.string({ maxLength: 80 }),
              fc.constantFrom('org_00000000000000000000000000', fx.foreign.memberId, fx.foreign.tokenId),
            )
          : fc.constant(''),
      });
      void params;
      const owner = fx.sessions.owner;
      await fc
        .assert(
          fc.asyncProperty(input, async ({ body: b, query: q, id }) => {
            const url = r.url.replace(':id', encodeURIComponent(id || 'x')) + toQuery(q);
            sent++;
            const res = await fx.t.app.inject({
              method: r.method as never,
              url,
              headers: {
                cookie: owner.cookie,
                'x-csrf-token': owner.csrf,
                ...(b !== undefined ? { 'content-type': 'application/json' } : {}),
              },
              ...(b !== undefined ? { payload: JSON.stringify(b) } : {}),
            });
            statuses.add(`${r.method} ${r.url} ${res.statusCode}`);
            if (res.statusCode >= 500) {
              failures.push(`${r.method} ${url} → ${res.statusCode} ${res.body.slice(0, 200)} body=${JSON.stringify(b)?.slice(0, 200)}`);
              return false;
            }
            if (res.statusCode >= 300 && res.statusCode < 400) return true;
            const parsed = res.headers['content-type']?.toString().includes('json') ? res.json() : res.body;
            const declared = responses[String(res.statusCode)];
            const ok = res.statusCode >= 400 ? errorSchema.safeParse(parsed).success : declared ? declared.safeParse(parsed).success : true;
            if (!ok) failures.push(`${r.method} ${url} → ${res.statusCode} does not match its schema: ${res.body.slice(0, 200)}`);
            return ok;
          }),
          { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 4242), endOnFailure: true },
        )
        .catch((err: Error) => {
          if (!failures.length || !err.message.includes('Property failed'))
            failures.push(`${r.method} ${r.url}: ${err.message.slice(0, 300)}`);
        });
      // Keep the owner's session usable: the fuzzer may switch organizations.
      await owner.request('POST', '/api/v1/session/org', { orgId: fx.orgId });
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(routes.length * RUNS);
    // The generator must get past validation too, not only produce garbage: most routes see a success.
    const succeeded = routes.filter((r) => [...statuses].some((x) => x.startsWith(`${r.method} ${r.url} 2`)));
    expect(succeeded.length).toBeGreaterThanOrEqual(Math.floor(routes.length * 0.4));
  }, 300_000);
});
