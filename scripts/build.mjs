// Builds the server (tsc -> dist/server) and the web app (vite -> dist/web) when their sources changed.
// `--force` rebuilds both.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale, serverSources, webSources } from './freshness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(cmd, args, label) {
  process.stderr.write(`Building ${label}…\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    process.stderr.write(`Building ${label} failed\n`);
    process.exit(r.status ?? 1);
  }
}

export function build() {
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  const serverStamp = path.join(root, 'dist', '.server-stamp');
  if (force || isStale(serverStamp, serverSources(root))) {
    fs.rmSync(path.join(root, 'dist', 'server'), { recursive: true, force: true });
    run(bin('tsc'), ['-p', 'tsconfig.build.json'], 'the server');
    // Data files the compiled code reads at run time.
    fs.cpSync(path.join(root, 'src', 'catalog', 'data', 'oscal'), path.join(root, 'dist', 'server', 'catalog', 'data', 'oscal'), {
      recursive: true,
    });
    fs.writeFileSync(serverStamp, new Date().toISOString());
  }
  const webStamp = path.join(root, 'dist', '.web-stamp');
  if (force || isStale(webStamp, webSources(root))) {
    run(bin('vite'), ['build', '--logLevel', 'warn'], 'the web app');
    fs.writeFileSync(webStamp, new Date().toISOString());
  }
}

build();
