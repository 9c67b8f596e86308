import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A content-addressed store: objects are named by the sha256 of their bytes and never change. */
export interface BlobStore {
  readonly kind: 'fs' | 's3';
  /** Stores bytes and returns their sha256 (hex); storing the same bytes twice is a no-op. */
  put(data: Buffer): Promise<string>;
  /** The bytes stored under a hash; throws when absent. */
  get(hash: string): Promise<Buffer>;
  has(hash: string): Promise<boolean>;
  /** Every stored hash (for backup and verification). */
  list(): AsyncIterable<string>;
}

const HASH_RE = /^[0-9a-f]{64}$/;

function checkHash(hash: string): void {
  if (!HASH_RE.test(hash)) throw new Error(`not a sha256 hash: ${hash}`);
}

/** The default store: files under `<root>/objects/ab/cdef…`, written to tmp/ then renamed into place. */
export function createFsBlobStore(root: string): BlobStore {
  const objects = path.join(root, 'objects');
  const tmp = path.join(root, 'tmp');
  fs.mkdirSync(objects, { recursive: true });
  fs.mkdirSync(tmp, { recursive: true });
  const fileOf = (hash: string) => path.join(objects, hash.slice(0, 2), hash.slice(2));

  return {
    kind: 'fs',
    async put(data) {
      const hash = createHash('sha256').update(data).digest('hex');
      const dest = fileOf(hash);
      if (fs.existsSync(dest)) return hash;
      const part = path.join(tmp, `${hash}.${randomBytes(6).toString('hex')}`);
      const fh = await fs.promises.open(part, 'wx', 0o640);
      try {
        await fh.writeFile(data);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await fs.promises.mkdir(path.dirname(dest), { recursive: true });
      await fs.promises.rename(part, dest);
      return hash;
    },
    async get(hash) {
      checkHash(hash);
      return fs.promises.readFile(fileOf(hash));
    },
    async has(hash) {
      checkHash(hash);
      return fs.existsSync(fileOf(hash));
    },
    async *list() {
      if (!fs.existsSync(objects)) return;
      for (const dir of (await fs.promises.readdir(objects)).sort()) {
        for (const rest of (await fs.promises.readdir(path.join(objects, dir))).sort()) {
          const hash = dir + rest;
          if (HASH_RE.test(hash)) yield hash;
        }
      }
    },
  };
}
