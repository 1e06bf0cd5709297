/**
 * Settings, read once from the environment. This is the only module that looks at `process.env`
 * (it is handed the environment as an argument, so tests pass a plain object).
 */
import * as z from 'zod';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

interface CommonConfig {
  knowledgeDir: string;
  logLevel: LogLevel;
  /** Questions one user may ask in a minute before the bot goes quiet for them. */
  rateLimitPerMinute: number;
  store: StoreConfig;
  /** Days a question (and the feedback on it) is kept. */
  questionRetentionDays: number;
}

/** Where the state lives: Postgres when `DATABASE_URL` is set, else a file in `DATA_DIR`. */
export type StoreConfig = { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string };

/** Who reviews answers, and the daily digest. With neither a channel nor users, nobody can review. */
export interface ReviewConfig {
  /** `COMMS_CHANNEL`: the communications team's channel (its members review; the digest goes there). */
  channelId: string | null;
  /** `COMMS_USERS`: more reviewers, by Slack user id. */
  userIds: string[];
  /** `DIGEST_TIME`, `HH:MM` on the clock of `timeZone`. */
  digestTime: string;
  /** `TZ`, an IANA time zone; the machine's own when unset. */
  timeZone: string;
}

export interface SlackCredentials {
  botToken: string;
  /** Base URL of the Web API, ending with `/`; undefined means Slack's own. */
  apiUrl: string | undefined;
}

export interface SocketModeConfig extends CommonConfig {
  mode: 'socket';
  review: ReviewConfig;
  slack: SlackCredentials & { appToken: string };
}

export interface HttpModeConfig extends CommonConfig {
  mode: 'http';
  review: ReviewConfig;
  port: number;
  slack: SlackCredentials & { signingSecret: string };
}

export interface ConsoleModeConfig extends CommonConfig {
  mode: 'console';
}

export type Config = SocketModeConfig | HttpModeConfig | ConsoleModeConfig;
export type SlackConfig = SocketModeConfig | HttpModeConfig;

/** A setting is missing or malformed; the message names the variable and what it expects. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Empty or blank values count as unset, as `.env` files often carry `NAME=`. */
const optionalText = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
  z.string().optional(),
);

function prefixed(prefix: string, what: string) {
  return optionalText.refine((v) => v === undefined || v.startsWith(prefix), {
    message: `must start with ${prefix} (${what})`,
  });
}

function integer(min: number, max: number, fallback: number) {
  return optionalText.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });
}

const envSchema = z.object({
  SLACK_BOT_TOKEN: prefixed('xoxb-', 'the Bot User OAuth Token from "OAuth & Permissions"'),
  SLACK_APP_TOKEN: prefixed('xapp-', 'an App-Level Token with the connections:write scope'),
  SLACK_SIGNING_SECRET: optionalText,
  PORT: integer(0, 65_535, 3000),
  SLACK_API_URL: optionalText.refine((v) => v === undefined || (/^https?:\/\/\S+$/.test(v) && URL.canParse(v)), {
    message: 'must be an http(s) URL such as https://slack.com/api/',
  }),
  KNOWLEDGE_DIR: optionalText.transform((v) => v ?? 'knowledge'),
  LOG_LEVEL: optionalText.pipe(
    z.enum(['debug', 'info', 'warn', 'error'], { message: 'must be one of debug, info, warn, error' }).default('info'),
  ),
  RATE_LIMIT_PER_MINUTE: integer(1, 10_000, 10),
  DATABASE_URL: optionalText.refine((v) => v === undefined || (/^postgres(?:ql)?:\/\/\S+$/.test(v) && URL.canParse(v)), {
    // Never the value itself: it may hold a password.
    message: 'must be a postgres:// URL such as postgres://user:password@host:5432/database',
  }),
  DATA_DIR: optionalText.transform((v) => v ?? 'data'),
  QUESTION_RETENTION_DAYS: integer(1, 3650, 90),
  COMMS_CHANNEL: optionalText.refine((v) => v === undefined || /^[CG][A-Z0-9]{2,}$/.test(v), {
    message: 'must be a Slack channel id such as C0123ABCD (in the channel, "View channel details", at the bottom)',
  }),
  COMMS_USERS: optionalText.transform((v, ctx) => {
    const ids = (v ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    const bad = ids.find((id) => !/^[UW][A-Z0-9]{2,}$/.test(id));
    if (bad !== undefined) ctx.addIssue({ code: 'custom', message: `must be Slack user ids separated by commas, such as U0123ABCD,U0456EFGH ("${bad}" is not one)` });
    return ids;
  }),
  DIGEST_TIME: optionalText.refine((v) => v === undefined || /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(v), { message: 'must be a time of day as HH:MM, such as 09:00' }).transform((v) => v ?? '09:00'),
  TZ: optionalText.refine((v) => v === undefined || isTimeZone(v), { message: 'must be an IANA time zone such as Europe/Paris' }),
});

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const storeSchema = envSchema.pick({ DATABASE_URL: true, DATA_DIR: true });

/** Only the store's settings (`DATABASE_URL`, `DATA_DIR`), for the command-line tools. */
export function loadStoreConfig(env: NodeJS.ProcessEnv): StoreConfig {
  const parsed = storeSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; '));
  return parsed.data.DATABASE_URL !== undefined ? { kind: 'postgres', url: parsed.data.DATABASE_URL } : { kind: 'embedded', dataDir: parsed.data.DATA_DIR };
}

/**
 * Reads and checks the settings. The mode follows from what is set: Socket Mode when
 * `SLACK_APP_TOKEN` is set, HTTP when `SLACK_SIGNING_SECRET` is set, else the local console; a
 * bot token with neither is an error, not a silent console.
 *
 * @throws ConfigError listing every problem, each naming its variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; '),
    );
  }
  const e = parsed.data;
  const common: CommonConfig = {
    knowledgeDir: e.KNOWLEDGE_DIR,
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    store: e.DATABASE_URL !== undefined ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'embedded', dataDir: e.DATA_DIR },
    questionRetentionDays: e.QUESTION_RETENTION_DAYS,
  };
  if (e.SLACK_APP_TOKEN === undefined && e.SLACK_SIGNING_SECRET === undefined) {
    if (e.SLACK_BOT_TOKEN !== undefined) {
      throw new ConfigError(
        'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode, an App-Level Token starting with xapp-) nor SLACK_SIGNING_SECRET (HTTP mode) is: set one of them, or unset SLACK_BOT_TOKEN for the local console',
      );
    }
    return { mode: 'console', ...common };
  }
  const mode = e.SLACK_APP_TOKEN !== undefined ? 'Socket Mode (SLACK_APP_TOKEN is set)' : 'HTTP mode (SLACK_SIGNING_SECRET is set)';
  if (e.SLACK_BOT_TOKEN === undefined) {
    throw new ConfigError(`SLACK_BOT_TOKEN is required in ${mode}: the Bot User OAuth Token, starting with xoxb-`);
  }
  const apiUrl = e.SLACK_API_URL === undefined ? undefined : e.SLACK_API_URL.replace(/\/*$/, '/');
  const review: ReviewConfig = {
    channelId: e.COMMS_CHANNEL ?? null,
    userIds: e.COMMS_USERS,
    digestTime: e.DIGEST_TIME,
    timeZone: e.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  if (e.SLACK_APP_TOKEN !== undefined) {
    return { mode: 'socket', ...common, review, slack: { botToken: e.SLACK_BOT_TOKEN, appToken: e.SLACK_APP_TOKEN, apiUrl } };
  }
  return {
    mode: 'http',
    ...common,
    review,
    port: e.PORT,
    slack: { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET ?? '', apiUrl },
  };
}

/** The values that must never reach a log line. */
export function secretsOf(config: Config): string[] {
  const database = config.store.kind === 'postgres' ? databasePassword(config.store.url) : [];
  if (config.mode === 'console') return database;
  const { slack } = config;
  const slackSecrets = config.mode === 'socket' ? [slack.botToken, config.slack.appToken] : [slack.botToken, config.slack.signingSecret];
  return [...slackSecrets, ...database];
}

/** The password of a database URL, as written and decoded; none when it has none. */
export function databasePassword(url: string): string[] {
  if (!URL.canParse(url)) return [];
  const written = new URL(url).password;
  if (written === '') return [];
  let decoded = written;
  try {
    decoded = decodeURIComponent(written);
  } catch {
    // A malformed escape: the password is what was written.
  }
  return decoded === written ? [written] : [written, decoded];
}
