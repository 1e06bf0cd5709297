/**
 * The baseline of `bench/load.ts`: a bare Bolt app with the HTTP receiver that answers every
 * app_mention with one fixed chat.postMessage in its thread. Same Web API policy as ours.
 * Settings come from the same environment variables as `src/main.ts`. With
 * `BARE_REPLY=rendered`, the fixed reply is one of our real answers rendered for Slack (computed
 * once at start), so that the message size is ours and only the per-event work differs.
 */
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { loadAnswerer } from '../src/answer/answerer.ts';
import { renderSlackAnswer, type SlackMessage } from '../src/render/slack.ts';
import { DEFAULT_WEB_API_POLICY } from '../src/slack/app.ts';

const reply: SlackMessage =
  process.env.BARE_REPLY === 'rendered'
    ? renderSlackAnswer(loadAnswerer(process.env.KNOWLEDGE_DIR ?? 'knowledge').answer('Quel est le taux d’anomalies de MET avec l’association ?'))
    : { text: 'Réponse fixe.', blocks: [] };

const receiver = new HTTPReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET ?? '', endpoints: ['/slack/events'] });
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  receiver,
  logLevel: LogLevel.WARN,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL, retryConfig: DEFAULT_WEB_API_POLICY.retryConfig, timeout: DEFAULT_WEB_API_POLICY.timeoutMs },
});

app.event('app_mention', async ({ event, client }) => {
  await client.chat.postMessage({
    channel: event.channel,
    thread_ts: event.thread_ts ?? event.ts,
    text: reply.text,
    ...(reply.blocks.length > 0 ? { blocks: reply.blocks } : {}),
    unfurl_links: false,
    unfurl_media: false,
  });
});

const server = await receiver.start(Number(process.env.PORT ?? 0));
process.stdout.write(`${JSON.stringify({ level: 'info', msg: 'listening', port: (server.address() as AddressInfo).port })}\n`);
process.once('SIGTERM', () => {
  receiver.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
