/**
 * One bot under load, as a child process in HTTP mode against the stand-in: started with
 * `--expose-gc` and the heap probe, its log lines counted (errors, warnings, rate-limited
 * questions), its heap read on request, and stopped with SIGTERM.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BOT_TOKEN, SIGNING_SECRET } from '../../test/support/bot-harness.ts';
import type { SlackStandIn } from '../../test/support/slack-stand-in.ts';

export interface BotProcess {
  child: ChildProcess;
  port: number;
  errorLines: number;
  warnLines: number;
  rateLimited: number;
  heap(): Promise<number>;
  stop(): Promise<void>;
}

export interface BotSpec {
  label: string;
  entry: string;
  /** Settings on top of the common ones (DATA_DIR, DATABASE_URL…). */
  env: Record<string, string>;
  /** Whether the bot drops Slack's retries (the bare Bolt app does not). */
  dedupes: boolean;
}

/** `promise`, or a rejection with `message` after `ms`; the timer never outlives the promise. */
export async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** User plus system CPU time of a process in ms, from /proc (Linux); NaN elsewhere. */
export function processCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 once pid and name are cut; in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Forks a bot with `--expose-gc` and the heap probe, and waits for its `listening` log line. */
export async function startBotProcess(spec: BotSpec, standIn: SlackStandIn, cpuProfDir: string | undefined): Promise<BotProcess> {
  const child = fork(spec.entry, [], {
    execArgv: ['--expose-gc', ...(cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : []), '--import', 'tsx', '--import', './bench/heap-probe.ts'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: standIn.apiUrl,
      PORT: '0',
      KNOWLEDGE_DIR: 'knowledge',
      LOG_LEVEL: 'info',
      ...spec.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const bot: BotProcess = {
    child,
    port: 0,
    errorLines: 0,
    warnLines: 0,
    rateLimited: 0,
    heap: () =>
      within(
        new Promise((resolve, reject) => {
          child.once('message', (message: { heapUsed: number; gcExposed: boolean }) => {
            if (!message.gcExposed) reject(new Error('the bot process has no global.gc'));
            else resolve(message.heapUsed);
          });
          child.send('heap');
        }),
        10_000,
        'no heap reading from the bot within 10 s',
      ),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await within(exited, 5_000, 'no exit').catch(() => child.kill('SIGKILL'));
    },
  };
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  let rest = '';
  const listening = new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${spec.label} (${spec.entry}) exited with ${code} before listening: ${stderr.trim()}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (line.includes('"level":"error"')) bot.errorLines += 1;
        if (line.includes('"level":"warn"')) bot.warnLines += 1;
        if (line.includes('"reason":"rate_limited"')) bot.rateLimited += 1;
        if (bot.port === 0 && line.includes('"msg":"listening"')) {
          const port = (JSON.parse(line) as { port?: unknown }).port;
          if (typeof port === 'number') resolve(port);
        }
      }
    });
  });
  try {
    bot.port = await within(listening, 30_000, `${spec.label} did not listen within 30 s`);
  } catch (error) {
    await bot.stop();
    throw error;
  }
  return bot;
}
