/**
 * Entry point: reads `.env`, checks the settings, loads the knowledge, then starts the mode the
 * settings call for (Socket Mode, HTTP, or the local console). The Slack modes open the store
 * first (Postgres with `DATABASE_URL`, else the file in `DATA_DIR`). Any start-up failure prints
 * one line to stderr and exits 1.
 */
import dotenv from 'dotenv';
import { openTaughtAnswerer, type TaughtAnswerer } from './cli/answerer.ts';
import { loadConfig, secretsOf, type SlackConfig } from './config.ts';
import { createLogger, redact, type Logger } from './log.ts';

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env);
  const taught = await openTaughtAnswerer(config.knowledgeDir, config.store, { serving: config.mode !== 'console' });
  if (config.mode === 'console') {
    // The console reads what is taught once, at start; it writes nothing.
    await taught.store.close();
    const [{ runConsole }, { consoleContext }] = await Promise.all([import('./cli/console.ts'), import('./cli/context-flags.ts')]);
    await runConsole(taught.learned, { input: process.stdin, output: process.stdout }, consoleContext(process.argv.slice(2)));
    return;
  }
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  await startSlack(config, taught, logger);
}

async function startSlack(config: SlackConfig, taught: TaughtAnswerer, logger: Logger): Promise<void> {
  // Loaded here, not at the top: the console mode does not pay for Bolt's start-up.
  const [{ buildSlackApp }, { createReadiness }, { createLiveSlackDeps }] = await Promise.all([
    import('./slack/app.ts'),
    import('./slack/health.ts'),
    import('./slack/live-deps.ts'),
  ]);
  const { store } = taught;
  logger.info('store opened', { engine: store.engine, store: store.location, migrationsApplied: store.migrationsApplied });
  const deps = createLiveSlackDeps(config, taught, store, logger);
  if (config.review.channelId === null && config.review.userIds.length === 0) logger.info('review off: nobody can review answers until COMMS_CHANNEL or COMMS_USERS is set');
  const readiness = createReadiness();
  const bot = buildSlackApp({ config, deps, readiness });
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));
  // The operator's reload: `kill -HUP`, as for most daemons. Node would otherwise exit on it.
  process.on('SIGHUP', () => void deps.reloader?.reload('signal'));
  try {
    await bot.start();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  readiness.markReady();
  logger.info('ready', { mode: config.mode, releases: deps.answerer.releases.map((r) => r.id), startupMs: Math.round(performance.now()) });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    bot
      .stop()
      .then(() => store.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

/** One readable line for the operator; Slack's own error code when Slack refused us. */
function describeStartupError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const data = (error as { data?: { error?: unknown } }).data;
  if (typeof data?.error === 'string') {
    return `Slack refused to start the app (${data.error}): check SLACK_BOT_TOKEN / SLACK_APP_TOKEN and the app's installation.`;
  }
  return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
}

main().catch((error: unknown) => {
  const oneLine = describeStartupError(error).replace(/\s*\n\s*/g, ' ');
  process.stderr.write(`communique-bot could not start: ${redact(oneLine)}\n`);
  process.exit(1);
});
