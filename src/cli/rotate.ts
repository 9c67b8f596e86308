import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { loadMasterKey, parseMasterKey, rotateMasterKey } from '../platform/crypto/envelope.js';
import { openDb } from '../platform/db/index.js';

/** Re-wraps every data key with `newKeyText`; in the default mode also replaces the key file. */
export async function rotate(config: Config, newKeyText: string): Promise<void> {
  const to = parseMasterKey(newKeyText);
  const { master: from, file } = loadMasterKey({ configured: config.masterKey, dataDir: config.dataDir });
  const h = openDb({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const n = await h.db.transaction().execute((tx) => rotateMasterKey(tx, from, to));
    if (!config.masterKey && file) {
      const tmp = path.join(path.dirname(file), `.master.key.${process.pid}`);
      fs.writeFileSync(tmp, `${newKeyText.trim()}\n`, { mode: 0o600 });
      fs.renameSync(tmp, file);
      console.log(`Re-wrapped ${n} data keys; ${file} now holds the new key`);
    } else {
      console.log(`Re-wrapped ${n} data keys; set ASSAY_MASTER_KEY to the new key on every instance before restarting`);
    }
  } finally {
    await h.close();
  }
}
