import { z } from 'zod';
import { badRequest } from './errors.js';

/** A page request: items after the cursor (an opaque id), at most `limit`. */
export interface Page {
  after?: string;
  limit: number;
}

/** Query-string schema shared by every list endpoint. */
export const pageQuery = z.object({
  cursor: z.string().max(200).optional().describe('The nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** Decodes the cursor of a list request. */
export function toPage(q: { cursor?: string; limit: number }): Page {
  if (!q.cursor) return { limit: q.limit };
  let after: string;
  try {
    after = Buffer.from(q.cursor, 'base64url').toString('utf8');
  } catch {
    throw badRequest('The cursor is not valid');
  }
  if (!/^[a-z]{2,4}_[0-9a-z]{26}$/.test(after)) throw badRequest('The cursor is not valid');
  return { after, limit: q.limit };
}

/** Cuts a fetched `limit + 1` rows into a page and the next cursor (null on the last page). */
export function pageOf<T extends { id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const next = rows.length > limit ? items[items.length - 1]?.id : undefined;
  return { items, nextCursor: next ? Buffer.from(next, 'utf8').toString('base64url') : null };
}

/** Output schema of a page of items. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
