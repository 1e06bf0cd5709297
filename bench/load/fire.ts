/**
 * Sends load to one bot: bursts of signed app_mention events, each matched to its reply by
 * `thread_ts`, and Slack's retries of events already answered, which must get no reply.
 * Every event has its own sequence number, which makes its ids, its ts and (unless a run asks
 * for fewer) its user: the per-user rate limit is not what is measured.
 */
import { loadQuestionSet } from '../../src/evaluation/question-set.ts';
import { SIGNING_SECRET } from '../../test/support/bot-harness.ts';
import { appMentionEvent, BOT_USER_ID, eventCallback } from '../../test/support/slack-payloads.ts';
import { signedHeaders } from '../../test/support/slack-signing.ts';
import type { SlackStandIn } from '../../test/support/slack-stand-in.ts';
import { processCpuMs, type BotProcess } from './bot-process.ts';

const QUESTIONS = loadQuestionSet('test/fixtures/questions.dev.jsonl').map((q) => q.question);
export const QUESTION_COUNT = QUESTIONS.length;
const REPLY_TIMEOUT_MS = 15_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface FireOptions {
  concurrency: number;
  users: number;
  deadline: number;
}

/** What one burst of events gave; bursts of one bot add up. */
export interface Run {
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

export const EMPTY_RUN: Run = { sent: 0, replied: 0, lost: 0, duplicated: 0, httpErrors: 0, unknownReplies: 0, seconds: 0, botCpuMs: 0, driverCpuMs: 0, latencies: [] };

export function addRuns(a: Run, b: Run): Run {
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

export class OutOfTime extends Error {}

function tsOf(seq: number): string {
  return `${1726300000 + Math.floor(seq / 1_000_000)}.${String(seq % 1_000_000).padStart(6, '0')}`;
}

/** The event with sequence number `seq`, the same bytes every time (so a retry is the same delivery). */
function eventBody(seq: number, users: number): string {
  const question = QUESTIONS[seq % QUESTIONS.length] ?? 'Combien de patients ?';
  const user = `U${String(seq % users).padStart(8, '0')}`;
  return JSON.stringify(eventCallback(appMentionEvent({ text: `<@${BOT_USER_ID}> ${question}`, user, channel: 'C0LOAD', ts: tsOf(seq) }), { eventId: `EvLoad${seq}` }));
}

function post(url: string, body: string, retryNum: number | undefined, onError: () => void): Promise<void> {
  const headers = signedHeaders(body, 'application/json', { signingSecret: SIGNING_SECRET, ...(retryNum ? { retryNum, retryReason: 'http_timeout' } : {}) });
  return fetch(url, { method: 'POST', headers, body })
    .then(async (res) => {
      await res.arrayBuffer();
      if (res.status !== 200) onError();
    })
    .catch(onError);
}

const ownCpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Fires the events `firstSeq … firstSeq + count - 1` at the bot, at most `concurrency`
 * unanswered at once. An event unanswered after REPLY_TIMEOUT_MS stops holding a slot; it
 * counts as lost unless its reply comes before the end of the burst.
 */
export async function fire(bot: BotProcess, standIn: SlackStandIn, firstSeq: number, count: number, options: FireOptions): Promise<Run> {
  const url = `http://127.0.0.1:${bot.port}/slack/events`;
  const sentAt = new Array<number>(count).fill(0);
  const replies = new Array<number>(count).fill(0);
  /** Unanswered events holding a slot, oldest first: index → sent at. */
  const waiting = new Map<number, number>();
  const latencies: number[] = [];
  // Only this burst's calls matter; kept over the whole run, they would grow this process's heap
  // by hundreds of megabytes, whose collection then takes CPU from the bots it measures.
  standIn.reset();
  let cursor = 0;
  let httpErrors = 0;
  let unknownReplies = 0;
  let lastReplyAt = 0;
  let next = 0;
  const startedAt = Date.now();
  const botCpuAtStart = processCpuMs(bot.child.pid);
  const driverCpuAtStart = ownCpuMs();
  const byTs = new Map<string, number>();
  for (let i = 0; i < count; i += 1) byTs.set(tsOf(firstSeq + i), i);

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

  while (next < count) {
    if (Date.now() > options.deadline) throw new OutOfTime('stopped: --max-seconds reached');
    collect();
    for (let room = options.concurrency - waiting.size; room > 0 && next < count; room -= 1) {
      const now = Date.now();
      sentAt[next] = now;
      waiting.set(next, now);
      void post(url, eventBody(firstSeq + next, options.users), undefined, () => (httpErrors += 1));
      next += 1;
    }
    await sleep(1);
  }
  // Draining: wait for the last replies (until REPLY_TIMEOUT_MS without any), then a little longer to catch duplicates.
  let quietSince = Date.now();
  let seen = latencies.length;
  while (latencies.length < count && Date.now() - quietSince < REPLY_TIMEOUT_MS && Date.now() < options.deadline) {
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

export interface RetryRun {
  sent: number;
  /** Replies to a retry: each one is a duplicate. */
  replies: number;
  httpErrors: number;
}

/** Sends Slack's retry (`X-Slack-Retry-Num: 1`, same body) of events the bot already answered; none may be answered again. */
export async function fireRetries(bot: BotProcess, standIn: SlackStandIn, seqs: readonly number[], options: FireOptions): Promise<RetryRun> {
  const url = `http://127.0.0.1:${bot.port}/slack/events`;
  standIn.reset();
  let httpErrors = 0;
  const inFlight = new Set<Promise<void>>();
  for (const seq of seqs) {
    if (Date.now() > options.deadline) throw new OutOfTime('stopped: --max-seconds reached');
    const sent = post(url, eventBody(seq, options.users), 1, () => (httpErrors += 1)).finally(() => inFlight.delete(sent));
    inFlight.add(sent);
    if (inFlight.size >= options.concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  // Long enough for a reply that a retry wrongly set off to reach the stand-in.
  await sleep(3_000);
  const retried = new Set(seqs.map(tsOf));
  const replies = standIn.calls.filter((c) => c.method === 'chat.postMessage' && c.ok && retried.has(String(c.args.thread_ts))).length;
  return { sent: seqs.length, replies, httpErrors };
}
