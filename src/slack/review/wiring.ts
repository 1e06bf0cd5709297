/**
 * The communications team's review, put together for the Slack app: who reviews, the review
 * service over the store, the passages a reviewer picks from, the taught questions kept in step
 * with the store, and the daily digest. Built by `createSlackDeps`; its Web API client is
 * attached once the app exists.
 */
import type { Answerer } from '../../answer/answerer.ts';
import type { ReviewConfig } from '../../config.ts';
import type { Knowledge } from '../../knowledge/load.ts';
import type { LearnedAnswerer } from '../../learning/learned-answerer.ts';
import { createToldAnswerer } from '../../answer/answerer.ts';
import type { Logger } from '../../log.ts';
import { renderHomeView } from '../../render/slack-home.ts';
import type { Store } from '../../store/store.ts';
import { createCommsTeam, type MembersClient } from '../comms-team.ts';
import { homePins } from '../pins.ts';
import { scheduleDigest } from './digest-runner.ts';
import type { ReviewActionDeps } from './review-actions.ts';
import type { PassageCatalog } from './review-home.ts';
import { createReviewService } from './review-service.ts';
import { startTaughtSync, type TaughtSync } from './taught-sync.ts';

export interface ReviewClient extends MembersClient {
  apiCall(method: string, options: Record<string, unknown>): Promise<unknown>;
}

export interface ReviewWiring extends ReviewActionDeps {
  /** Hands in the app's Web API client. */
  attach(client: ReviewClient): void;
  /** Loads the taught questions, then keeps them in step; schedules the digest when there is a channel. */
  start(homeUrl: () => string | null): Promise<void>;
  stop(): void;
}

export interface ReviewWiringOptions {
  config: ReviewConfig;
  knowledge: Knowledge;
  learned: LearnedAnswerer;
  /** The engine alone: the candidates a reviewer picks from are its own. */
  engine: Answerer;
  store: Store;
  logger: Logger;
}

export function createReviewWiring({ config, knowledge, learned, engine, store, logger }: ReviewWiringOptions): ReviewWiring {
  let client: ReviewClient | undefined;
  const slack = (): ReviewClient => {
    if (!client) throw new Error('the review has no Web API client yet');
    return client;
  };
  const team = createCommsTeam({ channelId: config.channelId, userIds: config.userIds }, slack, logger);
  const told = createToldAnswerer(knowledge);
  const review = createReviewService({
    store,
    team,
    replaceTaught: (taught) => learned.replaceTaught(taught),
    answerTaught: (question, outcome) => told(question, outcome.kind === 'passage' ? outcome.passageId : null, 1),
    logger,
  });
  const byId = new Map(knowledge.passages.map((passage) => [passage.id, passage]));
  const catalog: PassageCatalog = {
    passages: knowledge.passages.map((passage) => ({ id: passage.id, text: passage.text, section: passage.section })),
    sentenceOf: (id) => byId.get(id)?.text ?? null,
  };
  let sync: TaughtSync | undefined;
  let digest: { stop(): void } | undefined;
  return {
    review,
    catalog,
    logger,
    async publicHome() {
      // Read at each opening, without a cache: the tab is opened far less often than questions are asked.
      const pins = await store.channelPins().catch((error: unknown) => {
        logger.warn('channel pins unavailable for the App Home', { error });
        return [];
      });
      return renderHomeView(learned.releases, learned.examples, { pins: homePins(pins, learned.releases) }).blocks;
    },
    candidates(question) {
      const answer = engine.answer(question);
      return [...(answer.passageId ? [answer.passageId] : []), ...answer.alternatives.map((alternative) => alternative.passageId)];
    },
    attach(c) {
      client = c;
    },
    async start(homeUrl) {
      sync = startTaughtSync(store, (taught) => learned.replaceTaught(taught), logger);
      await sync.refresh();
      if (learned.orphans.length > 0) logger.warn('taught questions whose passage is gone', { taughtIds: learned.orphans.map((taught) => taught.id) });
      if (config.channelId !== null) {
        const channel = config.channelId;
        digest = scheduleDigest(
          { channelId: channel, time: config.digestTime, timeZone: config.timeZone },
          {
            store,
            review,
            homeUrl,
            logger,
            post: async (target, message) => {
              await slack().apiCall('chat.postMessage', { channel: target, text: message.text, blocks: JSON.stringify(message.blocks), unfurl_links: false, unfurl_media: false });
            },
          },
        );
      }
    },
    stop() {
      sync?.stop();
      digest?.stop();
    },
  };
}
