/**
 * `npm run load [-- --events 20000 --concurrency 50 --retries 2000 --max-seconds 600]`: a
 * loopback load test of the Slack app with each store, in one run.
 *
 * Starts the local Slack stand-in (test/support) on 127.0.0.1 and three bot processes in HTTP
 * mode pointed at it: a bare Bolt app that posts a fixed reply (bench/bare-bolt.ts), and ours
 * (src/main.ts, real knowledge, real settings path) twice: on the embedded store (a fresh
 * DATA_DIR) and on Postgres (a fresh schema of `--database-url`, by default TEST_DATABASE_URL
 * or the machine's postgres://127.0.0.1:5432/test, dropped at the end). Each gets a warm-up,
 * then N signed app_mention events in rounds taken in turn, at most `concurrency` unanswered
 * at a time, each from its own user; then the two store bots get Slack's retries of `retries`
 * events they already answered, which must not be answered again. Prints throughput, latency
 * from request sent to chat.postMessage received, errors, lost and duplicated replies, and each
 * bot's heap after GC before and after, read once the bots have been idle longer than a Web API
 * call may last (see `SETTLE_MS`); then each store bot's throughput as a ratio of bare Bolt's,
 * against the targets of issue 11. Bounded in count and time: it stops by itself, and exits 1
 * when a target is missed. `--cpu-prof-dir DIR` profiles the bots; `--bare-reply rendered` makes
 * the bare app post a reply as large as ours.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { withUserName } from '../src/store/postgres.ts';
import { DEFAULT_WEB_API_POLICY } from '../src/slack/web-api-policy.ts';
import { startSlackStandIn, type SlackStandIn } from '../test/support/slack-stand-in.ts';
import { startBotProcess, type BotProcess, type BotSpec } from './load/bot-process.ts';
import { addRuns, EMPTY_RUN, fire, fireRetries, OutOfTime, QUESTION_COUNT, type FireOptions, type RetryRun, type Run } from './load/fire.ts';
import { report, throughput, type Measured } from './load/report.ts';
import { recordConsole, writeMarkdownSection } from './markdown-section.ts';

const { values: flags } = parseArgs({
  options: {
    events: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '50' },
    /** Events each bot gets before the "before" heap reading, so that V8 has compiled and optimised the hot code by then. */
    warmup: { type: 'string', default: '2500' },
    retries: { type: 'string', default: '2000' },
    'max-seconds': { type: 'string', default: '600' },
    /** Users the events come from, one after the other; as many as events by default, so the rate limit never fires. */
    users: { type: 'string', default: '1000000' },
    /** Turns each bot takes: short, so that a burst of load from elsewhere on the machine falls on every bot alike. */
    rounds: { type: 'string', default: '10' },
    'bare-reply': { type: 'string', default: 'text' },
    'cpu-prof-dir': { type: 'string' },
    'database-url': { type: 'string', default: process.env.TEST_DATABASE_URL || 'postgres://127.0.0.1:5432/test' },
    /** Writes the whole output, with the command and the date, as a section of this Markdown file. */
    markdown: { type: 'string' },
  },
});
const printed = flags.markdown ? recordConsole() : null;

function positiveInt(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max} (got ${value})`);
  return n;
}

const EVENTS = positiveInt('events', flags.events, 200_000);
const WARMUP = positiveInt('warmup', flags.warmup, 10_000);
const ROUNDS = positiveInt('rounds', flags.rounds, 100);
const RETRIES = Math.min(positiveInt('retries', flags.retries, 200_000), EVENTS);
const STARTED = Date.now();
const FIRE: FireOptions = {
  concurrency: positiveInt('concurrency', flags.concurrency, 1000),
  users: positiveInt('users', flags.users, 10_000_000),
  deadline: STARTED + positiveInt('max-seconds', flags['max-seconds'], 3600) * 1000,
};
/**
 * Idle time before each heap reading. Every Web API call keeps a timeout timer (and what hangs
 * on it) for as long as a call may last, even once answered: read straight after a burst, the
 * heap says how recently the bot was busy, not what it keeps.
 */
const SETTLE_MS = DEFAULT_WEB_API_POLICY.timeoutMs + 1_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let nextSeq = 0;
/** A block of fresh event sequence numbers. */
function takeSeqs(count: number): number {
  const first = nextSeq;
  nextSeq += count;
  return first;
}

interface Running {
  spec: BotSpec;
  bot: BotProcess;
  startMb: number;
  beforeMb: number;
  run: Run;
  retries: RetryRun | undefined;
  /** The sequence numbers of the events this bot answered in the rounds. */
  answered: number[];
}

const mb = (bytes: number) => bytes / 2 ** 20;

async function settle(): Promise<void> {
  if (Date.now() + SETTLE_MS > FIRE.deadline) throw new OutOfTime('stopped: --max-seconds reached');
  await sleep(SETTLE_MS);
}

/** Every bot runs side by side, taking turns each round, in an order reversed every round. */
async function measureBots(standIn: SlackStandIn, specs: BotSpec[]): Promise<Measured[]> {
  const bots: Running[] = [];
  try {
    for (const spec of specs) {
      const bot = await startBotProcess(spec, standIn, flags['cpu-prof-dir']);
      bots.push({ spec, bot, startMb: mb(await bot.heap()), beforeMb: 0, run: EMPTY_RUN, retries: undefined, answered: [] });
    }
    for (const b of bots) await fire(b.bot, standIn, takeSeqs(WARMUP), WARMUP, FIRE);
    await settle();
    for (const b of bots) b.beforeMb = mb(await b.bot.heap());
    for (let round = 0; round < ROUNDS; round += 1) {
      const count = Math.floor(EVENTS / ROUNDS) + (round < EVENTS % ROUNDS ? 1 : 0);
      const rates: string[] = [];
      for (const b of round % 2 === 0 ? bots : [...bots].reverse()) {
        const first = takeSeqs(count);
        const burst = await fire(b.bot, standIn, first, count, FIRE);
        b.run = addRuns(b.run, burst);
        for (let i = 0; i < count; i += 1) b.answered.push(first + i);
        rates.push(`${b.spec.label} ${throughput(burst).toFixed(0)}/s`);
      }
      console.log(`round ${round + 1}/${ROUNDS} done at ${((Date.now() - STARTED) / 1000).toFixed(1)} s: ${rates.join(', ')}`);
    }
    for (const b of bots.filter((x) => x.spec.dedupes)) {
      // Spread over the whole run: retries of old and recent events alike.
      const step = b.answered.length / RETRIES;
      const seqs = Array.from({ length: RETRIES }, (_, i) => b.answered[Math.floor(i * step)] ?? 0);
      b.retries = await fireRetries(b.bot, standIn, seqs, FIRE);
      console.log(`${b.spec.label}: ${b.retries.sent} retries sent, ${b.retries.replies} answered again`);
    }
    await settle();
    const measured: Measured[] = [];
    for (const b of bots) {
      const { errorLines, warnLines, rateLimited } = b.bot;
      measured.push({ label: b.spec.label, run: b.run, retries: b.retries, startMb: b.startMb, beforeMb: b.beforeMb, afterMb: mb(await b.bot.heap()), errorLines, warnLines, rateLimited });
    }
    return measured;
  } finally {
    for (const b of bots) await b.bot.stop();
  }
}

/** A fresh schema for the Postgres bot, and the function that drops it. */
async function postgresSchema(url: string): Promise<{ databaseUrl: string; drop: () => Promise<void> }> {
  const schema = `load_${randomBytes(4).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: withUserName(url), connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE SCHEMA ${schema}`);
  const databaseUrl = new URL(url);
  databaseUrl.searchParams.set('options', `-c search_path=${schema}`);
  return { databaseUrl: databaseUrl.toString(), drop: () => run(`DROP SCHEMA ${schema} CASCADE`) };
}

async function main(): Promise<void> {
  console.log(
    `Load test: ${EVENTS} signed app_mention events per bot (after ${WARMUP} warm-up), in ${ROUNDS} alternating rounds, at most ${FIRE.concurrency} unanswered at a time, each event from its own user (of ${FIRE.users}); then ${RETRIES} of Slack's retries of answered events to each store bot; loopback only.`,
  );
  console.log(`Latency: from request sent to chat.postMessage received by the stand-in (1 ms resolution). Questions: the ${QUESTION_COUNT} dev questions in turn.\n`);
  const dataDir = mkdtempSync(join(tmpdir(), 'load-data-'));
  const postgres = await postgresSchema(flags['database-url']);
  const standIn = await startSlackStandIn();
  const results: Measured[] = [];
  try {
    results.push(
      ...(await measureBots(standIn, [
        { label: 'bare Bolt', entry: 'bench/bare-bolt.ts', env: { BARE_REPLY: flags['bare-reply'] }, dedupes: false },
        { label: 'embedded', entry: 'src/main.ts', env: { DATA_DIR: join(dataDir, 'embedded') }, dedupes: true },
        { label: 'Postgres', entry: 'src/main.ts', env: { DATA_DIR: join(dataDir, 'unused'), DATABASE_URL: postgres.databaseUrl }, dedupes: true },
      ])),
    );
  } catch (error) {
    if (!(error instanceof OutOfTime)) throw error;
    console.log(`${error.message}; results so far:`);
  } finally {
    await standIn.close();
    await postgres.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const ok = report(results, SETTLE_MS / 1000, EVENTS);
  console.log(`\nTotal ${((Date.now() - STARTED) / 1000).toFixed(1)} s`);
  if (flags.markdown && printed) {
    const command = `npm run load -- ${process.argv.slice(2).join(' ')}`.trim();
    writeMarkdownSection(flags.markdown, 'bench:load', command, `## The Slack app under load\n\n\`\`\`\n${printed()}\n\`\`\``);
  }
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
