// Before the browser suite: make sure Chromium is there and the web app in dist/web is built from the current sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM } from './helpers/browser.js';
import { ROOT } from './helpers/paths.js';

const STAMP = path.join(ROOT, 'dist', '.web-stamp');
const SOURCES = [path.join(ROOT, 'web'), path.join(ROOT, 'vite.config.ts'), path.join(ROOT, 'package-lock.json')];

function newest(p: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let n = 0;
  for (const e of fs.readdirSync(p)) if (e !== 'node_modules' && !e.startsWith('.')) n = Math.max(n, newest(path.join(p, e)));
  return n;
}

function webIsStale(): boolean {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'web', 'index.html')) || !fs.existsSync(STAMP)) return true;
  return Math.max(...SOURCES.map(newest)) > fs.statSync(STAMP).mtimeMs;
}

export default function setup(): void {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`The browser suite needs Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  if (!webIsStale()) return;
  const vite = path.join(ROOT, 'node_modules', '.bin', 'vite');
  const r = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed; the browser suite needs the built web app');
  fs.writeFileSync(STAMP, new Date().toISOString());
}
