/*
 * Consistent online backup and verified restore, portable across SQLite and PostgreSQL. The archive format
 * is described in manifest.ts; importers use this module only.
 */
export { createBackup } from './create.js';
export { BackupError, type BackupErrorReason, type BackupManifest } from './manifest.js';
export { type RestoreReport, restoreBackup } from './restore.js';
