/**
 * The store failing under the running app (Postgres, for real): the connection is cut by a TCP
 * forwarder between the app and the server, or the server ends the app's sessions
 * (`pg_terminate_backend`). The bot keeps answering, says so once a minute, and stores again
 * once the store is back. Runs when TEST_DATABASE_URL is set.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startBot, type Harness } from '../support/bot-harness.ts';
import { deliver, repliesIn, sleep, waitForLog } from '../support/exactly-once.ts';
import { adminQuery, createSchema, databaseUrlFor, dropSchema, freshSchemaName, describeWithPostgres } from '../support/postgres.ts';
import { appMentionEvent, eventCallback } from '../support/slack-payloads.ts';
import { startTcpForwarder, type TcpForwarder } from '../support/tcp-forwarder.ts';

const QUESTION = "<@UBOT> Combien de patients dans l'essai MARIPOSA ?";

describeWithPostgres('the Postgres store failing while the bot runs', 'test/slack/e2e-store-outage.test.ts', (databaseUrl) => {
  const server = new URL(databaseUrl);
  let bot: Harness | undefined;
  let forwarder: TcpForwarder | undefined;
  let schema: string | undefined;

  afterEach(async () => {
    await bot?.stop();
    await forwarder?.close();
    if (schema !== undefined) await dropSchema(schema);
    bot = undefined;
    forwarder = undefined;
    schema = undefined;
  });

  /** The question's row, read by the test over its own connection. */
  const storedQuestions = async (channel: string) =>
    adminQuery<{ channel_id: string }>(`SELECT channel_id FROM ${schema}.questions WHERE channel_id = $1`, [channel]);

  /** Asks in `channel` and waits for the reply; returns what was delivered, to deliver it again. */
  async function ask(channel: string): Promise<object> {
    if (!bot) throw new Error('no bot');
    const body = eventCallback(appMentionEvent({ text: QUESTION, channel, user: `U${channel}` }));
    await deliver(bot, body);
    await bot.standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === channel);
    return body;
  }

  async function waitForRow(channel: string): Promise<void> {
    for (let i = 0; i < 200; i += 1) {
      if ((await storedQuestions(channel)).length > 0) return;
      await sleep(25);
    }
    throw new Error(`no stored question for ${channel}`);
  }

  describe('the connection cut or ended under the app', () => {
    it('keeps answering while the connection is cut, logs it once, and stores again once it is back', async () => {
      schema = freshSchemaName();
      await createSchema(schema);
      forwarder = await startTcpForwarder({ host: server.hostname, port: Number(server.port || 5432) });
      const url = new URL(databaseUrlFor(schema));
      url.port = String(forwarder.port);
      bot = await startBot({ mode: 'http', store: { kind: 'postgres', url: url.toString() } });

      await ask('C0BEFORE');
      await waitForRow('C0BEFORE');

      await forwarder.cut();
      const during = await ask('C0DURING1');
      // Without the store, this process's memory still drops a retry it has seen.
      await deliver(bot, during, 1);
      await waitForLog(bot, 'duplicate event dropped');
      await ask('C0DURING2');
      await ask('C0DURING3');
      expect(bot.logs.filter((l) => l.msg === 'store unavailable: answering without it')).toHaveLength(1);
      expect(bot.logs.find((l) => l.msg === 'store unavailable: answering without it')).toMatchObject({ level: 'error', engine: 'postgres' });

      await forwarder.restore();
      await sleep(2_200);
      await ask('C0AFTER');
      await waitForLog(bot, 'store is back');
      await waitForRow('C0AFTER');
      for (const channel of ['C0DURING1', 'C0DURING2', 'C0DURING3']) expect(await storedQuestions(channel)).toEqual([]);
      for (const channel of ['C0BEFORE', 'C0DURING1', 'C0DURING2', 'C0DURING3', 'C0AFTER']) expect(repliesIn(bot.standIn, channel)).toHaveLength(1);
    });

    it('keeps answering and storing when the server ends the app’s sessions', async () => {
      schema = freshSchemaName();
      await createSchema(schema);
      const url = new URL(databaseUrlFor(schema));
      url.searchParams.set('application_name', schema);
      bot = await startBot({ mode: 'http', store: { kind: 'postgres', url: url.toString() } });
      await ask('C0TERM1');
      await waitForRow('C0TERM1');

      const ended = await adminQuery<{ ended: boolean }>('SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1', [schema]);
      expect(ended.length).toBeGreaterThan(0);
      await ask('C0TERM2');
      await sleep(2_200);
      await ask('C0TERM3');
      await waitForRow('C0TERM3');
      for (const channel of ['C0TERM1', 'C0TERM2', 'C0TERM3']) expect(repliesIn(bot.standIn, channel)).toHaveLength(1);
    });
  });
});
