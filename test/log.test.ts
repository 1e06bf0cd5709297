import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { batchLines, createLogger, redact, type LogLevel } from '../src/log.ts';

function capture(level: LogLevel, secrets: string[] = []) {
  const lines: string[] = [];
  const logger = createLogger({ level, secrets, write: (line) => lines.push(line), now: () => new Date('2024-09-14T09:30:00Z') });
  return { logger, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('writes one JSON object per line with time, level, message and fields', () => {
    const { logger, parsed } = capture('info');
    logger.info('question', { surface: 'mention', ms: 1.5 });
    expect(parsed()).toEqual([{ time: '2024-09-14T09:30:00.000Z', level: 'info', msg: 'question', surface: 'mention', ms: 1.5 }]);
  });

  it('drops lines below the configured level', () => {
    const { logger, parsed } = capture('warn');
    logger.info('ignored');
    logger.debug('ignored too');
    logger.error('kept');
    expect(parsed().map((l) => l.msg)).toEqual(['kept']);
  });

  it('says whether a level is enabled', () => {
    const { logger } = capture('info');
    expect([logger.isEnabled('debug'), logger.isEnabled('info'), logger.isEnabled('error')]).toEqual([false, true, true]);
  });

  it('redacts Slack tokens wherever they appear', () => {
    const { logger, lines } = capture('info');
    logger.info('calling with xoxb-1234-5678-abcdef', { nested: { header: 'Bearer xapp-1-A1-2-xyz' } });
    expect(lines[0]).not.toMatch(/xoxb-|xapp-/);
    expect(lines[0]).toContain('[redacted]');
  });

  it('redacts the ticket of a Socket Mode connection URL, keeping the rest of the URL', () => {
    const { logger, lines } = capture('debug');
    logger.debug('Connecting to wss://wss-primary.slack.com/link/?ticket=8f2e-4b1a-secret&app_id=A0001');
    expect(lines[0]).not.toContain('8f2e-4b1a-secret');
    expect(lines[0]).toContain('/link/?ticket=[redacted]&app_id=A0001');
  });

  it('redacts the configured secrets', () => {
    const { logger, lines } = capture('info', ['my-signing-secret']);
    logger.warn('bad', { detail: 'secret was my-signing-secret' });
    expect(lines[0]).not.toContain('my-signing-secret');
  });

  it('serialises errors with their name and message', () => {
    const { logger, parsed } = capture('info');
    logger.error('listener failed', { error: new TypeError('boom') });
    expect(parsed()[0]?.error).toMatchObject({ name: 'TypeError', message: 'boom' });
  });
});

describe('redact', () => {
  it('hides a secret that JSON escaping changed', () => {
    expect(redact(JSON.stringify({ v: 'a"quoted"secret' }), ['a"quoted"secret'])).toBe('{"v":"[redacted]"}');
  });
});

describe('batchLines', () => {
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

  it('writes the lines of one turn of the event loop together, in order, each ending with a newline', async () => {
    const chunks: string[] = [];
    const writeLine = batchLines((chunk) => chunks.push(chunk));
    writeLine('{"msg":"a"}');
    writeLine('{"msg":"b"}');
    expect(chunks).toEqual([]);
    await nextTurn();
    expect(chunks).toEqual(['{"msg":"a"}\n{"msg":"b"}\n']);
  });

  it('writes the lines of a later turn separately', async () => {
    const chunks: string[] = [];
    const writeLine = batchLines((chunk) => chunks.push(chunk));
    writeLine('first');
    await nextTurn();
    writeLine('second');
    await nextTurn();
    expect(chunks).toEqual(['first\n', 'second\n']);
  });

  it('still writes a line logged just before the process exits', () => {
    const script = "import { createLogger } from './src/log.ts'; createLogger({ level: 'info' }).info('last words'); process.exit(3);";
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.status).toBe(3);
    expect(child.stdout).toContain('"msg":"last words"');
  });
});
