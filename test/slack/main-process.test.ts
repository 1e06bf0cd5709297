/**
 * `src/main.ts` as a real process, the way `npm start` runs it: settings from the environment
 * only, the Slack stand-in as SLACK_API_URL, and SIGTERM to stop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../support/bot-harness.ts';
import { TEST_DATABASE_URL } from '../support/postgres.ts';
import { appMentionEvent, eventCallback } from '../support/slack-payloads.ts';
import { postSigned } from '../support/slack-signing.ts';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.ts';
import { copyKnowledge, NEW_FIGURE, OLD_FIGURE } from '../live/release-folder.ts';

interface Running {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  stderr: string[];
  exit: Promise<number | null>;
}

let running: Running | undefined;
let standIn: SlackStandIn | undefined;

afterEach(async () => {
  if (running && running.child.exitCode === null) {
    running.child.kill('SIGKILL');
    await running.exit;
  }
  await standIn?.close();
  running = undefined;
  standIn = undefined;
});

const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * Starts main.ts with only the given settings (plus PATH), never the caller's own Slack
 * settings, and with a fresh DATA_DIR unless one is given.
 */
function startMain(env: Record<string, string>): Running {
  const dataDir = mkdtempSync(join(tmpdir(), 'main-data-'));
  dataDirs.push(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      lines.push({ raw: line });
    }
  });
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  const exit = once(child, 'exit').then(([code]) => code as number | null);
  running = { child, lines, stderr, exit };
  return running;
}

async function waitForLine(r: Running, msg: string, timeoutMs = 15_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = r.lines.find((l) => l.msg === msg);
    if (line) return line;
    if (r.child.exitCode !== null) throw new Error(`main exited (${r.child.exitCode}) before "${msg}": ${r.stderr.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`no "${msg}" line; stdout: ${JSON.stringify(r.lines)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// Each test starts a Node process with tsx: slow on a busy machine, hence the generous timeout.
describe('npm start', { timeout: 60_000 }, () => {
  it('exits 1 with a one-line message naming the variable when a setting is malformed', async () => {
    const r = startMain({ SLACK_BOT_TOKEN: 'not-a-token', SLACK_SIGNING_SECRET: SIGNING_SECRET });
    expect(await r.exit).toBe(1);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toContain('SLACK_BOT_TOKEN must start with xoxb-');
  });

  it('exits 1 with a one-line message naming the knowledge file that cannot be used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\n\nTexte.\n');
    const r = startMain({ KNOWLEDGE_DIR: dir });
    const code = await r.exit;
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toContain('broken.md');
  });

  it('serves /slack/events on PORT in HTTP mode, answers, and stops cleanly on SIGTERM', async () => {
    standIn = await startSlackStandIn();
    const r = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', SLACK_API_URL: standIn.apiUrl });
    const { port } = await waitForLine(r, 'listening');
    await waitForLine(r, 'ready');
    expect((await fetch(`http://127.0.0.1:${String(port)}/healthz`)).status).toBe(200);
    await postSigned(
      `http://127.0.0.1:${String(port)}/slack/events`,
      { json: eventCallback(appMentionEvent({ text: "<@UBOT> Combien de patients dans l'essai MARIPOSA ?", channel: 'C0MAIN' })) },
      { signingSecret: SIGNING_SECRET },
    );
    const reply = await standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0MAIN');
    expect(String(reply.args.text)).toContain('plus de 1 000 patients');
    r.child.kill('SIGTERM');
    expect(await r.exit).toBe(0);
    expect(r.lines.some((l) => l.msg === 'shutting down')).toBe(true);
    expect(JSON.stringify(r.lines)).not.toContain(BOT_TOKEN);
  });

  it('reloads the releases on SIGHUP and goes on answering, from the new text', async () => {
    standIn = await startSlackStandIn();
    const folder = copyKnowledge();
    const r = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', SLACK_API_URL: standIn.apiUrl, KNOWLEDGE_DIR: folder.dir, LOG_LEVEL: 'debug' });
    const { port } = await waitForLine(r, 'listening');
    await waitForLine(r, 'ready');
    folder.replace(OLD_FIGURE, NEW_FIGURE);
    r.child.kill('SIGHUP');
    // The watcher may reload first; then the signal's reload finds nothing changed. Either way the signal reloaded.
    for (let i = 0; i < 200 && !r.lines.some((l) => l.trigger === 'signal'); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(r.lines.find((l) => l.trigger === 'signal')?.msg).toMatch(/^knowledge (reloaded|unchanged)$/);
    await postSigned(
      `http://127.0.0.1:${String(port)}/slack/events`,
      { json: eventCallback(appMentionEvent({ text: '<@UBOT> Quel est le taux d’anomalies de MET avec l’association ?', channel: 'C0HUP' })) },
      { signingSecret: SIGNING_SECRET },
    );
    const reply = await standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0HUP');
    expect(String(reply.args.text)).toContain(NEW_FIGURE);
    r.child.kill('SIGTERM');
    expect(await r.exit).toBe(0);
    folder.remove();
  });

  it('connects over Socket Mode with SLACK_APP_TOKEN and answers an envelope', async () => {
    standIn = await startSlackStandIn();
    const r = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: standIn.apiUrl });
    await waitForLine(r, 'ready');
    await standIn.waitForSocket();
    const ack = await standIn.sendEnvelope('events_api', eventCallback(appMentionEvent({ text: '<@UBOT> MARIPOSA, combien de patients ?', channel: 'C0SOCKMAIN' })));
    expect(ack.envelope_id).toMatch(/^env-/);
    await standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0SOCKMAIN');
    r.child.kill('SIGTERM');
    expect(await r.exit).toBe(0);
  });

  it('exits 1 naming DATA_DIR and the cause when the embedded store cannot be created there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'not-a-folder-'));
    dataDirs.push(dir);
    writeFileSync(join(dir, 'file'), '');
    const r = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', DATA_DIR: join(dir, 'file', 'data') });
    expect(await r.exit).toBe(1);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toMatch(/DATA_DIR \(.*file\/data\): the embedded store cannot be opened: .*ENOTDIR/);
  });

  it('exits 1 naming DATABASE_URL, without its password, when the Postgres server cannot be reached', async () => {
    const r = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', DATABASE_URL: 'postgres://bot:hunter2@127.0.0.1:1/communique' });
    expect(await r.exit).toBe(1);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toContain('DATABASE_URL (postgres://bot:***@127.0.0.1:1/communique): the Postgres store cannot be opened: connect ECONNREFUSED 127.0.0.1:1');
    expect(r.stderr[0]).not.toContain('hunter2');
  });

  it('exits 1 naming DATABASE_URL when it is not a postgres:// URL, without repeating it', async () => {
    const r = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, DATABASE_URL: 'mysql://bot:hunter2@db/x' });
    expect(await r.exit).toBe(1);
    expect(r.stderr[0]).toContain('DATABASE_URL must be a postgres:// URL');
    expect(r.stderr[0]).not.toContain('hunter2');
  });

  it.runIf(TEST_DATABASE_URL !== undefined)('exits 1 with the server’s reason when it refuses the user or the database', async () => {
    const url = new URL(TEST_DATABASE_URL ?? '');
    url.username = 'no_such_role';
    url.password = 'hunter2';
    const r = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', DATABASE_URL: url.toString() });
    expect(await r.exit).toBe(1);
    expect(r.stderr[0]).toMatch(/DATABASE_URL \(postgres:\/\/no_such_role:\*\*\*@.*\): the Postgres store cannot be opened: .*no_such_role/);
    expect(r.stderr[0]).not.toContain('hunter2');
    const database = new URL(TEST_DATABASE_URL ?? '');
    database.pathname = '/no_such_database';
    const r2 = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', DATABASE_URL: database.toString() });
    expect(await r2.exit).toBe(1);
    expect(r2.stderr[0]).toContain('database "no_such_database" does not exist');
  });

  it('exits 1 naming what is missing when only a bot token is set', async () => {
    const r = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN });
    expect(await r.exit).toBe(1);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toContain('neither SLACK_APP_TOKEN');
  });

  it('exits 1 with Slack’s reason when the bot token is refused', async () => {
    standIn = await startSlackStandIn();
    standIn.failAlways('auth.test', { kind: 'slack_error', error: 'invalid_auth' });
    const r = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', SLACK_API_URL: standIn.apiUrl });
    expect(await r.exit).toBe(1);
    expect(r.stderr.join('\n')).toContain('invalid_auth');
  });
});
