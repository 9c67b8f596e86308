import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Where screenshots go (gitignored). */
export const RESULTS = path.join(ROOT, 'test-results', 'e2e');
