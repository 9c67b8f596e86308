import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { extract, Header, type ReadEntry } from 'tar';
import type { BlobStore } from '../blobs/index.js';
import { BackupError, type BackupManifest, ENTRY_RE, FORMAT, FORMAT_VERSION, manifestSchema } from './manifest.js';

// ---------------------------------------------------------------------------------------------------
// Writing

/** The archive as a stream of tar blocks, so table files and blobs never have to fit in memory at once. */
export async function* archiveChunks(manifest: BackupManifest, work: string, blobs: BlobStore, mtime: Date): AsyncGenerator<Buffer> {
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  yield* tarEntry('manifest.json', manifestBytes, mtime);
  for (const t of manifest.tables) {
    const file = path.join(work, t.file);
    const size = (await fs.promises.stat(file)).size;
    yield tarHeader(t.file, size, mtime);
    for await (const chunk of fs.createReadStream(file)) yield chunk as Buffer;
    if (size % 512) yield Buffer.alloc(512 - (size % 512));
  }
  for (const hash of manifest.blobs) {
    const data = await blobs.get(hash);
    if (sha256(data) !== hash) throw new Error(`blob ${hash} in the store does not match its hash`);
    yield* tarEntry(`blobs/${hash}`, data, mtime);
  }
  yield Buffer.alloc(1024); // end-of-archive marker: two zero blocks
}

function* tarEntry(name: string, data: Buffer, mtime: Date): Generator<Buffer> {
  yield tarHeader(name, data.length, mtime);
  if (data.length) yield data;
  if (data.length % 512) yield Buffer.alloc(512 - (data.length % 512));
}

function tarHeader(name: string, size: number, mtime: Date): Buffer {
  const block = Buffer.alloc(512);
  const needsPax = new Header({ path: name, type: 'File', mode: 0o600, uid: 0, gid: 0, size, mtime }).encode(block, 0);
  if (needsPax) throw new Error(`cannot write a plain tar header for ${name}`);
  return block;
}

// ---------------------------------------------------------------------------------------------------
// Reading and verification

/** Unpacks the archive into `dir` and checks every file against the manifest; throws before anything is restored. */
export async function extractVerified(from: string, dir: string): Promise<BackupManifest> {
  if (!fs.existsSync(from)) throw new BackupError('invalid_archive', `backup file not found: ${from}`);
  const entries: string[] = [];
  const problems: string[] = [];
  try {
    await extract({
      file: from,
      cwd: dir,
      strict: true,
      // Every file is verified by hash below; an all-zero blob compresses far beyond the default ratio.
      maxDecompressionRatio: Number.POSITIVE_INFINITY,
      filter: (p, entry) => {
        const name = p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
        const type = (entry as ReadEntry).type;
        if (type === 'Directory' && ['', '.', 'db', 'blobs'].includes(name)) return false;
        if ((type !== 'File' && type !== 'OldFile') || !ENTRY_RE.test(name)) problems.push(`unexpected entry ${p} (${type})`);
        else if (entries.includes(name)) problems.push(`duplicate entry ${name}`);
        else {
          entries.push(name);
          return true;
        }
        return false;
      },
    });
  } catch (err) {
    throw new BackupError('invalid_archive', `cannot read the backup archive: ${(err as Error).message}`);
  }
  if (problems.length) throw new BackupError('invalid_archive', `the backup archive is malformed: ${problems.join('; ')}`);
  if (entries[0] !== 'manifest.json') throw new BackupError('invalid_archive', 'the backup archive does not start with manifest.json');

  let manifest: BackupManifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(await fs.promises.readFile(path.join(dir, 'manifest.json'), 'utf8')));
  } catch (err) {
    throw new BackupError(
      'invalid_archive',
      `manifest.json is not a valid ${FORMAT} v${FORMAT_VERSION} manifest: ${(err as Error).message}`,
    );
  }

  const expected = new Set(['manifest.json']);
  for (const t of manifest.tables) {
    if (t.file !== `db/${t.name}.jsonl` || expected.has(t.file))
      throw new BackupError('invalid_archive', `bad manifest entry for table ${t.name}`);
    expected.add(t.file);
  }
  for (const h of manifest.blobs) {
    if (expected.has(`blobs/${h}`)) throw new BackupError('invalid_archive', `blob ${h} is listed twice`);
    expected.add(`blobs/${h}`);
  }
  const stray = entries.filter((e) => !expected.has(e));
  if (stray.length) throw new BackupError('tampered', `the archive holds files the manifest does not list: ${stray.join(', ')}`);
  const missing = [...expected].filter((e) => !entries.includes(e));
  if (missing.length) throw new BackupError('tampered', `the archive lacks files the manifest lists: ${missing.join(', ')}`);

  for (const t of manifest.tables) {
    const got = await hashFile(path.join(dir, t.file));
    if (got.sha256 !== t.sha256) throw new BackupError('tampered', `table ${t.name}: ${t.file} does not match its sha256 in the manifest`);
    if (got.lines !== t.rows)
      throw new BackupError('tampered', `table ${t.name}: ${got.lines} rows in the file, ${t.rows} in the manifest`);
  }
  for (const h of manifest.blobs) {
    if ((await hashFile(path.join(dir, 'blobs', h))).sha256 !== h) throw new BackupError('tampered', `blob ${h} does not match its hash`);
  }
  return manifest;
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

async function hashFile(file: string): Promise<{ sha256: string; lines: number }> {
  const hash = createHash('sha256');
  let lines = 0;
  for await (const chunk of fs.createReadStream(file)) {
    const buf = chunk as Buffer;
    hash.update(buf);
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) lines++;
  }
  return { sha256: hash.digest('hex'), lines };
}

/** Best effort: a failed extraction may still be closing files, and cleanup must never mask the real error. */
export async function removeDir(dir: string): Promise<void> {
  await fs.promises.rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }).catch(() => {});
}
