/**
 * `npm run load [-- --events 20000 --concurrency 50 --max-seconds 420]`: a loopback load test.
 *
 * Starts the local Slack stand-in (test/support) on 127.0.0.1 and two bot processes in HTTP mode
 * pointed at it: a bare Bolt app that posts a fixed reply (bench/bare-bolt.ts), and ours
 * (src/main.ts, real knowledge, real settings path). Each gets a warm-up, then N signed
 * app_mention events, in rounds taken in turn, with at most `concurrency` unanswered at a time.
 * Prints throughput, latency from request sent to chat.postMessage received, errors, lost and
 * duplicated replies, and the bot's heap after GC before and after, each read once both bots
 * have been idle for longer than a Web API call may last (see `SETTLE_MS`); then our throughput as a
 * ratio of bare Bolt's, against the targets of issue 4. Bounded in count and time: it stops by
 * itself, and exits 1 when a target is missed. `--cpu-prof-dir DIR` profiles both bots;
 * `--bare-reply rendered` makes the bare app post a reply as large as ours.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadQuestionSet } from '../src/evaluation/question-set.ts';
import { DEFAULT_WEB_API_POLICY } from '../src/slack/app.ts';
import { SIGNING_SECRET, BOT_TOKEN } from '../test/support/bot-harness.ts';
import { appMentionEvent, eventCallback, BOT_USER_ID } from '../test/support/slack-payloads.ts';
import { signedHeaders } from '../test/support/slack-signing.ts';
import { startSlackStandIn, type SlackStandIn } from '../test/support/slack-stand-in.ts';

const MAX_EVENTS = 200_000;
const TARGETS = { throughputRatio: 0.7, heapGrowth: 0.2 };

const { values: flags } = parseArgs({
  options: {
    events: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '50' },
    /** Events each bot gets before the "before" heap reading, so that V8 has compiled and optimised the hot code by then. */
    warmup: { type: 'string', default: '2500' },
    /** The whole run stops after this long, whatever is left. */
    'max-seconds': { type: 'string', default: '420' },
    /** Users the events come from, so the per-user rate limit (10 a minute by default) is not what is measured. */
    users: { type: 'string', default: '5000' },
    /**
     * Turns each bot takes; the events are shared between them. Short turns, so that a burst of
     * load from elsewhere on the machine (seconds long, and halving a bot's throughput) falls on
     * both bots alike rather than on one bot's long turn.
     */
    rounds: { type: 'string', default: '10' },
    /** `rendered`: the bare app posts one of our real rendered answers instead of a one-line text. */
    'bare-reply': { type: 'string', default: 'text' },
    /** Writes a V8 CPU profile of each bot process into this folder, to see where the time goes. */
    'cpu-prof-dir': { type: 'string' },
  },
});

function positiveInt(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max} (got ${value})`);
  return n;
}

const EVENTS = positiveInt('events', flags.events, MAX_EVENTS);
const CONCURRENCY = positiveInt('concurrency', flags.concurrency, 1000);
const WARMUP = positiveInt('warmup', flags.warmup, 10_000);
const USERS = positiveInt('users', flags.users, 1_000_000);
const ROUNDS = positiveInt('rounds', flags.rounds, 100);
const STARTED = Date.now();
const DEADLINE = STARTED + positiveInt('max-seconds', flags['max-seconds'], 3600) * 1000;
const REPLY_TIMEOUT_MS = 15_000;
/**
 * Idle time before each heap reading, for both bots. Every Web API call keeps a timeout timer
 * (and what hangs on it) for as long as a call may last, even once answered: read straight
 * after a burst, the heap holds those of the last few seconds' calls, a megabyte or more for
 * either bot, which says how recently it was busy, not what it keeps.
 */
const SETTLE_MS = DEFAULT_WEB_API_POLICY.timeoutMs + 1_000;

const QUESTIONS = loadQuestionSet('test/fixtures/questions.dev.jsonl').map((q) => q.question);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `promise`, or a rejection with `message` after `ms`; the timer never outlives the promise. */
async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

class OutOfTime extends Error {}

function checkTime(): void {
  if (Date.now() > DEADLINE) throw new OutOfTime(`stopped: --max-seconds reached`);
}

interface BotProcess {
  child: ChildProcess;
  port: number;
  errorLines: number;
  warnLines: number;
  rateLimited: number;
  heap(): Promise<number>;
  stop(): Promise<void>;
}

/** Forks a bot with `--expose-gc` and the heap probe, and waits for its `listening` log line. */
async function startBotProcess(entry: string, standIn: SlackStandIn): Promise<BotProcess> {
  const child = fork(entry, [], {
    execArgv: [
      '--expose-gc',
      ...(flags['cpu-prof-dir'] ? ['--cpu-prof', '--cpu-prof-dir', flags['cpu-prof-dir']] : []),
      '--import',
      'tsx',
      '--import',
      './bench/heap-probe.ts',
    ],
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
      BARE_REPLY: flags['bare-reply'],
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
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code} before listening: ${stderr.trim()}`)));
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
    bot.port = await within(listening, 30_000, `${entry} did not listen within 30 s`);
  } catch (error) {
    await bot.stop();
    throw error;
  }
  return bot;
}

/** What one burst of events gave; bursts of one bot add up. */
interface Run {
  sent: number;
  replied: number;
  lost: number;
  duplicated: number;
  httpErrors: number;
  unknownReplies: number;
  /** From the first request sent to the last reply received. */
  seconds: number;
  /** CPU time of the bot process, and of this process (load driver and stand-in), in ms. */
  botCpuMs: number;
  driverCpuMs: number;
  /** Milliseconds from request sent to reply received, one per answered event. */
  latencies: number[];
}

function addRuns(a: Run, b: Run): Run {
  return {
    sent: a.sent + b.sent,
    replied: a.replied + b.replied,
    lost: a.lost + b.lost,
    duplicated: a.duplicated + b.duplicated,
    httpErrors: a.httpErrors + b.httpErrors,
    unknownReplies: a.unknownReplies + b.unknownReplies,
    seconds: a.seconds + b.seconds,
    botCpuMs: a.botCpuMs + b.botCpuMs,
    driverCpuMs: a.driverCpuMs + b.driverCpuMs,
    latencies: a.latencies.concat(b.latencies),
  };
}

const EMPTY_RUN: Run = { sent: 0, replied: 0, lost: 0, duplicated: 0, httpErrors: 0, unknownReplies: 0, seconds: 0, botCpuMs: 0, driverCpuMs: 0, latencies: [] };

/** User plus system CPU time of a process in ms, from /proc (Linux); NaN elsewhere. */
function processCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 once pid and name are cut; in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

let tsBase = 0;

/**
 * Fires `count` signed app_mention events at the bot, at most CONCURRENCY unanswered at once,
 * and matches every chat.postMessage to its event by `thread_ts` (the event's own ts). An event
 * unanswered after REPLY_TIMEOUT_MS stops holding a slot; it counts as lost unless its reply
 * comes before the end of the burst.
 */
async function fire(bot: BotProcess, standIn: SlackStandIn, count: number): Promise<Run> {
  const url = `http://127.0.0.1:${bot.port}/slack/events`;
  const byTs = new Map<string, number>();
  const sentAt = new Array<number>(count).fill(0);
  const replies = new Array<number>(count).fill(0);
  /** Unanswered events holding a slot, oldest first: index → sent at. */
  const waiting = new Map<number, number>();
  const latencies: number[] = [];
  // Only this burst's calls matter. The stand-in keeps every call with its parsed blocks, and
  // kept over the whole run they grow this process's heap by hundreds of megabytes, whose
  // collection then takes CPU from the bots it measures.
  standIn.reset();
  let cursor = 0;
  let httpErrors = 0;
  let unknownReplies = 0;
  let lastReplyAt = 0;
  let next = 0;
  const startedAt = Date.now();
  const botCpuAtStart = processCpuMs(bot.child.pid);
  const driverCpuAtStart = ownCpuMs();
  tsBase += 1;

  /** Reads the stand-in's new calls. */
  const collect = (): void => {
    const calls = standIn.calls;
    for (; cursor < calls.length; cursor += 1) {
      const call = calls[cursor];
      if (!call || call.method !== 'chat.postMessage' || !call.ok) continue;
      const index = byTs.get(String(call.args.thread_ts));
      if (index === undefined) {
        unknownReplies += 1;
        continue;
      }
      replies[index] = (replies[index] ?? 0) + 1;
      lastReplyAt = call.at;
      if (replies[index] === 1) {
        latencies.push(call.at - (sentAt[index] ?? call.at));
        waiting.delete(index);
      }
    }
    const now = Date.now();
    for (const [index, at] of waiting) {
      if (now - at <= REPLY_TIMEOUT_MS) break;
      waiting.delete(index);
    }
  };

  const send = (index: number): void => {
    const ts = `${1726300000 + tsBase}.${String(index).padStart(6, '0')}`;
    byTs.set(ts, index);
    const user = `U${String(index % USERS).padStart(7, '0')}`;
    const question = QUESTIONS[index % QUESTIONS.length] ?? 'Combien de patients ?';
    const body = JSON.stringify(
      eventCallback(appMentionEvent({ text: `<@${BOT_USER_ID}> ${question}`, user, channel: 'C0LOAD', ts }), {
        eventId: `EvLoad${tsBase}x${index}`,
      }),
    );
    sentAt[index] = Date.now();
    waiting.set(index, sentAt[index]);
    fetch(url, { method: 'POST', headers: signedHeaders(body, 'application/json', { signingSecret: SIGNING_SECRET }), body })
      .then(async (res) => {
        await res.arrayBuffer();
        if (res.status !== 200) httpErrors += 1;
      })
      .catch(() => {
        httpErrors += 1;
      });
  };

  while (next < count) {
    checkTime();
    collect();
    for (let room = CONCURRENCY - waiting.size; room > 0 && next < count; room -= 1) {
      send(next);
      next += 1;
    }
    await sleep(1);
  }
  // Draining: wait for the last replies (until REPLY_TIMEOUT_MS without any), then a little longer to catch duplicates.
  let quietSince = Date.now();
  let seen = latencies.length;
  while (latencies.length < count && Date.now() - quietSince < REPLY_TIMEOUT_MS && Date.now() < DEADLINE) {
    collect();
    if (latencies.length !== seen) {
      seen = latencies.length;
      quietSince = Date.now();
    }
    await sleep(2);
  }
  await sleep(500);
  collect();

  return {
    sent: next,
    replied: replies.filter((n) => n > 0).length,
    lost: replies.filter((n) => n === 0).length,
    duplicated: replies.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    httpErrors,
    unknownReplies,
    seconds: ((lastReplyAt || Date.now()) - startedAt) / 1000,
    botCpuMs: processCpuMs(bot.child.pid) - botCpuAtStart,
    driverCpuMs: ownCpuMs() - driverCpuAtStart,
    latencies,
  };
}

async function settle(): Promise<void> {
  checkTime();
  await sleep(SETTLE_MS);
}

interface Measured {
  label: string;
  run: Run;
  startMb: number;
  beforeMb: number;
  afterMb: number;
  errorLines: number;
  warnLines: number;
  rateLimited: number;
}

const mb = (bytes: number) => bytes / 2 ** 20;

/**
 * Both bots run side by side and take turns, ROUNDS bursts each, so that whatever else the
 * machine is doing weighs on both alike.
 */
async function measureBots(standIn: SlackStandIn, entries: { label: string; entry: string }[]): Promise<Measured[]> {
  const bots: { label: string; bot: BotProcess; startMb: number; beforeMb: number; run: Run }[] = [];
  try {
    for (const { label, entry } of entries) {
      const bot = await startBotProcess(entry, standIn);
      bots.push({ label, bot, startMb: mb(await bot.heap()), beforeMb: 0, run: EMPTY_RUN });
    }
    for (const b of bots) await fire(b.bot, standIn, WARMUP);
    await settle();
    for (const b of bots) b.beforeMb = mb(await b.bot.heap());
    for (let round = 0; round < ROUNDS; round += 1) {
      const count = Math.floor(EVENTS / ROUNDS) + (round < EVENTS % ROUNDS ? 1 : 0);
      const rates: string[] = [];
      for (const b of round % 2 === 0 ? bots : [...bots].reverse()) {
        const burst = await fire(b.bot, standIn, count);
        b.run = addRuns(b.run, burst);
        rates.push(`${b.label} ${throughput(burst).toFixed(0)}/s`);
      }
      console.log(`round ${round + 1}/${ROUNDS} done at ${((Date.now() - STARTED) / 1000).toFixed(1)} s: ${rates.join(', ')}`);
    }
    await settle();
    const measured: Measured[] = [];
    for (const b of bots) {
      measured.push({
        label: b.label,
        run: b.run,
        startMb: b.startMb,
        beforeMb: b.beforeMb,
        afterMb: mb(await b.bot.heap()),
        errorLines: b.bot.errorLines,
        warnLines: b.bot.warnLines,
        rateLimited: b.bot.rateLimited,
      });
    }
    return measured;
  } finally {
    for (const b of bots) await b.bot.stop();
  }
}

function percentiles(latencies: readonly number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] ?? Number.NaN };
}

const throughput = (run: Run): number => run.latencies.length / run.seconds;

function report(results: Measured[]): boolean {
  const rows = [
    ['', ...results.map((r) => r.label)],
    ['events sent', ...results.map((r) => String(r.run.sent))],
    ['replies (events answered)', ...results.map((r) => String(r.run.replied))],
    ['lost (no reply)', ...results.map((r) => String(r.run.lost))],
    ['duplicated (extra replies)', ...results.map((r) => String(r.run.duplicated))],
    ['HTTP errors (non-200, network)', ...results.map((r) => String(r.run.httpErrors))],
    ['replies to unknown events', ...results.map((r) => String(r.run.unknownReplies))],
    ['error / warn log lines', ...results.map((r) => `${r.errorLines} / ${r.warnLines}`)],
    ['rate-limited questions', ...results.map((r) => String(r.rateLimited))],
    ['duration s (first send → last reply)', ...results.map((r) => r.run.seconds.toFixed(2))],
    ['CPU ms per event: bot / driver+stand-in', ...results.map((r) => `${(r.run.botCpuMs / r.run.sent).toFixed(2)} / ${(r.run.driverCpuMs / r.run.sent).toFixed(2)}`)],
    ['throughput replies/s', ...results.map((r) => throughput(r.run).toFixed(0))],
    ['latency p50 / p95 / p99 / max ms', ...results.map((r) => Object.values(percentiles(r.run.latencies)).join(' / '))],
    ['heap MB at start (after GC)', ...results.map((r) => r.startMb.toFixed(1))],
    [`heap MB before run (after warm-up, ${SETTLE_MS / 1000} s idle, GC)`, ...results.map((r) => r.beforeMb.toFixed(1))],
    [`heap MB after run (${SETTLE_MS / 1000} s idle, GC)`, ...results.map((r) => r.afterMb.toFixed(1))],
    ['heap growth', ...results.map((r) => `${(100 * (r.afterMb / r.beforeMb - 1)).toFixed(1)} %`)],
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  console.log(rows.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('   ')).join('\n'));

  const ours = results.find((r) => r.label === 'ours');
  const bare = results.find((r) => r.label.startsWith('bare Bolt'));
  if (!ours || !bare) return false;
  const ratio = throughput(ours.run) / throughput(bare.run);
  const growth = ours.afterMb / ours.beforeMb - 1;
  const checks: [string, boolean][] = [
    [`zero lost replies over ${EVENTS} events (ours: ${ours.run.lost})`, ours.run.lost === 0],
    [`zero duplicated replies (ours: ${ours.run.duplicated})`, ours.run.duplicated === 0],
    [`throughput ≥ ${TARGETS.throughputRatio * 100} % of bare Bolt's (ours/bare = ${(100 * ratio).toFixed(1)} %)`, ratio >= TARGETS.throughputRatio],
    [`heap after within ${TARGETS.heapGrowth * 100} % of before (ours: ${(100 * growth).toFixed(1)} %)`, Math.abs(growth) <= TARGETS.heapGrowth],
  ];
  console.log('\nTargets (issue 4)');
  for (const [what, ok] of checks) console.log(`  ${ok ? '✓' : '✗'} ${what}`);
  return checks.every(([, ok]) => ok);
}

async function main(): Promise<void> {
  console.log(
    `Load test: ${EVENTS} signed app_mention events per bot (after ${WARMUP} warm-up), in ${ROUNDS} alternating rounds, at most ${CONCURRENCY} unanswered at a time, from ${USERS} users; loopback only.`,
  );
  console.log(`Latency: from request sent to chat.postMessage received by the stand-in (1 ms resolution). Questions: the ${QUESTIONS.length} dev questions in turn.\n`);
  const standIn = await startSlackStandIn();
  const results: Measured[] = [];
  try {
    results.push(
      ...(await measureBots(standIn, [
        { label: flags['bare-reply'] === 'rendered' ? 'bare Bolt (our reply)' : 'bare Bolt', entry: 'bench/bare-bolt.ts' },
        { label: 'ours', entry: 'src/main.ts' },
      ])),
    );
  } catch (error) {
    if (!(error instanceof OutOfTime)) throw error;
    console.log(`${error.message}; results so far:`);
  } finally {
    await standIn.close();
  }
  const ok = report(results);
  console.log(`\nTotal ${((Date.now() - STARTED) / 1000).toFixed(1)} s`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
