/**
 * Embargo and audience end to end, in Socket Mode against the Slack stand-in: a release under
 * embargo until 2026-12-10T09:30:00+01:00 beside the real one, the bot's clock set before or at
 * that instant, askers inside the organisation, from another one (Slack Connect) and guests.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadAnswerer } from '../../src/answer/answerer.ts';
import { ACTION_IDS } from '../../src/render/slack-actions.ts';
import { startBot, type Harness } from '../support/bot-harness.ts';
import { AT_EMBARGO, BEFORE_EMBARGO, EMBARGO_LABEL, HELIOS_QUESTION, makeEmbargoKnowledge } from '../support/embargo-knowledge.ts';
import { appHomeOpenedEvent, appMentionEvent, blockAction, directMessageEvent, eventCallback, slashCommand } from '../support/slack-payloads.ts';
import type { ApiCall } from '../support/slack-stand-in.ts';
import { visibleText } from '../support/visible-text.ts';

const folder = makeEmbargoKnowledge();
let now = BEFORE_EMBARGO;
let h: Harness;
let ts = 0;

beforeAll(async () => {
  h = await startBot({ mode: 'socket', answerer: loadAnswerer(folder.dir), clock: () => now });
  h.standIn.setUser('UJOURNALIST', { teamId: 'TPRESS' });
  h.standIn.setUser('UGUEST', { ultraRestricted: true });
  h.standIn.setChannelShared('CCONNECT', true);
  h.standIn.setChannelMembers('CINSIDE', ['U0ASKER', 'U0COLLEAGUE']);
  h.standIn.setChannelMembers('CWITHGUEST', ['U0ASKER', 'UGUEST']);
});
afterAll(async () => {
  await h?.stop();
  folder.remove();
});
beforeEach(() => {
  now = BEFORE_EMBARGO;
  h.standIn.clearFaults();
});

/** What the reply to a question says, and the question's log line. */
async function mention(channel: string, user: string, { external = false, shared = false } = {}): Promise<{ reply: ApiCall; log: Record<string, unknown> }> {
  ts += 1;
  const event = { ...appMentionEvent({ text: `<@UBOT> ${HELIOS_QUESTION}`, user, channel, ts: `1726400000.${String(ts).padStart(6, '0')}` }), ...(external ? { user_team: 'TPRESS', team: 'TPRESS' } : {}) };
  await h.standIn.sendEnvelope('events_api', eventCallback(event, { sharedChannel: shared }));
  const reply = await h.standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === event.ts);
  return { reply, log: lastQuestionLog() };
}

async function directMessage(user: string): Promise<{ reply: ApiCall; log: Record<string, unknown> }> {
  ts += 1;
  const event = directMessageEvent({ text: HELIOS_QUESTION, user, channel: `D${user}`, ts: `1726500000.${String(ts).padStart(6, '0')}` });
  const seen = h.standIn.delivered('chat.postMessage').length;
  await h.standIn.sendEnvelope('events_api', eventCallback(event));
  const replies = await h.standIn.waitForDelivered('chat.postMessage', seen + 1);
  return { reply: replies[seen] as ApiCall, log: lastQuestionLog() };
}

function lastQuestionLog(): Record<string, unknown> {
  return [...h.logs].reverse().find((line) => line.msg === 'question') ?? {};
}

const text = (call: ApiCall): string => visibleText(call.args);
/** Whether what the reader sees says anything of the embargoed release (the question's own words aside: the asker typed them). */
const revealsHelios = (call: ApiCall): boolean => /HELIOS|412 patientes|Sous embargo|Hélène Varin/.test(text(call).replaceAll(HELIOS_QUESTION, ''));

describe('a Slack Connect channel', () => {
  it('answers a journalist of another organisation as if the embargoed release were not loaded', async () => {
    const { reply, log } = await mention('CCONNECT', 'UJOURNALIST', { external: true, shared: true });
    expect(revealsHelios(reply)).toBe(false);
    expect(log).toMatchObject({ audience: 'external', exposed: true, embargoed: false });
  });

  it('answers a colleague there as an outsider too: the journalists read the thread', async () => {
    const { reply } = await mention('CCONNECT', 'U0ASKER', { shared: true });
    expect(revealsHelios(reply)).toBe(false);
  });

  it('answers the journalist from the embargo time on, without the embargo line', async () => {
    now = AT_EMBARGO;
    const { reply } = await mention('CCONNECT', 'UJOURNALIST', { external: true, shared: true });
    expect(text(reply)).toContain('412 patientes');
    expect(text(reply)).not.toContain('Sous embargo');
  });
});

describe('a guest', () => {
  it('is answered in a direct message as if the embargoed release were not loaded', async () => {
    const { reply, log } = await directMessage('UGUEST');
    expect(revealsHelios(reply)).toBe(false);
    expect(log).toMatchObject({ audience: 'guest' });
  });

  it('makes a channel exposed: a colleague’s question there is answered without the release', async () => {
    const { reply, log } = await mention('CWITHGUEST', 'U0ASKER');
    expect(revealsHelios(reply)).toBe(false);
    expect(log).toMatchObject({ audience: 'internal', exposed: true });
  });

  it('is answered from the embargo time on', async () => {
    now = AT_EMBARGO;
    const { reply } = await directMessage('UGUEST');
    expect(text(reply)).toContain('412 patientes');
  });
});

describe('inside the organisation', () => {
  it('answers in a channel of colleagues alone, with the embargo line', async () => {
    const { reply, log } = await mention('CINSIDE', 'U0ASKER');
    expect(text(reply)).toContain('412 patientes');
    expect(text(reply)).toContain(EMBARGO_LABEL);
    expect(log).toMatchObject({ audience: 'internal', exposed: false, embargoed: true });
  });

  it('answers in a direct message, with the embargo line', async () => {
    const { reply } = await directMessage('U0COLLEAGUE');
    expect(text(reply)).toContain(EMBARGO_LABEL);
  });

  it('treats the asker as outside when users.info fails', async () => {
    h.standIn.failAlways('users.info', { kind: 'slack_error', error: 'missing_scope' });
    const { reply, log } = await directMessage('U0FAILING');
    expect(revealsHelios(reply)).toBe(false);
    expect(log).toMatchObject({ audience: 'external' });
  });

  it('records the audience with the question in the store', async () => {
    const { log } = await directMessage('UGUEST');
    const id = String(log.questionId);
    await expect.poll(async () => (await h.store.question(id))?.audience, { timeout: 5_000 }).toBe('guest');
  });
});

describe('"Publier dans le canal" of an embargoed answer', () => {
  async function askThenPublish(channel: string, id: string): Promise<Record<string, unknown>[]> {
    const ack = await h.standIn.sendEnvelope('slash_commands', slashCommand({ text: HELIOS_QUESTION, user: 'U0ASKER', channel, responseUrl: h.standIn.responseUrl(id) }));
    expect(JSON.stringify(ack.payload)).toContain(EMBARGO_LABEL);
    const actions = (ack.payload?.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find((b) => b.type === 'actions');
    const publish = actions?.elements?.find((e) => e.action_id === ACTION_IDS.publish);
    if (!publish) throw new Error('no publish button');
    await h.standIn.sendEnvelope('interactive', blockAction({ actionId: publish.action_id, value: publish.value, user: 'U0ASKER', channel, responseUrl: h.standIn.responseUrl(id) }));
    const to = () => h.standIn.responses.filter((r) => r.id === id);
    await expect.poll(() => to().length, { timeout: 5_000 }).toBeGreaterThan(0);
    // A publication is two posts (the public answer, then the private confirmation): leave time for a second.
    await new Promise((resolve) => setTimeout(resolve, 150));
    return to().map((r) => r.body);
  }

  it('is refused privately in a channel shared with another organisation', async () => {
    const bodies = await askThenPublish('CCONNECT', 'pub-shared');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(String(bodies[0]?.text)).toContain('Non publiée');
  });

  it('is refused in a channel with a guest', async () => {
    const bodies = await askThenPublish('CWITHGUEST', 'pub-guest');
    expect(bodies.map((b) => b.response_type)).toEqual(['ephemeral']);
  });

  it('is refused when Slack cannot say who reads the channel', async () => {
    h.standIn.failAlways('conversations.info', { kind: 'slack_error', error: 'channel_not_found' });
    const bodies = await askThenPublish('CUNKNOWN', 'pub-unknown');
    expect(String(bodies[0]?.text)).toContain('Non publiée');
  });

  it('is published, with its embargo line, in a channel of colleagues alone', async () => {
    const bodies = await askThenPublish('CINSIDE', 'pub-inside');
    expect(bodies.map((b) => b.response_type)).toEqual(['in_channel', 'ephemeral']);
    expect(JSON.stringify(bodies[0])).toContain(EMBARGO_LABEL);
  });
});

describe('help and the App Home', () => {
  const help = async (user: string) =>
    JSON.stringify((await h.standIn.sendEnvelope('slash_commands', slashCommand({ text: '', user, responseUrl: h.standIn.responseUrl(`help-${user}`) }))).payload);

  it('lists the embargoed release’s examples in the help of a colleague, not of a guest', async () => {
    expect(await help('U0ASKER')).toContain('HELIOS');
    expect(await help('UGUEST')).not.toContain('HELIOS');
  });

  const home = async (user: string) => {
    const seen = h.standIn.delivered('views.publish').length;
    await h.standIn.sendEnvelope('events_api', eventCallback(appHomeOpenedEvent(user)));
    return JSON.stringify((await h.standIn.waitForDelivered('views.publish', seen + 1))[seen]?.args.view);
  };

  it('lists the embargoed release on a colleague’s App Home with its embargo, not on a guest’s', async () => {
    expect(await home('U0ASKER')).toMatch(/HELIOS[\s\S]*Sous embargo jusqu/);
    expect(await home('UGUEST')).not.toContain('HELIOS');
  });

  it('lists the embargoed release on a guest’s App Home once its embargo is over', async () => {
    now = AT_EMBARGO;
    expect(await home('UGUEST')).toContain('HELIOS');
  });
});
