import { createHash } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { BlobStore } from './index.js';

/** Where the bucket is and how to reach it (see S3_* in config.ts). */
export interface S3BlobStoreOptions {
  /** A custom endpoint for S3-compatible services (MinIO, R2, …); AWS when absent. */
  endpoint?: string;
  bucket: string;
  region: string;
  /** Static credentials; the SDK's default provider chain (env, profile, instance role) when absent. */
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Keys per ListObjectsV2 page (at most 1000); tests lower it to exercise paging. */
  listPageSize?: number;
}

const HASH_RE = /^[0-9a-f]{64}$/;
const PREFIX = 'objects/';

function checkHash(hash: string): void {
  if (!HASH_RE.test(hash)) throw new Error(`not a sha256 hash: ${hash}`);
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
}

/** A content-addressed store in an S3 bucket: objects live at `objects/<sha256>` and are never overwritten. */
export function createS3BlobStore(opts: S3BlobStoreOptions): BlobStore {
  const client = new S3Client({
    endpoint: opts.endpoint,
    region: opts.region,
    forcePathStyle: opts.forcePathStyle,
    credentials:
      opts.accessKeyId && opts.secretAccessKey ? { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey } : undefined,
    // Many S3-compatible services reject the SDK's default CRC32 trailers; integrity comes from
    // Content-MD5 on upload and the sha256 check on download instead.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = opts.bucket;
  const keyOf = (hash: string) => PREFIX + hash;
  const pageSize = Math.min(Math.max(opts.listPageSize ?? 1000, 1), 1000);

  async function has(hash: string): Promise<boolean> {
    checkHash(hash);
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key: keyOf(hash) }));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  return {
    kind: 's3',
    async put(data) {
      const hash = createHash('sha256').update(data).digest('hex');
      if (await has(hash)) return hash;
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: keyOf(hash),
          Body: data,
          ContentLength: data.length,
          ContentType: 'application/octet-stream',
          ContentMD5: createHash('md5').update(data).digest('base64'),
        }),
      );
      return hash;
    },
    async get(hash) {
      checkHash(hash);
      let bytes: Uint8Array;
      try {
        const res = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(hash) }));
        if (!res.Body) throw new Error(`blob ${hash} has no body`);
        bytes = await res.Body.transformToByteArray();
      } catch (err) {
        if (isNotFound(err)) throw new Error(`blob not found: ${hash}`);
        throw err;
      }
      const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      // The bucket is outside our control: never hand out bytes that do not match their name.
      if (createHash('sha256').update(data).digest('hex') !== hash) throw new Error(`blob ${hash} is corrupt in the bucket`);
      return data;
    },
    has,
    async *list() {
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: PREFIX, ContinuationToken: token, MaxKeys: pageSize }));
        for (const obj of page.Contents ?? []) {
          const hash = obj.Key?.slice(PREFIX.length) ?? '';
          if (HASH_RE.test(hash)) yield hash;
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
  };
}
