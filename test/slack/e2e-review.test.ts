/**
 * The communications team's review loop end to end over HTTP, against the local Slack stand-in:
 * a refused question reaches the App Home of a team member, who picks the passage in the modal
 * with "Répondre dans le fil"; the corrected answer reaches the original thread, and someone else
 * asking in other words gets that passage, marked as verified. A forged click from anyone else
 * changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { REVIEW_ACTIONS, REVIEW_VIEW } from '../../src/render/slack-review-actions.ts';
import { SIGNING_SECRET, startBot, type Harness } from '../support/bot-harness.ts';
import { appHomeOpenedEvent, appMentionEvent, blockAction, eventCallback, passageSubmission, slashCommand } from '../support/slack-payloads.ts';
import { postSigned } from '../support/slack-signing.ts';

const COMMS = 'U0COMMS';
const JOURNALIST = 'U0JOURNO';
const REFUSED = 'hey, how many patients were enrolled in MARIPOSA?';
const PATIENTS = loadKnowledge('knowledge').passages.find((passage) => passage.text.includes('plus de 1 000 patients'));

let bot: Harness;
const events = () => `${bot.baseUrl}/slack/events`;

beforeAll(async () => {
  bot = await startBot({ mode: 'http', review: { userIds: [COMMS] } });
});
afterAll(async () => {
  await bot.stop();
});

async function mention(text: string, user: string, ts: string): Promise<void> {
  const res = await postSigned(events(), { json: eventCallback(appMentionEvent({ text, user, ts })) }, { signingSecret: SIGNING_SECRET });
  expect(res.status).toBe(200);
}

/** Opens the App Home as `user` and returns the view published for them in answer. */
async function openHome(user: string): Promise<{ blocks: unknown[] }> {
  const before = bot.standIn.calls.length;
  await postSigned(events(), { json: eventCallback(appHomeOpenedEvent(user)) }, { signingSecret: SIGNING_SECRET });
  const published = await bot.standIn.waitForCall((call) => call.method === 'views.publish' && call.args.user_id === user && bot.standIn.calls.indexOf(call) >= before);
  return published.args.view as { blocks: unknown[] };
}

function buttonsOf(view: { blocks: unknown[] }): { action_id: string; value: string }[] {
  const found: { action_id: string; value: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'button') found.push(record as { action_id: string; value: string });
      Object.values(record).forEach(walk);
    }
  };
  walk(view.blocks);
  return found;
}

async function click(actionId: string, value: string, user: string): Promise<void> {
  const payload = blockAction({ actionId, value, user, responseUrl: bot.standIn.responseUrl(`click-${actionId}-${user}`) });
  const res = await postSigned(events(), { interactive: { ...payload, container: { type: 'view', view_id: 'V0001' } } }, { signingSecret: SIGNING_SECRET });
  expect(res.status).toBe(200);
}

async function questionIdOf(text: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const found = (await bot.store.questionsSince(new Date(0))).find((question) => question.text.includes(text));
    if (found) return found.id;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the question "${text}" was never stored`);
}

describe('the review loop', () => {
  let questionId = '';

  it('shows a refused question to a member of the communications team, with the review actions', async () => {
    await mention(REFUSED, JOURNALIST, '1726300100.000100');
    await bot.standIn.waitForCall((call) => call.method === 'chat.postMessage' && String(call.args.thread_ts) === '1726300100.000100');
    questionId = await questionIdOf('how many patients were enrolled');
    const home = await openHome(COMMS);
    expect(JSON.stringify(home.blocks)).toContain('À revoir (1)');
    expect(buttonsOf(home).filter((button) => button.value === questionId).map((button) => button.action_id)).toEqual([
      REVIEW_ACTIONS.choose,
      REVIEW_ACTIONS.refuse,
      REVIEW_ACTIONS.ignore,
    ]);
  });

  it('shows no review to someone outside the team', async () => {
    const home = await openHome(JOURNALIST);
    expect(JSON.stringify(home.blocks)).not.toContain('À revoir');
  });

  it('changes nothing on a forged review click from someone outside the team, and logs it', async () => {
    const before = bot.standIn.calls.length;
    await click(REVIEW_ACTIONS.ignore, questionId, JOURNALIST);
    await bot.standIn.waitForCall((call) => call.method === 'views.publish' && call.args.user_id === JOURNALIST && bot.standIn.calls.indexOf(call) >= before);
    expect(bot.logs.some((line) => line.msg === 'review refused' && line.user === JOURNALIST)).toBe(true);
    expect(JSON.stringify((await openHome(COMMS)).blocks)).toContain('À revoir (1)');
  });

  it('opens the passage modal at once, then fills it with the release’s passages for a team member', async () => {
    await click(REVIEW_ACTIONS.choose, questionId, COMMS);
    await bot.standIn.waitForCall((call) => call.method === 'views.open');
    const updated = await bot.standIn.waitForCall((call) => call.method === 'views.update' && String(call.args.view_id) === 'V0001');
    const view = updated.args.view as { private_metadata: string; blocks: unknown[] };
    expect(view.private_metadata).toBe(questionId);
    expect(JSON.stringify(view.blocks)).toContain(PATIENTS?.id ?? 'no such passage');
  });

  it('gives a team member the passages matching what they type in the modal’s menu, and nobody else', async () => {
    const suggestion = (user: string) => ({
      type: 'block_suggestion',
      user: { id: user, team_id: 'T0001' },
      team: { id: 'T0001', domain: 'standin' },
      api_app_id: 'A0001',
      action_id: REVIEW_VIEW.passageAction,
      block_id: REVIEW_VIEW.passageBlock,
      value: '1 000 patients',
      view: { id: 'V0001', type: 'modal', callback_id: REVIEW_VIEW.callbackId, private_metadata: questionId },
    });
    const forMember = await postSigned(events(), { interactive: suggestion(COMMS) }, { signingSecret: SIGNING_SECRET });
    expect(JSON.stringify(await forMember.json())).toContain(PATIENTS?.id ?? 'no such passage');
    const forOther = await postSigned(events(), { interactive: suggestion(JOURNALIST) }, { signingSecret: SIGNING_SECRET });
    expect(await forOther.json()).toEqual({ options: [] });
  });

  it('posts the chosen passage in the original thread, marked as verified, once the modal is submitted', async () => {
    const submission = passageSubmission({ user: COMMS, target: questionId, passageId: PATIENTS?.id, reply: true });
    const res = await postSigned(events(), { interactive: submission }, { signingSecret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    const posted = await bot.standIn.waitForCall(
      (call) => call.method === 'chat.postMessage' && String(call.args.thread_ts) === '1726300100.000100' && JSON.stringify(call.args.blocks).includes('vérifiée'),
    );
    expect(JSON.stringify(posted.args.blocks)).toContain('plus de 1 000 patients');
  });

  it('answers someone else asking in other words with the taught passage, marked as verified', async () => {
    await mention('how many patients took part in the MARIPOSA trial?', 'U0OTHER', '1726300200.000100');
    const reply = await bot.standIn.waitForCall((call) => call.method === 'chat.postMessage' && String(call.args.thread_ts) === '1726300200.000100');
    expect(JSON.stringify(reply.args.blocks)).toContain('plus de 1 000 patients');
    expect(JSON.stringify(reply.args.blocks)).toContain('Réponse vérifiée');
  });

  it('lists the taught question on the App Home and takes the question out of the queue', async () => {
    const home = JSON.stringify((await openHome(COMMS)).blocks);
    expect(home).toContain('Questions apprises (1)');
    expect(home).toContain('À revoir (0)');
  });
});

describe('the "À revoir" button of /communique', () => {
  async function command(user: string): Promise<string> {
    const form = slashCommand({ text: 'Combien de patients dans MARIPOSA ?', user, responseUrl: bot.standIn.responseUrl(`flag-${user}`) });
    const res = await postSigned(events(), { form }, { signingSecret: SIGNING_SECRET });
    return JSON.stringify(await res.json());
  }

  it('is on the private answer of a member of the communications team', async () => {
    expect(await command(COMMS)).toContain(REVIEW_ACTIONS.flag);
  });

  it('is not on anyone else’s', async () => {
    const reply = await command(JOURNALIST);
    expect(reply).toContain('1 000 patients');
    expect(reply).not.toContain(REVIEW_ACTIONS.flag);
  });
});
