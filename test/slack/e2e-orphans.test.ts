/**
 * Taught questions whose passage is gone, at start, with two instances on one store: each
 * instance's App Home shows each of them once in "À revoir", marked as such.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoreConfig } from '../../src/config.ts';
import { openStore } from '../../src/store/open.ts';
import { SIGNING_SECRET, startBot, type Harness } from '../support/bot-harness.ts';
import { appHomeOpenedEvent, eventCallback } from '../support/slack-payloads.ts';
import { postSigned } from '../support/slack-signing.ts';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.ts';

const COMMS = 'U0COMMS';
const ORPHAN = { id: 'taught-gone', question: 'Quel était le chiffre de la version précédente ?', passageId: 'gustave-roussy-esmo-2024-mariposa:0000000gone', releaseId: 'gustave-roussy-esmo-2024-mariposa', taughtBy: COMMS, taughtAt: new Date('2026-12-01T09:00:00Z') };

let dir: string;
let standIn: SlackStandIn;
const bots: Harness[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'orphans-'));
  const store: StoreConfig = { kind: 'embedded', dataDir: join(dir, 'data') };
  const seed = await openStore(store);
  await seed.addTaughtQuestion(ORPHAN);
  await seed.close();
  standIn = await startSlackStandIn();
  for (let i = 0; i < 2; i++) bots.push(await startBot({ mode: 'http', standIn, store, knowledgeDir: 'knowledge', review: { userIds: [COMMS] } }));
});
afterAll(async () => {
  for (const bot of bots) await bot.stop();
  await standIn.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openHome(bot: Harness): Promise<string> {
  const before = standIn.calls.length;
  await postSigned(`${bot.baseUrl}/slack/events`, { json: eventCallback(appHomeOpenedEvent(COMMS)) }, { signingSecret: SIGNING_SECRET });
  const published = await standIn.waitForCall((call) => call.method === 'views.publish' && standIn.calls.indexOf(call) >= before);
  return JSON.stringify(published.args.view);
}

it('shows a taught question whose passage is gone once in "À revoir" on each instance, from the start', async () => {
  for (const bot of bots) {
    const home = await openHome(bot);
    expect(home).toContain('À revoir (1)');
    expect(home.split(`"taught:${ORPHAN.id}"`)).toHaveLength(3);
    expect(home).toContain('le passage appris n’existe plus');
    expect(bot.logs.some((line) => line.msg === 'taught questions whose passage is gone')).toBe(true);
  }
});
