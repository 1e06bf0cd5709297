/**
 * Two releases loaded (the real MARIPOSA one and the test's newer ORCHIDÉE one), end to end over
 * HTTP against the local Slack stand-in: a reply that another release answers about as surely
 * names the release it quotes and offers the other's answer, privately; a member of the
 * communications team pins a channel to a release with `/communique épingler` and undoes it with
 * `/communique désépingler`; anyone else is refused, by command or by a forged click.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../src/render/slack-actions.ts';
import { SIGNING_SECRET, startBot, type Harness } from '../support/bot-harness.ts';
import { appHomeOpenedEvent, appMentionEvent, blockAction, eventCallback, menuAction, slashCommand } from '../support/slack-payloads.ts';
import { postSigned } from '../support/slack-signing.ts';
import { MARIPOSA_ID, ORCHIDEE_ID, twoReleasesDir } from '../support/two-releases.ts';

const COMMS = 'U0COMMS';
const JOURNALIST = 'U0JOURNO';
/** Both releases speak of progression-free survival, about as surely: the newer answers. */
const BOTH = 'Quelle est la survie sans progression ?';
const MARIPOSA_SURVIVAL = 'amélioration de la survie sans progression';
const ORCHIDEE_SURVIVAL = '27,3 mois';

let bot: Harness;
let ts = 0;
const events = () => `${bot.baseUrl}/slack/events`;
const signed = { signingSecret: SIGNING_SECRET };

beforeAll(async () => {
  bot = await startBot({ mode: 'http', knowledgeDir: twoReleasesDir(), review: { userIds: [COMMS] } });
});
afterAll(async () => {
  await bot.stop();
});

interface Element {
  type: string;
  action_id: string;
  value?: string;
  options?: { value: string }[];
}

function elementsOf(blocks: unknown): Element[] {
  return ((blocks ?? []) as { type: string; elements?: Element[] }[]).filter((block) => block.type === 'actions').flatMap((block) => block.elements ?? []);
}

function elementOf(blocks: unknown, actionId: string): Element {
  const found = elementsOf(blocks).find((element) => element.action_id === actionId);
  if (!found) throw new Error(`no ${actionId} among ${elementsOf(blocks).map((e) => e.action_id).join(', ')}`);
  return found;
}

async function command(text: string, user: string, channel: string): Promise<{ text: string; blocks: unknown }> {
  const res = await postSigned(events(), { form: slashCommand({ text, user, channel, responseUrl: bot.standIn.responseUrl(`cmd-${ts++}`) }) }, signed);
  expect(res.status).toBe(200);
  return (await res.json()) as { text: string; blocks: unknown };
}

/** Mentions the bot in `channel` and returns the reply it posts in the thread. */
async function mention(text: string, channel: string): Promise<{ text: string; blocks: unknown }> {
  const at = `1726400000.${String(++ts).padStart(6, '0')}`;
  const res = await postSigned(events(), { json: eventCallback(appMentionEvent({ text: `<@UBOT> ${text}`, user: JOURNALIST, channel, ts: at })) }, signed);
  expect(res.status).toBe(200);
  const reply = await bot.standIn.waitForCall((call) => call.method === 'chat.postMessage' && call.args.thread_ts === at);
  return { text: String(reply.args.text), blocks: typeof reply.args.blocks === 'string' ? JSON.parse(reply.args.blocks) : reply.args.blocks };
}

/** Sends a click (a button, or a menu's choice) and returns what the bot posts to its response URL. */
async function click(payload: (responseUrl: string) => object, count = 1): Promise<{ body: Record<string, unknown> }[]> {
  const id = `click-${ts++}`;
  const res = await postSigned(events(), { interactive: payload(bot.standIn.responseUrl(id)) }, signed);
  expect(res.status).toBe(200);
  const deadline = Date.now() + 10_000;
  while (bot.standIn.responses.filter((r) => r.id === id).length < count) {
    if (Date.now() > deadline) throw new Error(`no response to ${id}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return bot.standIn.responses.filter((r) => r.id === id) as { body: Record<string, unknown> }[];
}

async function openHome(user: string): Promise<string> {
  const before = bot.standIn.calls.length;
  await postSigned(events(), { json: eventCallback(appHomeOpenedEvent(user)) }, signed);
  const published = await bot.standIn.waitForCall((call) => call.method === 'views.publish' && call.args.user_id === user && bot.standIn.calls.indexOf(call) >= before);
  return JSON.stringify(published.args.view);
}

describe('two releases answering with close confidence', () => {
  it('names the release it quotes and offers the other release’s answer', async () => {
    const reply = await mention(BOTH, 'C0NEWS');
    expect(reply.text).toContain(ORCHIDEE_SURVIVAL);
    expect(JSON.stringify(reply.blocks)).toContain('Le communiqué « Cancer du poumon métastatique');
    expect(elementOf(reply.blocks, ACTION_IDS.otherRelease).value).toBe(`${MARIPOSA_ID} ${BOTH}`);
  });

  it('shows the other release’s answer only to whoever clicks, from that release alone', async () => {
    const reply = await command(BOTH, JOURNALIST, 'C0NEWS');
    const button = elementOf(reply.blocks, ACTION_IDS.otherRelease);
    const [shown] = await click((responseUrl) => blockAction({ actionId: button.action_id, value: button.value ?? '', user: JOURNALIST, channel: 'C0NEWS', responseUrl }));
    expect(shown?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(shown?.body.text)).toContain(MARIPOSA_SURVIVAL);
    expect(JSON.stringify(shown?.body.blocks)).not.toContain(ORCHIDEE_SURVIVAL);
    expect(elementsOf(shown?.body.blocks)).toEqual([]);
  });

  it('answers a question about the institute once, with no other release to offer', async () => {
    const reply = await mention('Combien de salariés compte Gustave Roussy ?', 'C0NEWS');
    expect(reply.text).toContain('4 100 salariés');
    expect(elementsOf(reply.blocks).map((element) => element.action_id)).not.toContain(ACTION_IDS.otherRelease);
  });

  it('answers an unreadable other-release click with the apology', async () => {
    const [apology] = await click((responseUrl) => blockAction({ actionId: ACTION_IDS.otherRelease, value: 'PAS UN ID', user: JOURNALIST, responseUrl }));
    expect(apology?.body.text).toBe('Désolé, une erreur s’est produite. Réessayez dans un instant.');
  });
});

describe('pinning a channel to a release', () => {
  it('lets a member of the communications team pick a release, newest first, and answers the channel from it', async () => {
    const picker = await command('épingler', COMMS, 'C0PRESSE');
    const menu = elementOf(picker.blocks, ACTION_IDS.pinRelease);
    expect(menu.options?.map((option) => option.value)).toEqual([ORCHIDEE_ID, MARIPOSA_ID]);
    const [done] = await click((responseUrl) => menuAction({ actionId: ACTION_IDS.pinRelease, value: MARIPOSA_ID, user: COMMS, channel: 'C0PRESSE', responseUrl }));
    expect(done?.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(String(done?.body.text)).toContain('📌 Ce canal est épinglé au communiqué « Cancer du poumon métastatique');
    expect((await bot.store.channelPin('C0PRESSE'))?.pinnedBy).toBe(COMMS);

    const pinned = await mention(BOTH, 'C0PRESSE');
    expect(pinned.text).toContain(MARIPOSA_SURVIVAL);
    expect(elementsOf(pinned.blocks).map((element) => element.action_id)).not.toContain(ACTION_IDS.otherRelease);
    expect((await mention(BOTH, 'C0NEWS')).text).toContain(ORCHIDEE_SURVIVAL);
  });

  it('still answers a question naming the other release from it in a pinned channel', async () => {
    await bot.store.pinChannel({ channelId: 'C0NAMED', releaseId: MARIPOSA_ID, pinnedBy: COMMS, pinnedAt: new Date() });
    expect((await mention('Combien de patients dans l’essai ORCHIDÉE ?', 'C0NAMED')).text).toContain('642 patients');
  });

  it('shows the pins on the App Home', async () => {
    await bot.store.pinChannel({ channelId: 'C0HOME', releaseId: ORCHIDEE_ID, pinnedBy: COMMS, pinnedAt: new Date() });
    const home = await openHome(JOURNALIST);
    expect(home).toContain('Canaux épinglés');
    expect(home).toContain('<#C0HOME> → « Cancer du poumon avec mutation EGFR');
    expect(home.indexOf('lundi 8 septembre 2025')).toBeLessThan(home.indexOf('samedi 14 septembre 2024'));
  });

  it('unpins with /communique désépingler, and the channel is answered from every release again', async () => {
    await command('épingler', COMMS, 'C0UNPIN');
    await click((responseUrl) => menuAction({ actionId: ACTION_IDS.pinRelease, value: MARIPOSA_ID, user: COMMS, channel: 'C0UNPIN', responseUrl }));
    expect((await mention(BOTH, 'C0UNPIN')).text).toContain(MARIPOSA_SURVIVAL);
    const undone = await command('Désépingler', COMMS, 'C0UNPIN');
    expect(undone.text).toContain('Ce canal n’est plus épinglé');
    expect(await bot.store.channelPin('C0UNPIN')).toBeUndefined();
    expect((await mention(BOTH, 'C0UNPIN')).text).toContain(ORCHIDEE_SURVIVAL);
    expect((await command('désépingler', COMMS, 'C0UNPIN')).text).toBe('Ce canal n’était épinglé à aucun communiqué.');
  });

  it('refuses /communique épingler and désépingler to anyone outside the communications team', async () => {
    await bot.store.pinChannel({ channelId: 'C0KEPT', releaseId: MARIPOSA_ID, pinnedBy: COMMS, pinnedAt: new Date() });
    for (const text of ['épingler', 'désépingler']) {
      const refused = await command(text, JOURNALIST, 'C0KEPT');
      expect(refused.text).toBe('Seul le service de presse peut épingler un communiqué à un canal.');
      expect(elementsOf(refused.blocks)).toEqual([]);
    }
    expect((await bot.store.channelPin('C0KEPT'))?.releaseId).toBe(MARIPOSA_ID);
  });

  it('refuses a forged menu click from anyone outside the team, and pins nothing', async () => {
    const [refused] = await click((responseUrl) => menuAction({ actionId: ACTION_IDS.pinRelease, value: ORCHIDEE_ID, user: JOURNALIST, channel: 'C0FORGED', responseUrl }));
    expect(refused?.body.text).toBe('Seul le service de presse peut épingler un communiqué à un canal.');
    expect(await bot.store.channelPin('C0FORGED')).toBeUndefined();
  });

  it('refuses a pick of a release that is not loaded', async () => {
    const [refused] = await click((responseUrl) => menuAction({ actionId: ACTION_IDS.pinRelease, value: 'gustave-roussy-asco-2023-gone', user: COMMS, channel: 'C0GONE', responseUrl }));
    expect(refused?.body.text).toBe('Ce communiqué n’est plus chargé : choisissez-en un autre.');
    expect(await bot.store.channelPin('C0GONE')).toBeUndefined();
  });
});
