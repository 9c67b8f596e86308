// `npm start`: build whatever is out of date, then run the server from the compiled output.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await import('./build.mjs');
const cli = await import(pathToFileURL(path.join(root, 'dist', 'server', 'cli', 'index.js')).href);
await cli.runCli([process.argv[0], 'assay', 'serve']);
