// Runs the real Assay server (bin/assay.mjs serve) as a child process on a free port with its own data.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freshDatabaseUrl } from '../../helpers/db.js';
import { ROOT } from './paths.js';

export interface AssayServer {
  url: string;
  setupLink: string;
  /** Everything the server printed so far, for failure messages. */
  output(): string;
  /** Runs another `assay` command against the same data (e.g. `signin-link`); resolves with its stdout. */
  cli(args: string[]): Promise<string>;
  stop(): Promise<void>;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Starts a fresh, not yet set-up Assay and resolves with the setup link it prints. */
export async function startAssay(extraEnv: Record<string, string> = {}): Promise<AssayServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-e2e-'));
  const db = await freshDatabaseUrl();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    ASSAY_DATA_DIR: dataDir,
    ASSAY_PUBLIC_URL: url,
    ASSAY_LOG_LEVEL: 'warn',
    ...(db.url ? { DATABASE_URL: db.url, ASSAY_MASTER_KEY: Buffer.alloc(32, 9).toString('base64') } : {}),
    ...extraEnv,
  };
  // Invitations must show their link instead of being mailed.
  delete env.SMTP_URL;
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'assay.mjs'), 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(killer);
    }
    await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const setupLink = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /one-time link to create the first organization: (\S+)/.exec(out);
      if (m) resolve(m[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.once('exit', (code) => reject(new Error(`assay serve exited (${code}) before printing the setup link:\n${out}`)));
  }).catch(async (err) => {
    await stop();
    throw err;
  });
  const cli = (args: string[]) =>
    new Promise<string>((resolve, reject) => {
      const p = spawn(process.execPath, [path.join(ROOT, 'bin', 'assay.mjs'), ...args], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      p.stdout!.on('data', (c: Buffer) => {
        stdout += c.toString();
      });
      p.stderr!.on('data', (c: Buffer) => {
        stderr += c.toString();
      });
      p.once('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`assay ${args.join(' ')} exited ${code}: ${stderr}`))));
    });
  return { url, setupLink, output: () => out, cli, stop };
}
