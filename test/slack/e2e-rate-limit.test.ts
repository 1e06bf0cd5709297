/**
 * The per-user limit end to end: past it one short French notice (seen only by the asker),
 * then silence; other users are unaffected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_SECRET, startBot, type Harness } from '../support/bot-harness.ts';
import { appMentionEvent, eventCallback } from '../support/slack-payloads.ts';
import { postSigned } from '../support/slack-signing.ts';

let h: Harness;
beforeAll(async () => {
  h = await startBot({ mode: 'http', rateLimitPerMinute: 2 });
});
afterAll(async () => {
  await h?.stop();
});

async function mention(user: string, channel: string): Promise<void> {
  const body = { json: eventCallback(appMentionEvent({ text: '<@UBOT> Combien de patients dans MARIPOSA ?', user, channel })) };
  await postSigned(`${h.baseUrl}/slack/events`, body, { signingSecret: SIGNING_SECRET });
}

describe('per-user rate limit', () => {
  it('answers up to the limit, warns once privately, then stays silent, while another user is still answered', async () => {
    for (const channel of ['C0Q1', 'C0Q2', 'C0Q3', 'C0Q4']) {
      await mention('U0EAGER', channel);
    }
    await mention('U0CALM', 'C0OTHER');
    await h.standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0OTHER');
    await h.standIn.waitForCall((c) => c.method === 'chat.postEphemeral');

    const answered = h.standIn.delivered('chat.postMessage').map((c) => c.args.channel);
    expect(answered.sort()).toEqual(['C0OTHER', 'C0Q1', 'C0Q2']);
    const notices = h.standIn.delivered('chat.postEphemeral');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.args).toMatchObject({ user: 'U0EAGER', channel: 'C0Q3' });
    expect(notices[0]?.args.text).toBe('Vous posez beaucoup de questions en peu de temps. Merci de patienter une minute.');
    expect(h.logs.filter((l) => l.msg === 'question' && l.reason === 'rate_limited')).toHaveLength(2);
  });
});
