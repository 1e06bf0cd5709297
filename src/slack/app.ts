/**
 * Builds the Bolt app for Socket Mode or HTTP, wired to the answer engine. Only wiring: the
 * listeners live in `listeners/`, the messages in `render/slack.ts`.
 */
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { SlackConfig } from '../config.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { schedulePurge } from '../store/purge.ts';
import { dropDuplicateEvents } from './dedupe.ts';
import type { SlackDeps } from './deps.ts';
import { createReadiness, healthRoute, type Readiness } from './health.ts';
import { InFlight } from './in-flight.ts';
import { registerListeners } from './listeners/index.ts';
import { DEFAULT_WEB_API_POLICY, webClientOptions, type WebApiPolicy } from './web-api-policy.ts';

export { DEFAULT_WEB_API_POLICY, webClientOptions, type WebApiPolicy } from './web-api-policy.ts';

export interface SlackAppOptions {
  config: SlackConfig;
  deps: SlackDeps;
  /** Reported by `GET /healthz` in HTTP mode; ready by default. */
  readiness?: Readiness;
  webApi?: WebApiPolicy;
}

export interface SlackBot {
  readonly app: App;
  /** Checks the bot token (`auth.test`), then listens (HTTP) or connects (Socket Mode). */
  start(): Promise<{ port: number | undefined }>;
  /** Stops taking new events, then waits up to `graceMs` for the replies being sent; the store is the caller's to close. */
  stop(graceMs?: number): Promise<void>;
}

export function buildSlackApp(options: SlackAppOptions): SlackBot {
  const { config, deps } = options;
  const logger = toBoltLogger(deps.logger);
  const policy = options.webApi ?? DEFAULT_WEB_API_POLICY;
  const clientOptions = webClientOptions(config.slack.apiUrl, policy);
  const receiver =
    config.mode === 'socket'
      ? new SocketModeReceiver({ appToken: config.slack.appToken, logger, installerOptions: { clientOptions } })
      : new HTTPReceiver({
          signingSecret: config.slack.signingSecret,
          endpoints: ['/slack/events'],
          port: config.port,
          logger,
          customRoutes: [healthRoute(options.readiness ?? createReadiness(true))],
        });

  // No conversation store: the bot keeps no state between messages, and Bolt's default one
  // looks each conversation up on every event (and builds an Error for each miss).
  // No `ignoreSelf`: the listeners skip every message that carries a `bot_id`, ours included,
  // and Bolt's check would be one more middleware on every request.
  const app = new App({ token: config.slack.botToken, receiver, logger, clientOptions, deferInitialization: true, convoStore: false, ignoreSelf: false });
  app.error(async (error) => {
    deps.logger.error('unhandled listener error', { error });
  });
  const inFlight = new InFlight();
  const dropDuplicates = dropDuplicateEvents(deps.delivery, deps.logger);
  // One global middleware rather than two: Bolt calls each one for every request.
  app.use((args) => inFlight.track(dropDuplicates(args)));
  registerListeners(app, deps);
  deps.directory.attach(app.client as unknown as Parameters<SlackDeps['directory']['attach']>[0]);
  deps.review?.attach(app.client as unknown as Parameters<NonNullable<SlackDeps['review']>['attach']>[0]);
  deps.reloader?.attach(app.client as unknown as Parameters<NonNullable<SlackDeps['reloader']>['attach']>[0]);
  let stopPurging: (() => void) | undefined;

  return {
    app,
    async start() {
      await app.init();
      stopPurging = schedulePurge(deps.delivery.store, config.questionRetentionDays, deps.logger);
      if (deps.review) {
        const auth = await app.client.auth.test();
        // The digest's button opens the bot's App Home: Slack's deep link needs the team and app ids.
        const homeUrl = auth.team_id && auth.app_id ? `slack://app?team=${auth.team_id}&id=${auth.app_id}&tab=home` : null;
        await deps.review.start(() => homeUrl);
      }
      deps.reloader?.start();
      if (receiver instanceof HTTPReceiver) {
        const server = await receiver.start(config.mode === 'http' ? config.port : 0);
        const port = (server.address() as AddressInfo).port;
        deps.logger.info('listening', { mode: 'http', port, path: '/slack/events' });
        return { port };
      }
      await receiver.start();
      deps.logger.info('connected', { mode: 'socket' });
      return { port: undefined };
    },
    async stop(graceMs = 5_000) {
      stopPurging?.();
      deps.reloader?.stop();
      deps.review?.stop();
      if (receiver instanceof HTTPReceiver) await receiver.stop();
      else await receiver.client.disconnect();
      await inFlight.drain(graceMs);
    },
  };
}
