import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

function encodeTime(ms: number): string {
  let out = '';
  let t = ms;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[t % 32] + out;
    t = Math.floor(t / 32);
  }
  return out;
}

function randomPart(len: number): string {
  const bytes = randomBytes(len);
  let out = '';
  for (let i = 0; i < len; i++) out += ALPHABET[bytes[i] % 32];
  return out;
}

/** A prefixed, time-sortable id such as `org_01j9…` (10 time chars + 16 random chars). */
export function newId(prefix: string): string {
  return `${prefix}_${encodeTime(Date.now())}${randomPart(16)}`;
}

/** True when `id` has the shape newId(prefix) produces. */
export function isId(prefix: string, id: string): boolean {
  return new RegExp(`^${prefix}_[0-9a-hjkmnp-tv-z]{26}$`).test(id);
}

/** The current instant as an ISO-8601 UTC string with milliseconds; the one time format in both databases. */
export function nowIso(): string {
  return new Date().toISOString();
}
