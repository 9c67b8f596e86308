import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Executor } from '../db/index.js';
import { nowIso } from '../ids.js';

/** A 32-byte master key and its short id (the first 16 hex chars of its sha256). */
export interface MasterKey {
  key: Buffer;
  id: string;
}

/** Parses a base64 master key; throws when it is not exactly 32 bytes. */
export function parseMasterKey(text: string): MasterKey {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error('the master key must be 32 bytes, base64 encoded');
  return { key, id: createHash('sha256').update(key).digest('hex').slice(0, 16) };
}

/** Generates a new random master key as base64. */
export function generateMasterKeyText(): string {
  return randomBytes(32).toString('base64');
}

/**
 * The master key from config, or in the default mode one kept in `<dataDir>/master.key` (0600), created on
 * first use. Returns whether it was generated so the caller can warn.
 */
export function loadMasterKey(opts: { configured?: string; dataDir: string }): { master: MasterKey; generated: boolean; file?: string } {
  if (opts.configured) return { master: parseMasterKey(opts.configured), generated: false };
  const file = path.join(opts.dataDir, 'master.key');
  fs.mkdirSync(opts.dataDir, { recursive: true });
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, `${generateMasterKeyText()}\n`, { mode: 0o600, flag: 'wx' });
    return { master: parseMasterKey(fs.readFileSync(file, 'utf8')), generated: true, file };
  }
  fs.chmodSync(file, 0o600);
  return { master: parseMasterKey(fs.readFileSync(file, 'utf8')), generated: false, file };
}

function seal(key: Buffer, plaintext: Buffer, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function open(key: Buffer, sealed: string, aad: string): Buffer {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}

export interface Secrets {
  /** Encrypts a secret with the organization's data key (AES-256-GCM, the org id as AAD). */
  encrypt(db: Executor, orgId: string, plaintext: string): Promise<string>;
  /** Decrypts what encrypt() produced for the same organization. */
  decrypt(db: Executor, orgId: string, sealed: string): Promise<string>;
}

/** Envelope encryption: each organization has a data key, stored wrapped by the master key. */
export function createSecrets(master: MasterKey): Secrets {
  const cache = new Map<string, Buffer>();

  async function dataKey(db: Executor, orgId: string): Promise<Buffer> {
    const cached = cache.get(orgId);
    if (cached) return cached;
    let row = await db.selectFrom('data_keys').selectAll().where('org_id', '=', orgId).executeTakeFirst();
    if (!row) {
      const fresh = randomBytes(32);
      await db
        .insertInto('data_keys')
        .values({ org_id: orgId, wrapped_key: seal(master.key, fresh, `dek:${orgId}`), master_key_id: master.id, created_at: nowIso() })
        .onConflict((oc) => oc.column('org_id').doNothing())
        .execute();
      row = await db.selectFrom('data_keys').selectAll().where('org_id', '=', orgId).executeTakeFirstOrThrow();
    }
    if (row.master_key_id !== master.id) {
      throw new Error(`the data key of ${orgId} is wrapped by master key ${row.master_key_id}, not the configured ${master.id}`);
    }
    const key = open(master.key, row.wrapped_key, `dek:${orgId}`);
    cache.set(orgId, key);
    return key;
  }

  return {
    async encrypt(db, orgId, plaintext) {
      return `v1:${seal(await dataKey(db, orgId), Buffer.from(plaintext, 'utf8'), orgId)}`;
    },
    async decrypt(db, orgId, sealed) {
      if (!sealed.startsWith('v1:')) throw new Error('unknown secret format');
      return open(await dataKey(db, orgId), sealed.slice(3), orgId).toString('utf8');
    },
  };
}

/** Re-wraps every data key from the old master key to the new one in one transaction; returns how many. */
export async function rotateMasterKey(db: Executor, from: MasterKey, to: MasterKey): Promise<number> {
  const rows = await db.selectFrom('data_keys').selectAll().execute();
  let n = 0;
  for (const row of rows) {
    if (row.master_key_id === to.id) continue;
    if (row.master_key_id !== from.id)
      throw new Error(`data key of ${row.org_id} is wrapped by an unknown master key ${row.master_key_id}`);
    const key = open(from.key, row.wrapped_key, `dek:${row.org_id}`);
    await db
      .updateTable('data_keys')
      .set({ wrapped_key: seal(to.key, key, `dek:${row.org_id}`), master_key_id: to.id })
      .where('org_id', '=', row.org_id)
      .execute();
    n++;
  }
  return n;
}
