/**
 * Starts the real bot (real knowledge, real Bolt receivers, a real store) against the Slack
 * stand-in, as `main.ts` would, and captures its JSON log lines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createAnswerer, loadAnswerer, type Answerer } from '../../src/answer/answerer.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLearnedAnswerer } from '../../src/learning/learned-answerer.ts';
import { createLiveSlackDeps } from '../../src/slack/live-deps.ts';
import type { HttpModeConfig, ReviewConfig, SocketModeConfig, StoreConfig } from '../../src/config.ts';
import { createLogger, type Logger } from '../../src/log.ts';
import { buildSlackApp, type SlackBot, type WebApiPolicy } from '../../src/slack/app.ts';
import { createSlackDeps, type SlackDeps } from '../../src/slack/deps.ts';
import type { Readiness } from '../../src/slack/health.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { startSlackStandIn, type SlackStandIn } from './slack-stand-in.ts';

export const SIGNING_SECRET = 'e2e-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-0000-1111-e2etoken';
export const APP_TOKEN = 'xapp-1-A0001-2222-e2etoken';

/** Fast but bounded retries, so fault tests finish in seconds. */
export const TEST_WEB_API_POLICY: WebApiPolicy = {
  retryConfig: { retries: 2, factor: 1, minTimeout: 20, maxTimeout: 50 },
  timeoutMs: 5_000,
};

let realAnswerer: Answerer | undefined;
/** The answerer over the repository's real `knowledge/`, loaded once per test file. */
export function knowledgeAnswerer(): Answerer {
  realAnswerer ??= loadAnswerer('knowledge');
  return realAnswerer;
}

export type LogLine = Record<string, unknown> & { level: string; msg: string };

export interface Harness {
  standIn: SlackStandIn;
  bot: SlackBot;
  deps: SlackDeps;
  store: Store;
  logs: LogLine[];
  logger: Logger;
  /** HTTP mode only: `http://127.0.0.1:PORT`. */
  baseUrl: string;
  /** Stops the bot, closes its store, and the stand-in unless it was handed in. */
  stop(): Promise<void>;
}

export interface HarnessOptions {
  mode: 'http' | 'socket';
  answerer?: Answerer;
  rateLimitPerMinute?: number;
  webApi?: WebApiPolicy;
  readiness?: Readiness;
  logLevel?: 'debug' | 'info';
  /** A stand-in shared with other bots (two replicas, a restart); one of its own by default. */
  standIn?: SlackStandIn;
  /** The store settings, opened with `openStore` as main.ts opens it for Slack; a fresh embedded folder by default. */
  store?: StoreConfig;
  /** The communications team's review, wired as main.ts wires it (with reloads); none by default. */
  review?: Partial<ReviewConfig>;
  /** The releases' folder, watched and reloaded as main.ts does (review settings as given, or none); the repository's `knowledge/` by default, fixed. */
  knowledgeDir?: string;
  /** The instant questions are asked at (embargoes are read against it); the real time by default. */
  clock?: () => Date;
}

export async function startBot(options: HarnessOptions): Promise<Harness> {
  const ownStandIn = options.standIn === undefined;
  const standIn = options.standIn ?? (await startSlackStandIn());
  const tempDir = options.store === undefined ? mkdtempSync(join(tmpdir(), 'bot-data-')) : undefined;
  const storeConfig: StoreConfig = options.store ?? { kind: 'embedded', dataDir: join(tempDir ?? '', 'data') };
  const logs: LogLine[] = [];
  const secrets = [SIGNING_SECRET, BOT_TOKEN, APP_TOKEN];
  const logger = createLogger({ level: options.logLevel ?? 'debug', secrets, write: (line) => logs.push(JSON.parse(line) as LogLine) });
  const common = {
    knowledgeDir: options.knowledgeDir ?? 'knowledge',
    logLevel: options.logLevel ?? 'debug',
    rateLimitPerMinute: options.rateLimitPerMinute ?? 1000,
    store: storeConfig,
    questionRetentionDays: 90,
    review: { channelId: null, userIds: [] as string[], digestTime: '09:00', timeZone: 'Europe/Paris', ...options.review } as ReviewConfig,
  } as const;
  const config: HttpModeConfig | SocketModeConfig =
    options.mode === 'http'
      ? { mode: 'http', ...common, port: 0, slack: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: standIn.apiUrl } }
      : { mode: 'socket', ...common, slack: { botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: standIn.apiUrl } };
  const store = await openStore(config.store, { serving: true });
  let deps: SlackDeps;
  const edge = options.clock ? { clock: options.clock } : {};
  if (options.review || options.knowledgeDir !== undefined) {
    const knowledge = loadKnowledge(config.knowledgeDir);
    const engine = createAnswerer(knowledge);
    deps = createLiveSlackDeps(config, { knowledge, engine, learned: createLearnedAnswerer(engine, knowledge, []), taught: [] }, store, logger, edge);
  } else {
    deps = createSlackDeps(config, options.answerer ?? knowledgeAnswerer(), logger, store, null, null, edge);
  }
  const bot = buildSlackApp({
    config,
    deps,
    webApi: options.webApi ?? TEST_WEB_API_POLICY,
    ...(options.readiness ? { readiness: options.readiness } : {}),
  });
  const cleanUp = async () => {
    await store.close();
    if (ownStandIn) await standIn.close();
    if (tempDir !== undefined) rmSync(tempDir, { recursive: true, force: true });
  };
  let started: { port: number | undefined };
  try {
    started = await bot.start();
    if (options.mode === 'socket') await standIn.waitForSocket();
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return {
    standIn,
    bot,
    deps,
    store,
    logs,
    logger,
    baseUrl: started.port === undefined ? '' : `http://127.0.0.1:${started.port}`,
    async stop() {
      await bot.stop();
      await cleanUp();
    },
  };
}

/** One bot in HTTP mode for a whole test file: started before its tests, stopped after them. */
export function useHttpBot(): { readonly harness: Harness; readonly eventsUrl: string } {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startBot({ mode: 'http' });
  });
  afterAll(async () => {
    await started?.stop();
  });
  const harness = (): Harness => {
    if (!started) throw new Error('the bot is not started: call useHttpBot() at the top of the test file');
    return started;
  };
  return {
    get harness() {
      return harness();
    },
    get eventsUrl() {
      return `${harness().baseUrl}/slack/events`;
    },
  };
}
