import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, secretsOf } from '../src/config.ts';

const BOT = 'xoxb-123-456-abc';
const APP = 'xapp-1-A1-789-def';

function configError(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('loadConfig accepted the settings');
}

describe('loadConfig', () => {
  it('picks the console when neither SLACK_APP_TOKEN nor SLACK_SIGNING_SECRET is set', () => {
    expect(loadConfig({}).mode).toBe('console');
  });

  it('picks Socket Mode when SLACK_APP_TOKEN is set', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toMatchObject({ mode: 'socket', slack: { botToken: BOT, appToken: APP } });
  });

  it('prefers Socket Mode when both SLACK_APP_TOKEN and SLACK_SIGNING_SECRET are set', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: 's3cret' }).mode).toBe('socket');
  });

  it('picks HTTP mode when SLACK_SIGNING_SECRET is set, on port 3000 by default', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's3cret' })).toMatchObject({ mode: 'http', port: 3000, slack: { signingSecret: 's3cret' } });
  });

  it('reads PORT as a number', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's', PORT: '8080' })).toMatchObject({ port: 8080 });
  });

  it('defaults KNOWLEDGE_DIR to knowledge, LOG_LEVEL to info and the rate limit to 10 a minute', () => {
    expect(loadConfig({})).toMatchObject({ mode: 'console', knowledgeDir: 'knowledge', logLevel: 'info', rateLimitPerMinute: 10 });
  });

  it('keeps the state in an embedded store under data/ by default, questions for 90 days', () => {
    expect(loadConfig({})).toMatchObject({ store: { kind: 'embedded', dataDir: 'data' }, questionRetentionDays: 90 });
  });

  it('moves the embedded store with DATA_DIR', () => {
    expect(loadConfig({ DATA_DIR: '/var/lib/communique' }).store).toEqual({ kind: 'embedded', dataDir: '/var/lib/communique' });
  });

  it('uses Postgres when DATABASE_URL is set', () => {
    const url = 'postgres://bot:pw@db.internal:5432/communique';
    expect(loadConfig({ DATABASE_URL: url }).store).toEqual({ kind: 'postgres', url });
  });

  it('rejects a DATABASE_URL that is not a postgres:// URL, without repeating it', () => {
    const message = configError({ DATABASE_URL: 'mysql://bot:hunter2@db/x' });
    expect(message).toContain('DATABASE_URL must be a postgres:// URL');
    expect(message).not.toContain('hunter2');
  });

  it('reads QUESTION_RETENTION_DAYS, and rejects zero', () => {
    expect(loadConfig({ QUESTION_RETENTION_DAYS: '30' }).questionRetentionDays).toBe(30);
    expect(configError({ QUESTION_RETENTION_DAYS: '0' })).toContain('QUESTION_RETENTION_DAYS');
  });

  it('refuses a bot token with neither an app token nor a signing secret, naming both', () => {
    const message = configError({ SLACK_BOT_TOKEN: BOT });
    expect(message).toContain('SLACK_APP_TOKEN');
    expect(message).toContain('SLACK_SIGNING_SECRET');
  });

  it('treats empty and blank values as unset', () => {
    expect(loadConfig({ SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '  ', LOG_LEVEL: '', PORT: '' }).mode).toBe('console');
  });

  it('ends SLACK_API_URL with a slash so that method names can be appended', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'http://127.0.0.1:9999/api' });
    expect(config.mode === 'socket' && config.slack.apiUrl).toBe('http://127.0.0.1:9999/api/');
  });

  it('leaves SLACK_API_URL undefined when unset, so Slack itself is used', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP });
    expect(config.mode === 'socket' && config.slack.apiUrl).toBeUndefined();
  });

  it('reads RATE_LIMIT_PER_MINUTE', () => {
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '3' }).rateLimitPerMinute).toBe(3);
  });

  it('rejects a bot token that does not start with xoxb-', () => {
    expect(configError({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: APP })).toContain('SLACK_BOT_TOKEN must start with xoxb-');
  });

  it('rejects an app token that does not start with xapp-', () => {
    expect(configError({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xoxb-wrong' })).toContain('SLACK_APP_TOKEN must start with xapp-');
  });

  it('requires SLACK_BOT_TOKEN in HTTP mode', () => {
    expect(configError({ SLACK_SIGNING_SECRET: 's' })).toMatch(/^SLACK_BOT_TOKEN is required in HTTP mode/);
  });

  it('requires SLACK_BOT_TOKEN in Socket Mode', () => {
    expect(configError({ SLACK_APP_TOKEN: APP })).toMatch(/^SLACK_BOT_TOKEN is required in Socket Mode/);
  });

  it('rejects a PORT that is not a port number', () => {
    expect(configError({ PORT: '70000' })).toContain('PORT must be a whole number from 0 to 65535, got "70000"');
  });

  it('rejects a LOG_LEVEL outside debug, info, warn, error', () => {
    expect(configError({ LOG_LEVEL: 'verbose' })).toContain('LOG_LEVEL must be one of debug, info, warn, error');
  });

  it('rejects a SLACK_API_URL that is not an http(s) URL', () => {
    expect(configError({ SLACK_API_URL: 'slack.com/api' })).toContain('SLACK_API_URL must be an http(s) URL');
  });

  it('rejects a rate limit of zero', () => {
    expect(configError({ RATE_LIMIT_PER_MINUTE: '0' })).toContain('RATE_LIMIT_PER_MINUTE must be a whole number from 1');
  });

  it('reports every malformed variable at once', () => {
    const message = configError({ PORT: 'x', LOG_LEVEL: 'loud' });
    expect(message).toContain('PORT');
    expect(message).toContain('LOG_LEVEL');
  });

  it('lists the tokens and the signing secret as secrets to keep out of logs', () => {
    expect(secretsOf(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's3cret' }))).toEqual([BOT, 's3cret']);
  });

  it('lists the database password as a secret, as written and decoded', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's3cret', DATABASE_URL: 'postgres://bot:p%40ss@db/x' });
    expect(secretsOf(config)).toEqual([BOT, 's3cret', 'p%40ss', 'p@ss']);
  });
});
