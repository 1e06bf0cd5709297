/**
 * Two instances of the real app in HTTP mode on one Postgres (a schema of this run's own), as
 * behind a load balancer: Slack's first deliveries reach one, its retries the other, and each
 * question is still answered once; the rate limit counts across both. Runs when
 * TEST_DATABASE_URL is set (CI sets it), and fails when it is set and no server answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../src/render/slack-actions.ts';
import { SIGNING_SECRET, startBot, type Harness } from '../support/bot-harness.ts';
import { deliver, repliesIn, sleep, waitForLog } from '../support/exactly-once.ts';
import { createSchema, databaseUrlFor, dropSchema, freshSchemaName, describeWithPostgres } from '../support/postgres.ts';
import { appMentionEvent, blockAction, eventCallback, slashCommand } from '../support/slack-payloads.ts';
import { postSigned } from '../support/slack-signing.ts';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.ts';

const QUESTION = "<@UBOT> Combien de patients dans l'essai MARIPOSA ?";

describeWithPostgres('two replicas on one Postgres', 'test/slack/e2e-replicas.test.ts', () => {
  describe('HTTP mode, first deliveries to one replica and retries to the other', () => {
    const schema = freshSchemaName();
    let standIn: SlackStandIn;
    let a: Harness;
    let b: Harness;

    beforeAll(async () => {
      await createSchema(schema);
      standIn = await startSlackStandIn();
      const store = { kind: 'postgres', url: databaseUrlFor(schema) } as const;
      // The first start migrates; the second finds the schema current.
      a = await startBot({ mode: 'http', standIn, store, rateLimitPerMinute: 2 });
      b = await startBot({ mode: 'http', standIn, store, rateLimitPerMinute: 2 });
    });
    afterAll(async () => {
      await a?.stop();
      await b?.stop();
      await standIn?.close();
      await dropSchema(schema);
    });

    it('opened one schema: the second replica applied no migration', () => {
      expect(a.store.migrationsApplied.length).toBeGreaterThan(0);
      expect(b.store.migrationsApplied).toEqual([]);
    });

    it('answers each event once when its retries land on the other replica', async () => {
      const channels = ['C0REP1', 'C0REP2', 'C0REP3'];
      const bodies = channels.map((channel, i) => eventCallback(appMentionEvent({ text: QUESTION, channel, user: `U0REP${i}` })));
      await Promise.all(bodies.map((body) => deliver(a, body)));
      await Promise.all(bodies.map((body) => deliver(b, body, 1)));
      await Promise.all(bodies.map((body) => deliver(b, body, 2)));
      await waitForLog(b, 'duplicate event dropped', 6);
      await standIn.waitForDelivered('chat.postMessage', 3);
      await sleep(300);
      for (const channel of channels) expect(repliesIn(standIn, channel)).toHaveLength(1);
    });

    it('answers one message delivered under two event ids, one to each replica at once, once', async () => {
      const event = appMentionEvent({ text: QUESTION, channel: 'C0REPTWICE', user: 'U0REPTWICE' });
      await Promise.all([deliver(a, eventCallback(event)), deliver(b, eventCallback(event))]);
      await standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0REPTWICE');
      await sleep(300);
      expect(repliesIn(standIn, 'C0REPTWICE')).toHaveLength(1);
    });

    it('publishes a private answer once when the click reaches both replicas', async () => {
      const res = await postSigned(`${a.baseUrl}/slack/events`, { form: slashCommand({ text: 'Quel est le taux d’anomalies de MET avec l’association ?', user: 'U0REPPUB', responseUrl: standIn.responseUrl('rep-cmd') }) }, { signingSecret: SIGNING_SECRET });
      const reply = (await res.json()) as { blocks: { type: string; elements?: { action_id: string; value: string }[] }[] };
      const button = reply.blocks.find((bl) => bl.type === 'actions')?.elements?.find((e) => e.action_id === ACTION_IDS.publish);
      const click = blockAction({ actionId: ACTION_IDS.publish, value: button?.value ?? '', responseUrl: standIn.responseUrl('rep-click') });
      await Promise.all([a, b].map((bot) => postSigned(`${bot.baseUrl}/slack/events`, { interactive: click }, { signingSecret: SIGNING_SECRET })));
      const responses = () => standIn.responses.filter((r) => r.id === 'rep-click');
      for (let i = 0; i < 200 && responses().length < 3; i += 1) await sleep(10);
      expect(responses().filter((r) => r.body.response_type === 'in_channel')).toHaveLength(1);
      expect(responses().filter((r) => String(r.body.text).startsWith('Déjà publiée'))).toHaveLength(1);
    });

    it('counts one user’s questions across both replicas against one limit', async () => {
      const channels = ['C0RL1', 'C0RL2', 'C0RL3', 'C0RL4'];
      for (const [i, channel] of channels.entries()) {
        await deliver(i % 2 === 0 ? a : b, eventCallback(appMentionEvent({ text: QUESTION, channel, user: 'U0EAGER' })));
        await sleep(50);
      }
      await standIn.waitForCall((c) => c.method === 'chat.postEphemeral' && c.args.user === 'U0EAGER');
      await sleep(300);
      expect(channels.map((channel) => repliesIn(standIn, channel).length)).toEqual([1, 1, 0, 0]);
      expect(standIn.delivered('chat.postEphemeral').filter((c) => c.args.user === 'U0EAGER').map((c) => c.args.channel)).toEqual(['C0RL3']);
    });

    it('stores each question once, with who asked it where, and none of the dropped retries', async () => {
      const asked = [...a.logs, ...b.logs].filter((l) => l.msg === 'question' && l.user === 'U0REP0');
      expect(asked).toHaveLength(1);
      const stored = await b.store.question(String(asked[0]?.questionId));
      expect(stored).toMatchObject({ surface: 'mention', channelType: 'channel', channelId: 'C0REP1', userId: 'U0REP0', reason: 'answer', answered: true });
    });
  });
});
