/**
 * Bad input through the Slack app: every message gets a French reply, nothing crashes, and
 * Slack markup typed by a user is never echoed live.
 */
import { describe, expect, it } from 'vitest';
import { SIGNING_SECRET, useHttpBot } from '../support/bot-harness.ts';
import { appMentionEvent, eventCallback, slashCommand } from '../support/slack-payloads.ts';
import { postSigned } from '../support/slack-signing.ts';
import { visibleText } from '../support/visible-text.ts';

const bot = useHttpBot();

let channelCounter = 0;
async function replyToMention(text: string): Promise<string> {
  channelCounter += 1;
  const channel = `C0BAD${channelCounter}`;
  await postSigned(`${bot.harness.baseUrl}/slack/events`, { json: eventCallback(appMentionEvent({ text, channel })) }, { signingSecret: SIGNING_SECRET });
  const reply = await bot.harness.standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === channel);
  return visibleText(reply.args);
}

async function replyToCommand(text: string): Promise<string> {
  const res = await postSigned(`${bot.harness.baseUrl}/slack/events`, { form: slashCommand({ text, responseUrl: bot.harness.standIn.responseUrl('bad') }) }, { signingSecret: SIGNING_SECRET });
  expect(res.status).toBe(200);
  return visibleText((await res.json()) as Record<string, unknown>);
}

const LIVE_MARKUP = ['<!channel>', '<!here>', '<@U0VICTIM>', '<#C0SECRET|x>', '<https://x.example|y>'];

describe('bad input through Slack', () => {
  it('answers a mention with no question with the French invitation to ask', async () => {
    expect(await replyToMention('<@UBOT>')).toContain('Posez-moi une question sur le communiqué');
  });

  it('answers a mention of emoji only in French', async () => {
    expect(await replyToMention('<@UBOT> 🎉🎉🎉')).toMatch(/communiqué/);
  });

  it('answers a 40,000-character message in French', async () => {
    const reply = await replyToMention(`<@UBOT> ${'MARIPOSA patients '.repeat(2_300)}`.slice(0, 40_000));
    expect(reply).toMatch(/communiqué|patients/);
    expect(reply.length).toBeLessThan(20_000);
  });

  it('never echoes Slack markup live in a mention reply', async () => {
    const reply = await replyToMention(`<@UBOT> ${LIVE_MARKUP.join(' ')} combien de patients ?`);
    for (const markup of LIVE_MARKUP) expect(reply).not.toContain(markup);
  });

  it('never echoes Slack markup live in the slash command reply, which repeats the question', async () => {
    const reply = await replyToCommand(`${LIVE_MARKUP.join(' ')} combien de patients & de <b>MARIPOSA</b> ?`);
    for (const markup of [...LIVE_MARKUP, '<b>']) expect(reply).not.toContain(markup);
    expect(reply).toContain('Votre question');
  });
});
