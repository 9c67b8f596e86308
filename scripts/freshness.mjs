// Decides whether a build output is older than its sources, so `npm start` rebuilds only what changed.
import fs from 'node:fs';
import path from 'node:path';

/** Newest modification time (ms) of the files below the given paths. */
export function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p)) if (e !== 'node_modules' && !e.startsWith('.')) walk(path.join(p, e));
    } else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const p of paths) walk(p);
  return newest;
}

/** True when the stamp file is missing or older than any source. */
export function isStale(stampFile, sources) {
  let stamp;
  try {
    stamp = fs.statSync(stampFile).mtimeMs;
  } catch {
    return true;
  }
  return newestMtime(sources) > stamp;
}

export function serverSources(root) {
  return [
    path.join(root, 'src'),
    path.join(root, 'tsconfig.json'),
    path.join(root, 'tsconfig.build.json'),
    path.join(root, 'package-lock.json'),
  ];
}

export function webSources(root) {
  return [path.join(root, 'web'), path.join(root, 'vite.config.ts'), path.join(root, 'package-lock.json')];
}
