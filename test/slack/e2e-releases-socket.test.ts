/**
 * Two releases over Socket Mode: the pin menu's choice and the other release's button arrive as
 * `interactive` envelopes, are acknowledged, and answer through the response URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS, encodeOtherReleaseValue } from '../../src/render/slack-actions.ts';
import { startBot, type Harness } from '../support/bot-harness.ts';
import { appMentionEvent, blockAction, eventCallback, menuAction, slashCommand } from '../support/slack-payloads.ts';
import { MARIPOSA_ID, twoReleasesDir } from '../support/two-releases.ts';

const COMMS = 'U0COMMS';
const BOTH = 'Quelle est la survie sans progression ?';

let h: Harness;

beforeAll(async () => {
  h = await startBot({ mode: 'socket', knowledgeDir: twoReleasesDir(), review: { userIds: [COMMS] } });
});
afterAll(async () => {
  await h?.stop();
});

async function responseTo(id: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = h.standIn.responses.find((response) => response.id === id);
    if (found) return found.body as Record<string, unknown>;
    if (Date.now() > deadline) throw new Error(`no response to ${id}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('several releases over Socket Mode', () => {
  it('shows the other release’s answer to whoever clicks', async () => {
    await h.standIn.sendEnvelope('interactive', blockAction({ actionId: ACTION_IDS.otherRelease, value: encodeOtherReleaseValue(MARIPOSA_ID, BOTH), responseUrl: h.standIn.responseUrl('sock-other') }));
    const shown = await responseTo('sock-other');
    expect(shown).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(shown.text)).toContain('amélioration de la survie sans progression');
  });

  it('pins a channel from the menu of /communique épingler, and answers it from the pinned release', async () => {
    const ack = await h.standIn.sendEnvelope('slash_commands', slashCommand({ text: 'épingler', user: COMMS, channel: 'C0SOCKPIN', responseUrl: h.standIn.responseUrl('sock-pin-cmd') }));
    expect(JSON.stringify(ack.payload?.blocks)).toContain(ACTION_IDS.pinRelease);
    await h.standIn.sendEnvelope('interactive', menuAction({ actionId: ACTION_IDS.pinRelease, value: MARIPOSA_ID, user: COMMS, channel: 'C0SOCKPIN', responseUrl: h.standIn.responseUrl('sock-pin') }));
    expect(String((await responseTo('sock-pin')).text)).toContain('📌 Ce canal est épinglé');
    await h.standIn.sendEnvelope('events_api', eventCallback(appMentionEvent({ text: `<@UBOT> ${BOTH}`, channel: 'C0SOCKPIN', ts: '1726500000.000001' })));
    const reply = await h.standIn.waitForCall((call) => call.method === 'chat.postMessage' && call.args.channel === 'C0SOCKPIN');
    expect(String(reply.args.text)).toContain('amélioration de la survie sans progression');
  });
});
