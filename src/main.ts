import { createServerApp } from './app.js';
import type { Config } from './config.js';

/** Starts the server: migrations, jobs, HTTP; prints the setup link on a fresh install; stops gracefully. */
export async function serve(config: Config): Promise<void> {
  let server: Awaited<ReturnType<typeof createServerApp>> | undefined;
  let stopping = false;
  // Installed first, so a signal during start-up still shuts down cleanly.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server?.ctx.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    try {
      await server?.close();
      process.exit(0);
    } catch (err) {
      server?.ctx.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  server = await createServerApp(config, { migrate: true });
  const { app, ctx, services } = server;
  await app.listen({ port: config.port, host: config.host });
  if (stopping) return;
  const link = await services.setup.issueLink();
  if (link) {
    // One line, on stdout, so that scripts can pick the link up.
    console.log(`Assay is not set up yet. Open this one-time link to create the first organization: ${link}`);
  } else {
    ctx.log.info(`Assay is running at ${ctx.publicUrl()}`);
  }
  await server.startJobs();
}
