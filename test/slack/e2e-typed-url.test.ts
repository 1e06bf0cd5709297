/**
 * A URL typed in a question is never made a live link, on any surface that echoes the
 * question: the private answer of /communique, the published answer, the alternatives, the App
 * Home, mentions and direct messages. Slack delivers a typed URL in a message as `<https://…>`,
 * and in a slash command as typed; the engine reads both as a bare URL, which Slack would link
 * in a `mrkdwn` object without `verbatim: true` and in a message's `text` fallback.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../src/render/slack-actions.ts';
import { SIGNING_SECRET, useHttpBot } from '../support/bot-harness.ts';
import { deliver, liveLinkPlaces } from '../support/exactly-once.ts';
import { appHomeOpenedEvent, appMentionEvent, blockAction, directMessageEvent, eventCallback, slashCommand } from '../support/slack-payloads.ts';
import { postSigned } from '../support/slack-signing.ts';

const EVIL = 'evil.example';
const bot = useHttpBot();

interface Button {
  action_id: string;
  value: string;
}

async function command(text: string): Promise<{ reply: Record<string, unknown>; buttons: Button[] }> {
  const res = await postSigned(bot.eventsUrl, { form: slashCommand({ text, responseUrl: bot.harness.standIn.responseUrl('url-cmd') }) }, { signingSecret: SIGNING_SECRET });
  const reply = (await res.json()) as Record<string, unknown>;
  const blocks = reply.blocks as { type: string; elements?: Button[] }[];
  return { reply, buttons: blocks.find((b) => b.type === 'actions')?.elements ?? [] };
}

async function click(button: Button, responseId: string): Promise<Record<string, unknown>[]> {
  const before = bot.harness.standIn.responses.length;
  await postSigned(bot.eventsUrl, { interactive: blockAction({ actionId: button.action_id, value: button.value, responseUrl: bot.harness.standIn.responseUrl(responseId) }) }, { signingSecret: SIGNING_SECRET });
  await bot.harness.standIn.waitForResponses(before + 1);
  return bot.harness.standIn.responses.filter((r) => r.id === responseId).map((r) => r.body);
}

const buttonOf = (buttons: Button[], id: string): Button => {
  const found = buttons.find((b) => b.action_id === id);
  if (!found) throw new Error(`no ${id} button`);
  return found;
};

describe('a URL typed in a question', () => {
  for (const typed of ['<https://evil.example/b>', 'https://evil.example/b']) {
    it(`is echoed in the private answer but never live (${typed})`, async () => {
      const { reply } = await command(`${typed} Quel est le taux d’anomalies de MET avec l’association ?`);
      expect(JSON.stringify(reply.blocks)).toContain(EVIL);
      expect(liveLinkPlaces(reply, EVIL)).toEqual([]);
    });
  }

  it('is never live in the answer published in the channel, nor in its header', async () => {
    const { buttons } = await command('<https://evil.example/b> Quel est le taux d’anomalies de MET avec l’association ?');
    await click(buttonOf(buttons, ACTION_IDS.publish), 'url-publish');
    await bot.harness.standIn.waitForResponses(2);
    const published = bot.harness.standIn.responses.find((r) => r.id === 'url-publish' && r.body.response_type === 'in_channel');
    expect(JSON.stringify(published?.body.blocks)).toContain(EVIL);
    expect(liveLinkPlaces(published?.body ?? {}, EVIL)).toEqual([]);
  });

  it('could not be live in the alternatives: they quote the release only, in verbatim mrkdwn', async () => {
    // A question with a URL in it finds no passage (so no alternatives): the button is taken from one without.
    const { buttons } = await command('Quel est le taux d’anomalies de MET avec l’association ?');
    const [shown] = await click(buttonOf(buttons, ACTION_IDS.alternatives), 'url-alternatives');
    const texts = JSON.stringify(shown?.blocks).match(/"type":"mrkdwn"[^}]*}/g) ?? [];
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every((t) => t.includes('"verbatim":true'))).toBe(true);
  });

  it('is never live in the reply to a mention or a direct message', async () => {
    await deliver(bot.harness, eventCallback(appMentionEvent({ text: '<@UBOT> <https://evil.example/b> combien de patients ?', channel: 'C0URL' })));
    await deliver(bot.harness, eventCallback(directMessageEvent({ text: '<https://evil.example/b> combien de patients ?', channel: 'D0URL' })));
    for (const channel of ['C0URL', 'D0URL']) {
      const reply = await bot.harness.standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === channel);
      expect(liveLinkPlaces(reply.args, EVIL)).toEqual([]);
    }
  });

  it('leaves the App Home with every mrkdwn text verbatim', async () => {
    await deliver(bot.harness, eventCallback(appHomeOpenedEvent('U0URLHOME')));
    const home = await bot.harness.standIn.waitForCall((c) => c.method === 'views.publish' && c.args.user_id === 'U0URLHOME');
    const texts = JSON.stringify(home.args.view).match(/"type":"mrkdwn"[^}]*}/g) ?? [];
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => t.includes('"verbatim":true'))).toBe(true);
  });
});
