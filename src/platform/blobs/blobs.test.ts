import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/db.js';
import { type BlobStore, createFsBlobStore } from './index.js';
import { createS3BlobStore } from './s3.js';

// s3rver runs in a child process: its ListObjectsV2 continuation tokens use DES, which Node 20's OpenSSL 3
// only offers behind --openssl-legacy-provider (jamhall/s3rver#818). The store under test stays in-process.
const S3RVER_MAIN = createRequire(import.meta.url).resolve('s3rver');
//
// s3rver 3.7's FilesystemStore.putObject answers the PUT once the bytes have passed its hashing
// transform, before its file write stream has finished, so a GET right after can read a short file
// under load. Real S3 only acknowledges a PUT once the whole object is stored; the script below
// replaces that one method with one that waits for the file to be written, then stores the metadata.
const S3RVER_SCRIPT = `
const S3rver = require(process.argv[1]);
const Store = require(require('node:path').join(require('node:path').dirname(process.argv[1]), 'stores', 'filesystem.js'));
const fsp = require('node:fs/promises');
const nodePath = require('node:path');
Store.prototype.putObject = async function (object) {
  const objectPath = this.getResourcePath(object.bucket, object.key, 'object');
  await fsp.mkdir(nodePath.dirname(objectPath), { recursive: true });
  const chunks = [];
  if (Buffer.isBuffer(object.content)) chunks.push(object.content);
  else for await (const chunk of object.content) chunks.push(Buffer.from(chunk));
  const content = Buffer.concat(chunks);
  await fsp.writeFile(objectPath, content);
  const md5 = require('node:crypto').createHash('md5').update(content).digest('hex');
  await this.putMetadata(object.bucket, object.key, object.metadata, md5);
  return { size: content.length, md5 };
};
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: process.argv[2] });
server.run().then((a) => process.stdout.write(JSON.stringify({ port: a.port }) + '\\n'), (e) => { console.error(e); process.exit(1); });
process.on('SIGTERM', () => server.close().finally(() => process.exit(0)));
`;

async function startS3rver(directory: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--openssl-legacy-provider', '-e', S3RVER_SCRIPT, S3RVER_MAIN, directory], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await Promise.race([
    once(createInterface({ input: child.stdout! }), 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`s3rver exited with ${code}`);
    }),
  ])) as [string];
  return { child, port: (JSON.parse(line) as { port: number }).port };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const BUCKET = 'assay-test';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

let fsRoot: string;
let s3Dir: string;
let server: ChildProcess | undefined;
let endpoint: string;

beforeAll(async () => {
  fsRoot = tempDir('assay-blobs-fs-');
  s3Dir = tempDir('assay-blobs-s3-');
  const started = await startS3rver(s3Dir);
  server = started.child;
  endpoint = `http://127.0.0.1:${started.port}`;
  const admin = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS });
  await admin.send(new CreateBucketCommand({ Bucket: BUCKET }));
  admin.destroy();
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(fsRoot, { recursive: true, force: true });
  fs.rmSync(s3Dir, { recursive: true, force: true });
});

const s3Store = (listPageSize?: number) =>
  createS3BlobStore({ endpoint, bucket: BUCKET, region: 'us-east-1', forcePathStyle: true, listPageSize, ...CREDENTIALS });

const stores: [string, () => BlobStore][] = [
  ['fs', () => createFsBlobStore(fsRoot)],
  ['s3', () => s3Store()],
];

describe.each(stores)('%s blob store', (kind, make) => {
  it('reports its kind', () => {
    expect(make().kind).toBe(kind);
  });

  it('stores bytes under their sha256 and reads them back', async () => {
    const store = make();
    const data = randomBytes(4096);
    const hash = await store.put(data);
    expect(hash).toBe(sha256(data));
    expect(await store.has(hash)).toBe(true);
    expect(Buffer.compare(await store.get(hash), data)).toBe(0);
  });

  it('keeps binary content byte for byte, including an empty object', async () => {
    const store = make();
    for (const data of [Buffer.alloc(0), Buffer.from([0, 255, 10, 13, 0]), Buffer.from('héllo\n', 'utf8')]) {
      const hash = await store.put(data);
      expect(hash).toBe(sha256(data));
      expect((await store.get(hash)).equals(data)).toBe(true);
    }
  });

  it('treats a second put of the same bytes as a no-op', async () => {
    const store = make();
    const data = Buffer.from(`same bytes ${kind}`);
    const first = await store.put(data);
    const before = await collect(store);
    const second = await store.put(Buffer.from(data));
    expect(second).toBe(first);
    expect(await collect(store)).toEqual(before);
    expect(before.filter((h) => h === first)).toHaveLength(1);
  });

  it('answers has() false and get() with an error for an absent hash', async () => {
    const store = make();
    const absent = sha256(randomBytes(32));
    expect(await store.has(absent)).toBe(false);
    await expect(store.get(absent)).rejects.toThrow();
  });

  it('rejects a malformed hash', async () => {
    const store = make();
    for (const bad of ['', 'abc', 'A'.repeat(64), `${'0'.repeat(63)}g`, `../${'0'.repeat(61)}`]) {
      await expect(store.get(bad)).rejects.toThrow(/not a sha256 hash/);
      await expect(store.has(bad)).rejects.toThrow(/not a sha256 hash/);
    }
  });

  it('lists every stored hash exactly once', async () => {
    const store = make();
    const put = await Promise.all(Array.from({ length: 7 }, () => store.put(randomBytes(64))));
    const listed = await collect(store);
    expect(new Set(listed).size).toBe(listed.length);
    for (const h of put) expect(listed).toContain(h);
    for (const h of listed) expect(h).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('s3 blob store specifics', () => {
  it('pages through ListObjectsV2 and ignores keys outside objects/', async () => {
    const store = s3Store(2);
    const put = await Promise.all(Array.from({ length: 5 }, () => store.put(randomBytes(16))));
    const raw = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS });
    await raw.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'other/readme.txt', Body: 'not a blob' }));
    await raw.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'objects/not-a-hash', Body: 'stray' }));
    const paged = await collect(store);
    expect(paged).toEqual(await collect(s3Store()));
    for (const h of put) expect(paged).toContain(h);
    expect(paged.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
    raw.destroy();
  });

  it('refuses to return an object whose bytes do not match its name', async () => {
    const store = s3Store();
    const hash = sha256(Buffer.from('the original'));
    const raw = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS });
    await raw.send(new PutObjectCommand({ Bucket: BUCKET, Key: `objects/${hash}`, Body: 'something else' }));
    raw.destroy();
    expect(await store.has(hash)).toBe(true);
    await expect(store.get(hash)).rejects.toThrow(/corrupt/);
  });
});

async function collect(store: BlobStore): Promise<string[]> {
  const out: string[] = [];
  for await (const h of store.list()) out.push(h);
  return out;
}
