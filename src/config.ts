/**
 * Settings, read once from the environment. This is the only module that looks at `process.env`
 * (it is handed the environment as an argument, so tests pass a plain object).
 */
import { z } from 'zod';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

interface CommonConfig {
  knowledgeDir: string;
  logLevel: LogLevel;
  /** Questions one user may ask in a rolling minute before the bot goes quiet for them. */
  rateLimitPerMinute: number;
}

export interface SlackCredentials {
  botToken: string;
  /** Base URL of the Web API, ending with `/`; undefined means Slack's own. */
  apiUrl: string | undefined;
}

export interface SocketModeConfig extends CommonConfig {
  mode: 'socket';
  slack: SlackCredentials & { appToken: string };
}

export interface HttpModeConfig extends CommonConfig {
  mode: 'http';
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
});

/**
 * Reads and checks the settings. The mode follows from what is set: Socket Mode when
 * `SLACK_APP_TOKEN` is set, HTTP when `SLACK_SIGNING_SECRET` is set, else the local console.
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
  };
  if (e.SLACK_APP_TOKEN === undefined && e.SLACK_SIGNING_SECRET === undefined) {
    return { mode: 'console', ...common };
  }
  const mode = e.SLACK_APP_TOKEN !== undefined ? 'Socket Mode (SLACK_APP_TOKEN is set)' : 'HTTP mode (SLACK_SIGNING_SECRET is set)';
  if (e.SLACK_BOT_TOKEN === undefined) {
    throw new ConfigError(`SLACK_BOT_TOKEN is required in ${mode}: the Bot User OAuth Token, starting with xoxb-`);
  }
  const apiUrl = e.SLACK_API_URL === undefined ? undefined : e.SLACK_API_URL.replace(/\/*$/, '/');
  if (e.SLACK_APP_TOKEN !== undefined) {
    return { mode: 'socket', ...common, slack: { botToken: e.SLACK_BOT_TOKEN, appToken: e.SLACK_APP_TOKEN, apiUrl } };
  }
  return {
    mode: 'http',
    ...common,
    port: e.PORT,
    slack: { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET ?? '', apiUrl },
  };
}

/** The values that must never reach a log line. */
export function secretsOf(config: Config): string[] {
  if (config.mode === 'console') return [];
  const { slack } = config;
  return config.mode === 'socket' ? [slack.botToken, config.slack.appToken] : [slack.botToken, config.slack.signingSecret];
}
