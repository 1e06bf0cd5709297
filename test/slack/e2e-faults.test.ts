/**
 * Slack faults against the stand-in: rate limiting, server errors, timeouts, a Web API that
 * keeps failing, and listener errors. The bot must deliver once, retry a bounded number of
 * times, log, apologise, and keep answering.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/answerer.ts';
import { knowledgeAnswerer, SIGNING_SECRET, startBot, TEST_WEB_API_POLICY, type Harness } from '../support/bot-harness.ts';
import { appHomeOpenedEvent, appMentionEvent, eventCallback } from '../support/slack-payloads.ts';
import { postSigned } from '../support/slack-signing.ts';

const QUESTION = "<@UBOT> Combien de patients dans l'essai MARIPOSA ?";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

async function start(options: Parameters<typeof startBot>[0] = { mode: 'http' }): Promise<Harness> {
  h = await startBot(options);
  return h;
}

function mentionIn(harness: Harness, channel: string, text = QUESTION): Promise<Response> {
  return postSigned(`${harness.baseUrl}/slack/events`, { json: eventCallback(appMentionEvent({ text, channel })) }, { signingSecret: SIGNING_SECRET });
}

const postsTo = (harness: Harness, channel: string) => harness.standIn.attempts('chat.postMessage').filter((c) => c.args.channel === channel);

describe('Slack faults', () => {
  it('delivers the reply once, after the wait, when chat.postMessage answers 429 with Retry-After', async () => {
    const bot = await start();
    bot.standIn.failNext('chat.postMessage', { kind: 'rate_limited', retryAfterSeconds: 1 });
    await mentionIn(bot, 'C0LIMITED');
    await bot.standIn.waitForCall((c) => c.args.channel === 'C0LIMITED');
    const attempts = postsTo(bot, 'C0LIMITED');
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
    expect(String(attempts[1]?.args.text)).toContain('plus de 1 000 patients');
  });

  it('retries a 500 and delivers the reply', async () => {
    const bot = await start();
    bot.standIn.failNext('chat.postMessage', { kind: 'http_error', status: 500 });
    await mentionIn(bot, 'C0FLAKY');
    await bot.standIn.waitForCall((c) => c.args.channel === 'C0FLAKY');
    expect(postsTo(bot, 'C0FLAKY').map((c) => c.status)).toEqual([500, 200]);
  });

  it('never resends a chat.postMessage that timed out (Slack may have posted it), nor apologises under it', async () => {
    const bot = await start({ mode: 'http', webApi: { ...TEST_WEB_API_POLICY, timeoutMs: 300 } });
    bot.standIn.failNext('chat.postMessage', { kind: 'delay', ms: 1_500 });
    await mentionIn(bot, 'C0SLOW');
    await waitForLog(bot, 'reply may have reached Slack: not sent again');
    await bot.standIn.waitForCall((c) => c.args.channel === 'C0SLOW');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(postsTo(bot, 'C0SLOW')).toHaveLength(1);
    expect(bot.standIn.delivered('chat.postMessage')).toHaveLength(1);
  });

  it('gives up on a 500 after a bounded number of retries and logs the failure', async () => {
    const bot = await start();
    bot.standIn.failAlways('chat.postMessage', { kind: 'http_error', status: 500 });
    await mentionIn(bot, 'C0DOWN');
    await waitForLog(bot, 'apology failed');
    const retries = TEST_WEB_API_POLICY.retryConfig.retries ?? 0;
    // The reply, then the apology: each tried once plus its retries, and no more.
    expect(postsTo(bot, 'C0DOWN')).toHaveLength(2 * (retries + 1));
    expect(bot.logs.find((l) => l.msg === 'listener failed')).toMatchObject({ level: 'error', surface: 'mention', channel: 'C0DOWN' });
  });

  it('answers the next question once a Web API that kept failing recovers', async () => {
    const bot = await start();
    bot.standIn.failAlways('chat.postMessage', { kind: 'http_error', status: 503 });
    await mentionIn(bot, 'C0OUTAGE');
    await waitForLog(bot, 'apology failed');
    bot.standIn.clearFaults();
    await mentionIn(bot, 'C0RECOVERED');
    const reply = await bot.standIn.waitForCall((c) => c.args.channel === 'C0RECOVERED');
    expect(String(reply.args.text)).toContain('plus de 1 000 patients');
  });

  it('apologises in French when the listener throws, and answers the next question', async () => {
    const real = knowledgeAnswerer();
    const fragile: Answerer = {
      releases: real.releases,
      examples: real.examples,
      visibleTo: (context) => real.visibleTo(context),
      embargoRunning: (now) => real.embargoRunning(now),
      answerFrom: (releaseId, q) => real.answerFrom(releaseId, q),
      answer: (q) => {
        if (q.includes('BOUM')) throw new Error('engine failure');
        return real.answer(q);
      },
    };
    const bot = await start({ mode: 'http', answerer: fragile });
    await mentionIn(bot, 'C0BOOM', '<@UBOT> BOUM');
    const apology = await bot.standIn.waitForCall((c) => c.args.channel === 'C0BOOM');
    expect(apology.args.text).toBe('Désolé, une erreur s’est produite. Réessayez dans un instant.');
    await mentionIn(bot, 'C0AFTERBOOM');
    const reply = await bot.standIn.waitForCall((c) => c.args.channel === 'C0AFTERBOOM');
    expect(String(reply.args.text)).toContain('plus de 1 000 patients');
  });

  it('logs an error in a listener without a catch of its own through app.error, and keeps answering', async () => {
    const bot = await start();
    bot.standIn.failAlways('views.publish', { kind: 'slack_error', error: 'invalid_blocks' });
    await postSigned(`${bot.baseUrl}/slack/events`, { json: eventCallback(appHomeOpenedEvent()) }, { signingSecret: SIGNING_SECRET });
    await waitForLog(bot, 'unhandled listener error');
    await mentionIn(bot, 'C0STILL');
    await bot.standIn.waitForCall((c) => c.args.channel === 'C0STILL');
  });
});

async function waitForLog(harness: Harness, msg: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!harness.logs.some((l) => l.msg === msg)) {
    if (Date.now() > deadline) throw new Error(`no "${msg}" log line; saw ${harness.logs.map((l) => l.msg).join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
