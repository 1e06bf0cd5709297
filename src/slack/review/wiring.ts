/**
 * The communications team's review, put together for the Slack app: who reviews, the review
 * service over the store, the passages a reviewer picks from, the taught questions kept in step
 * with the store, and the daily digest. Built by `createSlackDeps`; its Web API client is
 * attached once the app exists. The knowledge it shows is the snapshot in service when an action
 * starts: a reload swaps a new one in for the next action.
 */
import type { AskContext } from '../../answer/types.ts';
import type { AskedQuestion } from '../../review/review-queue.ts';
import type { ReviewConfig } from '../../config.ts';
import type { LiveKnowledge } from '../../live/live-knowledge.ts';
import type { KnowledgeSnapshot } from '../../live/snapshot.ts';
import type { Logger } from '../../log.ts';
import { renderHomeView } from '../../render/slack-home.ts';
import type { Store } from '../../store/store.ts';
import { createCommsTeam, type MembersClient } from '../comms-team.ts';
import { homePins } from '../pins.ts';
import { scheduleDigest } from './digest-runner.ts';
import type { ReviewActionDeps } from './review-actions.ts';
import type { ReviewKnowledge } from './review-home.ts';
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
  live: LiveKnowledge;
  store: Store;
  logger: Logger;
}

/** What the review reads of one snapshot. */
function reviewKnowledgeOf(snapshot: KnowledgeSnapshot, store: Pick<Store, 'channelPins'>, logger: Logger): ReviewKnowledge {
  const { knowledge, engine, learned, told } = snapshot;
  const byId = new Map(knowledge.passages.map((passage) => [passage.id, passage]));
  return {
    catalog: {
      passages: knowledge.passages.map((passage) => ({ id: passage.id, text: passage.text, section: passage.section })),
      sentenceOf: (id) => byId.get(id)?.text ?? null,
    },
    // What the viewer may read: a release under embargo is listed to an outsider once its time has come.
    async publicHome(viewer) {
      const { releases, examples } = learned.visibleTo(viewer);
      // Read at each opening, without a cache: the tab is opened far less often than questions are asked.
      const pins = await store.channelPins().catch((error: unknown) => {
        logger.warn('channel pins unavailable for the App Home', { error });
        return [];
      });
      return renderHomeView(releases, examples, { pins: homePins(pins, releases), ...(viewer.now ? { now: viewer.now } : {}) }).blocks;
    },
    candidates(question) {
      const answer = engine.answer(question);
      return [...(answer.passageId ? [answer.passageId] : []), ...answer.alternatives.map((alternative) => alternative.passageId)];
    },
    answerTaught: (question, outcome) => told(question.text, outcome.kind === 'passage' ? outcome.passageId : null, 1, correctionContext(question)),
    // Read at each call: the taught questions change within a snapshot.
    orphans: () => learned.orphans,
  };
}

export function createReviewWiring({ config, live, store, logger }: ReviewWiringOptions): ReviewWiring {
  let client: ReviewClient | undefined;
  const slack = (): ReviewClient => {
    if (!client) throw new Error('the review has no Web API client yet');
    return client;
  };
  const team = createCommsTeam({ channelId: config.channelId, userIds: config.userIds }, slack, logger);
  const review = createReviewService({
    store,
    team,
    replaceTaught: (taught) => live.replaceTaught(taught),
    orphans: () => live.current().learned.orphans,
    logger,
  });
  // Built once per snapshot, at its first use: the passage list is the same for every action on it.
  const views = new WeakMap<KnowledgeSnapshot, ReviewKnowledge>();
  let sync: TaughtSync | undefined;
  let digest: { stop(): void } | undefined;
  return {
    review,
    logger,
    knowledge() {
      const snapshot = live.current();
      let view = views.get(snapshot);
      if (!view) views.set(snapshot, (view = reviewKnowledgeOf(snapshot, store, logger)));
      return view;
    },
    attach(c) {
      client = c;
    },
    async start(homeUrl) {
      sync = startTaughtSync(store, (taught) => live.replaceTaught(taught), logger);
      await sync.refresh();
      const { orphans } = live.current().learned;
      if (orphans.length > 0) logger.warn('taught questions whose passage is gone', { taughtIds: orphans.map((taught) => taught.id) });
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

/**
 * Where a correction goes, as the embargo reads it: the asker as recorded, and any channel
 * thread counted as exposed (whether guests read it is not known here), so that a correction
 * quotes a release under embargo only in a direct message or a private answer to the organisation.
 */
export function correctionContext(question: Pick<AskedQuestion, 'external' | 'surface'>, now = new Date()): Partial<AskContext> {
  return { audience: question.external ? 'external' : 'internal', exposed: question.surface === 'mention', now };
}
