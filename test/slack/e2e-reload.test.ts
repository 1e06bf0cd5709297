/**
 * Reloading the releases while the real app answers, over HTTP against the local Slack stand-in:
 * the release file is changed while questions arrive (each gets one reply; those after the
 * reload quote the new text), then broken (answers stay as they were and the communications
 * channel is told), then reloaded by `/communique recharger`; a taught question whose sentence
 * changed goes back to the review queue and leaves it once taught again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { REVIEW_ACTIONS } from '../../src/render/slack-review-actions.ts';
import { SIGNING_SECRET, startBot, type Harness } from '../support/bot-harness.ts';
import { repliesIn, sleep, waitForLog } from '../support/exactly-once.ts';
import { appHomeOpenedEvent, appMentionEvent, blockAction, eventCallback, passageSubmission, slashCommand } from '../support/slack-payloads.ts';
import { postSigned } from '../support/slack-signing.ts';
import { visibleText } from '../support/visible-text.ts';
import { copyKnowledge, NEW_FIGURE, OLD_FIGURE, type ReleaseFolder } from '../live/release-folder.ts';

const COMMS = 'U0COMMS';
const COMMS_CHANNEL = 'C0COMMS';
const JOURNALIST = 'U0JOURNO';
const MET = 'Quel est le taux d’anomalies de MET avec l’association ?';
const TAUGHT_MET = 'Et les anomalies de MET sous association, combien ?';
const TAUGHT_ID = 'taught-met-before-reload';

let folder: ReleaseFolder;
let bot: Harness;
const events = () => `${bot.baseUrl}/slack/events`;
let ts = 0;

beforeAll(async () => {
  folder = copyKnowledge();
  bot = await startBot({ mode: 'http', knowledgeDir: folder.dir, review: { userIds: [COMMS], channelId: COMMS_CHANNEL } });
});
afterAll(async () => {
  await bot.stop();
  folder.remove();
});

/** Mentions the bot in #general; returns the question's `ts`, which its reply threads under. */
async function mention(text: string, user = JOURNALIST): Promise<string> {
  ts += 1;
  const at = `1726400000.${String(ts).padStart(6, '0')}`;
  const res = await postSigned(events(), { json: eventCallback(appMentionEvent({ text, user, ts: at })) }, { signingSecret: SIGNING_SECRET });
  expect(res.status).toBe(200);
  return at;
}

async function replyTo(at: string): Promise<string> {
  const call = await bot.standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === at);
  return JSON.stringify(call.args.blocks);
}

async function command(text: string, user: string): Promise<string> {
  const res = await postSigned(events(), { form: slashCommand({ text, user, responseUrl: bot.standIn.responseUrl(`cmd-${user}`) }) }, { signingSecret: SIGNING_SECRET });
  expect(res.status).toBe(200);
  return visibleText((await res.json()) as Record<string, unknown>);
}

async function openHome(user: string): Promise<string> {
  const before = bot.standIn.calls.length;
  await postSigned(events(), { json: eventCallback(appHomeOpenedEvent(user)) }, { signingSecret: SIGNING_SECRET });
  const published = await bot.standIn.waitForCall((call) => call.method === 'views.publish' && call.args.user_id === user && bot.standIn.calls.indexOf(call) >= before);
  return JSON.stringify(published.args.view);
}

async function click(actionId: string, value: string): Promise<void> {
  const payload = blockAction({ actionId, value, user: COMMS, responseUrl: bot.standIn.responseUrl(`click-${actionId}`) });
  const res = await postSigned(events(), { interactive: { ...payload, container: { type: 'view', view_id: 'V0001' } } }, { signingSecret: SIGNING_SECRET });
  expect(res.status).toBe(200);
}

describe('reloading the releases while answering', () => {
  it('answers every question once while the release changes, and from the new text after the reload', async () => {
    const before = loadKnowledge(folder.dir).passages.find((passage) => passage.text.includes(OLD_FIGURE));
    await bot.store.addTaughtQuestion({ id: TAUGHT_ID, question: TAUGHT_MET, passageId: before?.id ?? '', releaseId: before?.releaseId ?? '', taughtBy: COMMS, taughtAt: new Date() });
    const beforeChange: string[] = [];
    for (let i = 0; i < 5; i++) beforeChange.push(await mention(MET));
    folder.replace(OLD_FIGURE, NEW_FIGURE);
    // Questions keep coming until the watcher has swapped the new text in, and a few after.
    const meanwhile: string[] = [];
    while (!bot.logs.some((line) => line.msg === 'knowledge reloaded')) meanwhile.push(await mention(MET));
    const afterReload: string[] = [];
    for (let i = 0; i < 5; i++) afterReload.push(await mention(MET));
    const questions = [...beforeChange, ...meanwhile, ...afterReload];
    const texts = await Promise.all(questions.map(replyTo));
    await sleep(300);
    const replies = repliesIn(bot.standIn, 'C0GENERAL');
    expect(questions.map((at) => replies.filter((call) => call.args.thread_ts === at).length)).toEqual(questions.map(() => 1));
    expect(texts.slice(0, beforeChange.length).every((text) => text.includes(OLD_FIGURE))).toBe(true);
    expect(texts.slice(-afterReload.length).every((text) => text.includes(NEW_FIGURE))).toBe(true);
    // Each reply quotes one version whole, never a mix.
    expect(texts.every((text) => text.includes(OLD_FIGURE) !== text.includes(NEW_FIGURE))).toBe(true);
    expect(await replyTo(await mention(MET))).toContain(NEW_FIGURE);
  });

  it('puts a taught question whose sentence changed back in the review queue, marked as such', async () => {
    // The taught question reaches this instance's answerer within the store's poll.
    for (let i = 0; i < 60 && !(await openHome(COMMS)).includes(`taught:${TAUGHT_ID}`); i++) await sleep(100);
    const home = await openHome(COMMS);
    expect(home).toContain('le passage appris n’existe plus');
    expect(home).toContain(TAUGHT_MET);
  });

  it('takes the question out of the queue once a member chooses its new passage', async () => {
    await click(REVIEW_ACTIONS.choose, `taught:${TAUGHT_ID}`);
    await bot.standIn.waitForCall((call) => call.method === 'views.open');
    const filled = await bot.standIn.waitForCall((call) => call.method === 'views.update');
    const view = filled.args.view as { private_metadata: string };
    expect(view.private_metadata).toBe(`taught:${TAUGHT_ID}`);
    const after = loadKnowledge(folder.dir).passages.find((passage) => passage.text.includes(NEW_FIGURE));
    const submission = passageSubmission({ user: COMMS, target: view.private_metadata, passageId: after?.id });
    expect((await postSigned(events(), { interactive: submission }, { signingSecret: SIGNING_SECRET })).status).toBe(200);
    await waitForLog(bot, 'question reviewed');
    const home = await openHome(COMMS);
    expect(home).not.toContain(`taught:${TAUGHT_ID}`);
    expect((await bot.store.taughtQuestions()).map((taught) => [taught.question, taught.passageId])).toEqual([[TAUGHT_MET, after?.id]]);
  });

  it('keeps answering from the knowledge in service when a file is broken, and tells the communications channel once', async () => {
    folder.replace('publisher: Gustave Roussy', 'publisher: 42');
    await waitForLog(bot, 'knowledge reload failed: the releases in service are kept');
    expect(await replyTo(await mention(MET))).toContain(NEW_FIGURE);
    const told = repliesIn(bot.standIn, COMMS_CHANNEL);
    expect(told).toHaveLength(1);
    expect(String(told[0]?.args.text)).toContain(folder.file);
    expect(String(told[0]?.args.text)).toContain('publisher');
  });

  it('tells a member who types /communique recharger what stopped the reload, privately', async () => {
    const report = await command('recharger', COMMS);
    expect(report).toContain('Rechargement refusé');
    expect(report).toContain('publisher');
    expect(repliesIn(bot.standIn, COMMS_CHANNEL)).toHaveLength(1);
  });

  it('refuses /communique recharger to someone outside the communications team', async () => {
    const before = bot.logs.length;
    expect(await command('recharger', JOURNALIST)).toContain('Seul le service de presse');
    expect(bot.logs.slice(before).some((line) => line.msg === 'reload refused' && line.user === JOURNALIST)).toBe(true);
  });

  it('reports the releases in service to a member once the file is mended', async () => {
    folder.replace('publisher: 42', 'publisher: Gustave Roussy');
    await waitForLog(bot, 'knowledge unchanged');
    expect(await command('Recharger ', COMMS)).toContain('Rien n’a changé');
  });
});
