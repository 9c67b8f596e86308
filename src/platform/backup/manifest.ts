import { z } from 'zod';

/*
 * Archive layout (tar.gz): manifest.json first, then db/<table>.jsonl (one JSON object per row), then
 * blobs/<sha256>. Rows are portable JSON (text, integer, null), so a backup of SQLite restores into
 * PostgreSQL and the reverse.
 */

export const FORMAT = 'assay-backup';
export const FORMAT_VERSION = 1;
export const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HASH_RE = /^[0-9a-f]{64}$/;
export const ENTRY_RE = /^(manifest\.json|db\/[A-Za-z_][A-Za-z0-9_]*\.jsonl|blobs\/[0-9a-f]{64})$/;

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  format_version: z.literal(FORMAT_VERSION),
  created_at: z.string(),
  dialect: z.enum(['sqlite', 'postgres']),
  migrations: z.array(z.string()).min(1),
  tables: z.array(
    z.object({
      name: z.string().regex(NAME_RE),
      file: z.string(),
      rows: z.number().int().nonnegative(),
      sha256: z.string().regex(HASH_RE),
      columns: z.array(z.string().regex(NAME_RE)).min(1),
    }),
  ),
  blobs: z.array(z.string().regex(HASH_RE)),
  audit_heads: z.array(z.object({ chain: z.string(), seq: z.number().int(), hash: z.string() })),
});

/** What a backup archive holds; written as manifest.json, the archive's first entry. */
export type BackupManifest = z.infer<typeof manifestSchema>;
export type TableEntry = BackupManifest['tables'][number];
export type AuditHead = BackupManifest['audit_heads'][number];

/** invalid_archive: unreadable or malformed; tampered: a file differs from the manifest; not_empty / incompatible: the target. */
export type BackupErrorReason = 'invalid_archive' | 'tampered' | 'not_empty' | 'incompatible';

/** A backup that cannot be restored; `reason` is stable for callers (CLI messages, tests). */
export class BackupError extends Error {
  constructor(
    readonly reason: BackupErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export type Value = string | number | null;
export type Row = Record<string, Value>;

/** Heads by chain name, so the manifest and the restored database compare independently of query order. */
export function sortHeads(heads: AuditHead[]): AuditHead[] {
  return [...heads].sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
}
