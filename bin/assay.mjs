#!/usr/bin/env node
// Runs the compiled CLI when it is built and current, otherwise the TypeScript sources through tsx.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isStale, serverSources } from '../scripts/freshness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'server', 'cli', 'index.js');
const stamp = path.join(root, 'dist', '.server-stamp');
let mod;
if (fs.existsSync(built) && !isStale(stamp, serverSources(root)) && !process.env.ASSAY_FROM_SOURCE) {
  mod = await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  mod = await import(pathToFileURL(path.join(root, 'src', 'cli', 'index.ts')).href);
}
await mod.runCli(process.argv);
