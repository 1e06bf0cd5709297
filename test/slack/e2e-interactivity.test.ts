/**
 * The slash command and the buttons end to end over HTTP: the ephemeral answer, "Publier dans
 * le canal", "Autres passages", and the 👍 / 👎 feedback, each through signed requests.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../src/render/slack-actions.ts';
import { SIGNING_SECRET, useHttpBot } from '../support/bot-harness.ts';
import { blockAction, slashCommand } from '../support/slack-payloads.ts';
import { postSigned } from '../support/slack-signing.ts';

const MET_QUESTION = 'Quel est le taux d’anomalies de MET avec l’association ?';

const bot = useHttpBot();

interface Button {
  action_id: string;
  value: string;
}

/** Runs the slash command and returns its ephemeral reply and the buttons under it. */
async function askPrivately(text: string, id: string): Promise<{ reply: Record<string, unknown>; buttons: Button[] }> {
  const res = await postSigned(bot.eventsUrl, { form: slashCommand({ text, responseUrl: bot.harness.standIn.responseUrl(id) }) }, { signingSecret: SIGNING_SECRET });
  expect(res.status).toBe(200);
  const reply = (await res.json()) as Record<string, unknown>;
  const blocks = reply.blocks as { type: string; elements?: Button[] }[];
  return { reply, buttons: blocks.find((b) => b.type === 'actions')?.elements ?? [] };
}

async function click(button: Button, responseId: string): Promise<Response> {
  return postSigned(
    bot.eventsUrl,
    { interactive: blockAction({ actionId: button.action_id, value: button.value, responseUrl: bot.harness.standIn.responseUrl(responseId) }) },
    { signingSecret: SIGNING_SECRET },
  );
}

function responsesTo(id: string) {
  return bot.harness.standIn.responses.filter((r) => r.id === id);
}

function buttonOf(buttons: Button[], actionId: string): Button {
  const found = buttons.find((b) => b.action_id === actionId);
  if (!found) throw new Error(`no ${actionId} button among ${buttons.map((b) => b.action_id).join(', ')}`);
  return found;
}

describe('slash command and buttons', () => {
  it('answers /communique ephemerally with the sentence and a "Publier dans le canal" button', async () => {
    const { reply, buttons } = await askPrivately(MET_QUESTION, 'cmd-1');
    expect(reply.response_type).toBe('ephemeral');
    expect(String(reply.text)).toContain('4,4 %');
    expect(buttons.map((b) => b.action_id)).toContain(ACTION_IDS.publish);
    expect(JSON.stringify(reply.blocks)).toContain('Publier dans le canal');
  });

  it('answers /communique without text with the ephemeral help', async () => {
    const { reply } = await askPrivately('   ', 'cmd-help');
    expect(reply.response_type).toBe('ephemeral');
    expect(String(reply.text)).toContain('/communique votre question');
  });

  it('posts the same answer in the channel for everyone when "Publier dans le canal" is clicked', async () => {
    const { buttons } = await askPrivately(MET_QUESTION, 'cmd-2');
    const res = await click(buttonOf(buttons, ACTION_IDS.publish), 'click-publish');
    expect(res.status).toBe(200);
    const [published, confirmation] = await waitForResponsesTo('click-publish', 2);
    expect(published?.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(JSON.stringify(published?.body.blocks)).toContain('*4,4 %*');
    expect(JSON.stringify(published?.body.blocks)).toContain('Question de claire.comms');
    expect(confirmation?.body).toMatchObject({ response_type: 'ephemeral', replace_original: true, text: 'Réponse publiée dans le canal.' });
  });

  it('shows the other passages privately when "Autres passages" is clicked', async () => {
    const { buttons } = await askPrivately(MET_QUESTION, 'cmd-3');
    await click(buttonOf(buttons, ACTION_IDS.alternatives), 'click-alternatives');
    const [shown] = await waitForResponsesTo('click-alternatives', 1);
    expect(shown?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(shown?.body.text)).toMatch(/^Autres passages\n« /);
  });

  it('thanks the user and logs the feedback when 👍 is clicked', async () => {
    const { buttons } = await askPrivately(MET_QUESTION, 'cmd-4');
    await click(buttonOf(buttons, ACTION_IDS.helpful), 'click-helpful');
    const [thanks] = await waitForResponsesTo('click-helpful', 1);
    expect(thanks?.body.text).toBe('Merci pour votre retour, il a été enregistré.');
    expect(bot.harness.logs.find((l) => l.msg === 'feedback' && l.helpful === true)).toMatchObject({
      user: 'U0COMMS',
      releaseId: 'gustave-roussy-esmo-2024-mariposa',
    });
  });

  it('logs 👎 as not helpful', async () => {
    const { buttons } = await askPrivately(MET_QUESTION, 'cmd-5');
    await click(buttonOf(buttons, ACTION_IDS.notHelpful), 'click-not-helpful');
    await waitForResponsesTo('click-not-helpful', 1);
    expect(bot.harness.logs.some((l) => l.msg === 'feedback' && l.helpful === false)).toBe(true);
  });
});

async function waitForResponsesTo(id: string, count: number) {
  const deadline = Date.now() + 10_000;
  while (responsesTo(id).length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} responses to ${id}, saw ${responsesTo(id).length}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return responsesTo(id);
}
