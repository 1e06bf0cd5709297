/**
 * Each reply exactly once, against the real app on the embedded store and the Slack stand-in,
 * in the situations where the bot used to answer twice: a restart between the reply and Slack's
 * retry (HTTP and Socket Mode), one message under two event ids, a slow chat.postMessage, and a
 * replayed "Publier dans le canal".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoreConfig } from '../../src/config.ts';
import { ACTION_IDS } from '../../src/render/slack-actions.ts';
import { DEFAULT_WEB_API_POLICY } from '../../src/slack/web-api-policy.ts';
import { SIGNING_SECRET, startBot, type Harness, type HarnessOptions } from '../support/bot-harness.ts';
import { deliver, repliesIn, sleep, waitForLog } from '../support/exactly-once.ts';
import { appMentionEvent, blockAction, directMessageEvent, eventCallback, slashCommand } from '../support/slack-payloads.ts';
import { postSigned } from '../support/slack-signing.ts';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.ts';

let dir: string;
let store: StoreConfig;
let standIn: SlackStandIn;
const bots: Harness[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'exactly-once-'));
  store = { kind: 'embedded', dataDir: join(dir, 'data') };
  standIn = await startSlackStandIn();
});
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.stop();
  await standIn.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The real app on this test's store and stand-in; a second call is the same bot restarted. */
async function start(options: Partial<HarnessOptions> = {}): Promise<Harness> {
  const bot = await startBot({ mode: 'http', standIn, store, ...options });
  bots.push(bot);
  return bot;
}

async function stop(bot: Harness): Promise<void> {
  bots.splice(bots.indexOf(bot), 1);
  await bot.stop();
}

const QUESTION = "<@UBOT> Combien de patients dans l'essai MARIPOSA ?";

describe('a retry after a restart', () => {
  it('is dropped in HTTP mode: the restarted bot finds the first delivery in the store', async () => {
    const body = eventCallback(appMentionEvent({ text: QUESTION, channel: 'C0RESTART' }));
    const first = await start();
    await deliver(first, body);
    await standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0RESTART');
    await stop(first);

    const second = await start();
    expect(await deliver(second, body, 1)).toBe(200);
    await waitForLog(second, 'duplicate event dropped');
    await sleep(200);
    expect(repliesIn(standIn, 'C0RESTART')).toHaveLength(1);
  });

  it('is dropped in Socket Mode: the same envelope, sent again to the restarted bot', async () => {
    const payload = eventCallback(appMentionEvent({ text: QUESTION, channel: 'C0SOCKRESTART' }));
    const first = await start({ mode: 'socket' });
    await standIn.sendEnvelope('events_api', payload);
    await standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0SOCKRESTART');
    await stop(first);

    const second = await start({ mode: 'socket' });
    await standIn.sendEnvelope('events_api', payload, { retryAttempt: 1, retryReason: 'timeout' });
    await waitForLog(second, 'duplicate event dropped');
    await sleep(200);
    expect(repliesIn(standIn, 'C0SOCKRESTART')).toHaveLength(1);
  });
});

describe('one message under two event ids', () => {
  it('is one question: a mention delivered twice with the same ts gets one reply', async () => {
    const bot = await start();
    const event = appMentionEvent({ text: QUESTION, channel: 'C0TWICE' });
    await Promise.all([deliver(bot, eventCallback(event, { eventId: 'EvTwiceA' })), deliver(bot, eventCallback(event, { eventId: 'EvTwiceB' }))]);
    await waitForLog(bot, 'duplicate event dropped');
    await standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0TWICE');
    await sleep(200);
    expect(repliesIn(standIn, 'C0TWICE')).toHaveLength(1);
  });

  it('is one question in a direct message too', async () => {
    const bot = await start();
    const event = directMessageEvent({ text: 'Combien de patients dans MARIPOSA ?', channel: 'D0TWICE' });
    await deliver(bot, eventCallback(event));
    await deliver(bot, eventCallback(event));
    await waitForLog(bot, 'duplicate event dropped');
    await sleep(200);
    expect(repliesIn(standIn, 'D0TWICE')).toHaveLength(1);
  });

  it('still answers two messages that only share a ts in different channels', async () => {
    const bot = await start();
    const ts = '1726300000.777777';
    await deliver(bot, eventCallback(appMentionEvent({ text: QUESTION, channel: 'C0SAMETS1', ts })));
    await deliver(bot, eventCallback(appMentionEvent({ text: QUESTION, channel: 'C0SAMETS2', ts })));
    await standIn.waitForDelivered('chat.postMessage', 2);
    expect(bot.logs.some((l) => l.msg === 'duplicate event dropped')).toBe(false);
  });
});

describe('a slow chat.postMessage', () => {
  it('is sent once: the client gives up waiting but does not resend, and the late success is the only reply', async () => {
    // The production retry policy, with its timeout scaled down: 10 s against a 15 s answer in the field.
    const bot = await start({ webApi: { retryConfig: DEFAULT_WEB_API_POLICY.retryConfig, timeoutMs: 1_000 } });
    standIn.failNext('chat.postMessage', { kind: 'delay', ms: 1_500 });
    await deliver(bot, eventCallback(appMentionEvent({ text: QUESTION, channel: 'C0SLOWPOST' })));
    await waitForLog(bot, 'reply may have reached Slack: not sent again');
    await standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0SLOWPOST');
    await sleep(1_000);
    expect(standIn.attempts('chat.postMessage')).toHaveLength(1);
    expect(repliesIn(standIn, 'C0SLOWPOST')).toHaveLength(1);
  });
});

describe('"Publier dans le canal"', () => {
  async function privateAnswer(bot: Harness): Promise<{ action_id: string; value: string }> {
    const res = await postSigned(
      `${bot.baseUrl}/slack/events`,
      { form: slashCommand({ text: 'Quel est le taux d’anomalies de MET avec l’association ?', responseUrl: standIn.responseUrl('cmd') }) },
      { signingSecret: SIGNING_SECRET },
    );
    const reply = (await res.json()) as { blocks: { type: string; elements?: { action_id: string; value: string }[] }[] };
    const publish = reply.blocks.find((b) => b.type === 'actions')?.elements?.find((e) => e.action_id === ACTION_IDS.publish);
    if (!publish) throw new Error('no publish button in the private answer');
    return publish;
  }

  const published = () => standIn.responses.filter((r) => r.body.response_type === 'in_channel');
  const alreadyPublished = () => standIn.responses.filter((r) => r.body.text === 'Déjà publiée : cette réponse a été publiée dans le canal.');

  it('publishes once when one click is delivered three times, and says "Déjà publiée" privately to the others', async () => {
    const bot = await start();
    const button = await privateAnswer(bot);
    const click = blockAction({ actionId: button.action_id, value: button.value, responseUrl: standIn.responseUrl('click') });
    const statuses = await Promise.all([1, 2, 3].map(async () => (await postSigned(`${bot.baseUrl}/slack/events`, { interactive: click }, { signingSecret: SIGNING_SECRET })).status));
    expect(statuses).toEqual([200, 200, 200]);
    await standIn.waitForResponses(4);
    await sleep(200);
    expect(published()).toHaveLength(1);
    expect(alreadyPublished()).toHaveLength(2);
    expect(alreadyPublished().every((r) => r.body.response_type === 'ephemeral' && r.body.replace_original === false)).toBe(true);
  });

  it('publishes once across a restart: a double click whose second half reaches the restarted bot', async () => {
    const first = await start();
    const button = await privateAnswer(first);
    const click = () => blockAction({ actionId: button.action_id, value: button.value, responseUrl: standIn.responseUrl('click') });
    await postSigned(`${first.baseUrl}/slack/events`, { interactive: click() }, { signingSecret: SIGNING_SECRET });
    await standIn.waitForResponses(2);
    await stop(first);
    const second = await start();
    await postSigned(`${second.baseUrl}/slack/events`, { interactive: click() }, { signingSecret: SIGNING_SECRET });
    await standIn.waitForResponses(3);
    expect(published()).toHaveLength(1);
    expect(alreadyPublished()).toHaveLength(1);
  });
});
