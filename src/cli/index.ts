import { Command, InvalidArgumentError, Option } from 'commander';
import pino from 'pino';
import { z } from 'zod';
import { createContext } from '../app.js';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { serve } from '../main.js';
import { verifyAll } from '../platform/audit-log/index.js';
import { ROLES, type Role } from '../platform/authz/index.js';
import { generateMasterKeyText, parseMasterKey, rotateMasterKey } from '../platform/crypto/envelope.js';
import { openDb } from '../platform/db/index.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { AppError } from '../platform/errors.js';
import { createLogger } from '../platform/log.js';
import { addProgramCommands } from './program.js';

const CLI_ACTOR = { actor: { kind: 'system' as const, label: 'assay-cli' }, ip: null, userAgent: 'assay-cli' };

function config(): Config {
  return loadConfig();
}

/** A quiet logger for commands: warnings to stderr, never to stdout (stdout is for results). */
function cliLog(c: Config) {
  return createLogger(c.logLevel === 'info' ? 'warn' : c.logLevel, pino.destination(2));
}

/** Opens the context (config, database, services) for one command and closes it afterwards. */
export type WithContext = <T>(fn: (x: Awaited<ReturnType<typeof createContext>>) => Promise<T>) => Promise<T>;

async function withContext<T>(fn: (x: Awaited<ReturnType<typeof createContext>>) => Promise<T>): Promise<T> {
  const c = config();
  const x = await createContext(c, { log: cliLog(c), migrate: true });
  try {
    return await fn(x);
  } finally {
    await x.ctx.jobs.stop();
    await x.ctx.dbh.close();
  }
}

function parseWith<T>(schema: z.ZodType<T>, label: string) {
  return (value: string): T => {
    const r = schema.safeParse(value);
    if (!r.success) throw new InvalidArgumentError(`${label}: ${r.error.issues[0]?.message ?? 'invalid'}`);
    return r.data;
  };
}

/** The `assay` command line. */
export function buildCli(): Command {
  const program = new Command('assay').description('Assay: open, self-hosted SOC 2 compliance').showHelpAfterError();

  program
    .command('serve')
    .description('Run the web app, the API and the background jobs')
    .action(async () => {
      await serve(config());
    });

  program
    .command('migrate')
    .description('Apply pending database migrations')
    .action(async () => {
      const c = config();
      const h = openDb({ dataDir: c.dataDir, databaseUrl: c.databaseUrl });
      try {
        const r = await migrateToLatest(h.db);
        const applied = (r.results ?? []).filter((x) => x.status === 'Success').map((x) => x.migrationName);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date');
      } finally {
        await h.close();
      }
    });

  program
    .command('setup')
    .description('Create the first organization and its owner without the web page; prints the organization id')
    .requiredOption('--org <name>', 'organization name', parseWith(z.string().trim().min(2).max(100), '--org'))
    .requiredOption('--email <email>', 'owner email', parseWith(z.email(), '--email'))
    .requiredOption('--password <password>', 'owner password (at least 12 characters)')
    .option('--name <name>', 'owner display name')
    .action(async (o: { org: string; email: string; password: string; name?: string }) => {
      await withContext(async ({ services }) => {
        const r = await services.setup.completeFromCli({
          orgName: o.org,
          email: o.email,
          password: o.password,
          name: o.name ?? o.email.split('@')[0],
        });
        console.log(r.org.id);
      });
    });

  const token = program.command('token').description('API tokens');
  token
    .command('create')
    .description('Create an API token; prints only the token')
    .requiredOption('--org <id>', 'organization id')
    .addOption(new Option('--role <role>', 'role of the token').choices([...ROLES]).makeOptionMandatory())
    .option('--name <name>', 'a name to recognise the token by', 'cli')
    .action(async (o: { org: string; role: Role; name: string }) => {
      await withContext(async ({ services }) => {
        const r = await services.tokens.createAsSystem(CLI_ACTOR, o.org, { name: o.name, role: o.role });
        console.log(r.secret);
      });
    });

  const audit = program.command('audit-log').description('The hash-chained audit log');
  audit
    .command('verify')
    .description('Check that the audit chain is intact (exit 0), or print the first broken entry (exit 1)')
    .option('--org <id>', 'only this organization (default: every chain)')
    .action(async (o: { org?: string }) => {
      const c = config();
      const h = openDb({ dataDir: c.dataDir, databaseUrl: c.databaseUrl });
      try {
        const reports = await verifyAll(h.db, o.org);
        let ok = true;
        for (const r of reports) {
          if (r.intact) console.log(`${r.chain}: intact (${r.entries} entries)`);
          else {
            ok = false;
            console.log(
              `${r.chain}: BROKEN at entry ${r.firstBroken!.seq}${r.firstBroken!.id ? ` (${r.firstBroken!.id})` : ''}: ${r.firstBroken!.reason}`,
            );
          }
        }
        if (o.org && reports[0]?.entries === 0 && reports[0].intact) console.log(`${o.org}: no entries`);
        process.exitCode = ok ? 0 : 1;
      } finally {
        await h.close();
      }
    });

  program
    .command('signin-link')
    .description('Print a one-time sign-in link (30 minutes) for a person, e.g. an owner locked out by a broken SSO setup')
    .requiredOption('--email <email>', 'the person’s email', parseWith(z.email(), '--email'))
    .action(async (o: { email: string }) => {
      await withContext(async ({ services }) => {
        console.log(await services.auth.issueSigninLink(o.email, CLI_ACTOR));
      });
    });

  program
    .command('backup')
    .description('Write a consistent online backup of the database and the evidence store into one archive')
    .requiredOption('--out <file>', 'archive to write (.tar.gz)')
    .action(async (o: { out: string }) => {
      const { createBackup } = await import('../platform/backup/index.js');
      await withContext(async ({ ctx }) => {
        const m = await createBackup({ handle: ctx.dbh, blobs: ctx.blobs, out: o.out });
        const rows = m.tables.reduce((a, t) => a + t.rows, 0);
        console.log(`Backup written to ${o.out}: ${rows} rows, ${m.blobs.length} blobs`);
      });
    });

  program
    .command('restore')
    .description('Restore a backup archive into an empty data directory or database')
    .requiredOption('--from <file>', 'archive written by assay backup')
    .action(async (o: { from: string }) => {
      const { restoreBackup } = await import('../platform/backup/index.js');
      await withContext(async ({ ctx }) => {
        const r = await restoreBackup({ handle: ctx.dbh, blobs: ctx.blobs, from: o.from });
        console.log(`Restored ${r.rows} rows and ${r.blobs} blobs; audit chains ${r.auditIntact ? 'intact' : 'BROKEN'}`);
        if (!r.auditIntact) process.exitCode = 1;
      });
    });

  const mk = program.command('master-key').description('The master key that wraps each organization’s data key');
  mk.command('generate')
    .description('Print a new random master key (base64) for ASSAY_MASTER_KEY')
    .action(() => console.log(generateMasterKeyText()));
  mk.command('rotate')
    .description('Re-wrap every data key with a new master key; the current key comes from ASSAY_MASTER_KEY or the data directory')
    .requiredOption('--new-key <base64>', 'the new master key (assay master-key generate)')
    .action(async (o: { newKey: string }) => {
      const { rotate } = await import('./rotate.js');
      await rotate(config(), o.newKey);
    });

  addProgramCommands(program, withContext);
  return program;
}

/** Runs the CLI and maps errors to readable messages and exit codes. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof AppError) console.error(err.message);
    else console.error(`error: ${(err as Error).message}`);
    process.exitCode = 2;
  }
}

// Used by `rotate` without importing the whole CLI.
export { parseMasterKey, rotateMasterKey };
