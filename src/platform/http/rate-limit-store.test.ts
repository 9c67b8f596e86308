import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/helpers/db.js';
import { hit, purgeRateLimits } from './rate-limit-store.js';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  vi.useRealTimers();
  await t.cleanup();
});

describe('rate-limit counters in the database', () => {
  it('counts hits per key within a window, then starts a new window', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-01T00:00:00Z') });
    const db = t.handle.db;
    expect(await hit(db, 'POST /signin 10.0.0.1', 60_000)).toEqual({ current: 1, ttl: 60_000 });
    vi.advanceTimersByTime(20_000);
    expect(await hit(db, 'POST /signin 10.0.0.1', 60_000)).toEqual({ current: 2, ttl: 40_000 });
    expect(await hit(db, 'POST /signin 10.0.0.2', 60_000)).toEqual({ current: 1, ttl: 60_000 });
    vi.advanceTimersByTime(40_000);
    // The first key's window ended exactly now: this hit opens a fresh one.
    expect(await hit(db, 'POST /signin 10.0.0.1', 60_000)).toEqual({ current: 1, ttl: 60_000 });

    // Concurrent hits on one key are all counted (one atomic statement each).
    const many = await Promise.all(Array.from({ length: 10 }, () => hit(db, 'POST /token 10.0.0.3', 60_000)));
    expect(many.map((r) => r.current).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    vi.advanceTimersByTime(30_000);
    // Only the key whose window is over goes: 10.0.0.2 (ended 10 s ago).
    expect(await purgeRateLimits(db)).toBe(1);
    const left = await db.selectFrom('rate_limits').select('key').orderBy('key').execute();
    expect(left.map((r) => r.key)).toEqual(['POST /signin 10.0.0.1', 'POST /token 10.0.0.3']);
  });
});
