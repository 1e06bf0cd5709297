/**
 * HTTP mode end to end: signed requests into the real Bolt HTTP receiver, replies observed at
 * the local Slack stand-in, with the real release as knowledge.
 */
import { describe, expect, it } from 'vitest';
import { SIGNING_SECRET, useHttpBot } from '../support/bot-harness.ts';
import { appHomeOpenedEvent, appMentionEvent, BOT_USER_ID, directMessageEvent, eventCallback, urlVerification } from '../support/slack-payloads.ts';
import { postSigned } from '../support/slack-signing.ts';

const MARIPOSA = "<@UBOT> Combien de patients dans l'essai MARIPOSA ?";

const bot = useHttpBot();

/** Posts an event callback signed like Slack. */
async function mention(event: object, eventId?: string): Promise<Response> {
  return postSigned(bot.eventsUrl, { json: eventCallback(event, eventId ? { eventId } : {}) }, { signingSecret: SIGNING_SECRET });
}

function texts(call: { args: Record<string, unknown> }): string {
  return JSON.stringify([call.args.text, call.args.blocks]);
}

describe('HTTP mode', () => {
  it('answers a signed app_mention with one chat.postMessage in the thread of the question', async () => {
    const before = bot.harness.standIn.delivered('chat.postMessage').length;
    const event = appMentionEvent({ text: MARIPOSA, channel: 'C0PRESS', ts: '1726300100.000100' });
    const res = await mention(event);
    expect(res.status).toBe(200);
    const calls = await bot.harness.standIn.waitForDelivered('chat.postMessage', before + 1);
    const reply = calls[before];
    expect(reply?.args).toMatchObject({ channel: 'C0PRESS', thread_ts: '1726300100.000100', unfurl_links: 'false' });
    expect(String(reply?.args.text)).toContain('plus de 1 000 patients');
    expect(JSON.stringify(reply?.args.blocks)).toContain('*plus de 1 000 patients*');
  });

  it('replies inside the existing thread when the mention was made in a thread', async () => {
    const before = bot.harness.standIn.delivered('chat.postMessage').length;
    await mention(appMentionEvent({ text: MARIPOSA, ts: '1726300200.000200', threadTs: '1726300150.000150' }));
    const calls = await bot.harness.standIn.waitForDelivered('chat.postMessage', before + 1);
    expect(calls[before]?.args.thread_ts).toBe('1726300150.000150');
  });

  it('answers a direct message in the conversation', async () => {
    const before = bot.harness.standIn.delivered('chat.postMessage').length;
    await mention(directMessageEvent({ text: 'Quel est le taux d’anomalies de MET avec l’association ?', channel: 'D0DM' }));
    const calls = await bot.harness.standIn.waitForDelivered('chat.postMessage', before + 1);
    expect(calls[before]?.args.channel).toBe('D0DM');
    expect(calls[before]?.args.thread_ts).toBeUndefined();
    expect(texts(calls[before]!)).toContain('4,4 %');
  });

  it('refuses a request with a bad signature', async () => {
    const res = await postSigned(
      bot.eventsUrl,
      { json: eventCallback(appMentionEvent({ text: MARIPOSA })) },
      { signingSecret: SIGNING_SECRET, signature: 'v0=0000000000000000000000000000000000000000000000000000000000000000' },
    );
    expect(res.status).toBe(401);
  });

  it('refuses a request whose timestamp is more than five minutes old', async () => {
    const res = await postSigned(
      bot.eventsUrl,
      { json: eventCallback(appMentionEvent({ text: MARIPOSA })) },
      { signingSecret: SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 },
    );
    expect(res.status).toBe(401);
  });

  it('posts nothing more for a retried delivery of the same event_id', async () => {
    const body = { json: eventCallback(appMentionEvent({ text: MARIPOSA, channel: 'C0RETRY' }), { eventId: 'EvRETRY0001' }) };
    await postSigned(bot.eventsUrl, body, { signingSecret: SIGNING_SECRET });
    await bot.harness.standIn.waitForCall((c) => c.args.channel === 'C0RETRY');
    const retry = await postSigned(bot.eventsUrl, body, { signingSecret: SIGNING_SECRET, retryNum: 1, retryReason: 'http_timeout' });
    expect(retry.status).toBe(200);
    // A later, distinct event is answered: by then the retry has had its chance to post.
    await mention(appMentionEvent({ text: MARIPOSA, channel: 'C0AFTER' }));
    await bot.harness.standIn.waitForCall((c) => c.args.channel === 'C0AFTER');
    expect(bot.harness.standIn.delivered('chat.postMessage').filter((c) => c.args.channel === 'C0RETRY')).toHaveLength(1);
  });

  it('answers the url_verification challenge', async () => {
    const res = await postSigned(bot.eventsUrl, { json: urlVerification('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P') }, { signingSecret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });

  it('publishes the App Home with the release title and the example questions', async () => {
    await mention(appHomeOpenedEvent('U0HOME'));
    const [view] = await bot.harness.standIn.waitForDelivered('views.publish');
    expect(view?.args.user_id).toBe('U0HOME');
    const home = JSON.stringify(view?.args.view);
    expect(home).toContain('Cancer du poumon métastatique');
    expect(home).toContain('Combien de patients dans l’essai MARIPOSA ?');
  });

  it('ignores messages from bots, its own included, and edited messages', async () => {
    const before = bot.harness.standIn.calls.length;
    await mention({ ...directMessageEvent({ text: MARIPOSA, user: BOT_USER_ID }), subtype: 'bot_message', bot_id: bot.harness.standIn.identity.botId });
    await mention({ ...appMentionEvent({ text: `<@${BOT_USER_ID}> ${MARIPOSA}`, user: BOT_USER_ID }), bot_id: bot.harness.standIn.identity.botId });
    await mention({ ...directMessageEvent({ text: MARIPOSA }), bot_id: 'BOTHER' });
    await mention({ ...directMessageEvent({ text: MARIPOSA }), subtype: 'message_changed' });
    await mention({ ...appMentionEvent({ text: MARIPOSA }), bot_id: 'BOTHER' });
    // A real question afterwards is answered, and it is the only new call.
    await mention(directMessageEvent({ text: MARIPOSA, channel: 'D0LAST' }));
    await bot.harness.standIn.waitForCall((c) => c.args.channel === 'D0LAST');
    expect(bot.harness.standIn.calls.slice(before).map((c) => c.args.channel)).toEqual(['D0LAST']);
  });

  it('writes one JSON log line per question without any token', async () => {
    const lines = bot.harness.logs.filter((l) => l.msg === 'question' && l.surface === 'mention');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatchObject({ level: 'info', channelType: 'channel', answered: true, reason: 'answer', releaseId: 'gustave-roussy-esmo-2024-mariposa' });
    expect(typeof lines[0]?.ms).toBe('number');
    expect(JSON.stringify(bot.harness.logs)).not.toMatch(/xox[bp]-|xapp-|e2e-signing-secret/);
  });

  it('answers GET /healthz with 200 once the knowledge is loaded', async () => {
    const res = await fetch(`${bot.harness.baseUrl}/healthz`);
    expect(res.status).toBe(200);
  });
});
