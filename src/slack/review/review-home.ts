/**
 * The App Home as a member of the communications team sees it: a notice when an action needs
 * one, "À revoir" and "Questions apprises" above what everyone else sees, within Slack's 100
 * blocks. Everyone else gets the usual tab.
 */
import type { KnownBlock } from '@slack/types';
import type { Answer, AskContext } from '../../answer/types.ts';
import { wording } from '../../answer/wording.fr.ts';
import type { TaughtOutcome, TaughtQuestion } from '../../learning/taught-question.ts';
import { renderReviewSection, renderTaughtSection, REVIEW_PAGE_SIZE, TAUGHT_PAGE_SIZE, type PassageChoice, type TaughtLine } from '../../render/slack-review.ts';
import type { AskedQuestion } from '../../review/review-queue.ts';
import type { ReviewService } from './review-service.ts';

const HOME_BLOCKS = 100;

/** The release's passages as the review shows them. */
export interface PassageCatalog {
  readonly passages: readonly PassageChoice[];
  sentenceOf(passageId: string): string | null;
}

/** What the review shows and answers from one version of the knowledge: take it once per action. */
export interface ReviewKnowledge {
  catalog: PassageCatalog;
  /** The tab everyone sees. */
  /** The tab everyone sees, as `viewer` may read it (a release under embargo only for insiders). */
  publicHome(viewer: Partial<AskContext>): Promise<readonly KnownBlock[]>;
  /** The passage ids the engine would consider for a question, best first. */
  candidates(question: string): string[];
  /** The Answer a taught outcome gives to a question; null when this version lacks its passage. */
  answerTaught(question: AskedQuestion, outcome: TaughtOutcome): Answer | null;
  /** Taught questions whose passage this version lacks: back in the queue. */
  orphans(): readonly TaughtQuestion[];
}

export interface ReviewHomeDeps {
  review: ReviewService;
  /** The knowledge in service. */
  knowledge(): ReviewKnowledge;
}

export interface HomeClient {
  views: { publish(args: { user_id: string; view: { type: 'home'; blocks: KnownBlock[] } }): Promise<unknown> };
}

export interface HomeState {
  reviewPage?: number;
  taughtPage?: number;
  /** A line to show first: what became of the last action. */
  notice?: string;
  /** Who opens the tab, when the caller knows; else a member of the team reads it as an insider, anyone else as an outsider. */
  viewer?: Partial<AskContext>;
}

const INSIDER: Partial<AskContext> = { audience: 'internal', exposed: false };
const OUTSIDER: Partial<AskContext> = { audience: 'external', exposed: true };

export async function homeBlocks(userId: string, deps: ReviewHomeDeps, state: HomeState = {}): Promise<KnownBlock[]> {
  const notice: KnownBlock[] = state.notice ? [{ type: 'context', elements: [{ type: 'plain_text', text: state.notice }] }] : [];
  const knowledge = deps.knowledge();
  const reviewer = await deps.review.isReviewer(userId);
  const viewer = state.viewer ?? (reviewer ? INSIDER : OUTSIDER);
  if (!reviewer) return [...notice, ...(await knowledge.publicHome(viewer))].slice(0, HOME_BLOCKS);
  let queue: Awaited<ReturnType<ReviewService['queue']>>;
  let taught: Awaited<ReturnType<ReviewService['taught']>>;
  try {
    [queue, taught] = await Promise.all([deps.review.queue(), deps.review.taught()]);
  } catch {
    // The store is down: the member still gets everyone's tab, and is told why the review is missing.
    const unavailable: KnownBlock = { type: 'context', elements: [{ type: 'plain_text', text: wording.review.unavailable }] };
    return [unavailable, ...notice, ...(await knowledge.publicHome(viewer))].slice(0, HOME_BLOCKS);
  }
  const { catalog } = knowledge;
  const lines: TaughtLine[] = taught.map((question) => ({
    id: question.id,
    question: question.question,
    sentence: question.outcome.kind === 'passage' ? (catalog.sentenceOf(question.outcome.passageId) ?? wording.review.orphaned) : null,
    taughtBy: question.taughtBy,
    taughtAt: new Date(question.taughtAt),
  }));
  // Newest taught first, as the rest of the queue.
  const orphans = [...knowledge.orphans()].reverse();
  const publicHome = await knowledge.publicHome(viewer);
  // Shorter pages rather than a cut tab: everyone's part of the tab stays whole below the review.
  for (let reviewSize = REVIEW_PAGE_SIZE, taughtSize = TAUGHT_PAGE_SIZE; ; ) {
    const review = [
      ...notice,
      ...renderReviewSection(queue, (id) => catalog.sentenceOf(id), state.reviewPage ?? 0, orphans, reviewSize),
      ...renderTaughtSection(lines, state.taughtPage ?? 0, taughtSize),
      { type: 'divider' } as const,
    ];
    const fits = review.length + publicHome.length <= HOME_BLOCKS;
    if (fits || (reviewSize === 1 && taughtSize === 1)) return [...review, ...publicHome].slice(0, HOME_BLOCKS);
    if (reviewSize > 1) reviewSize -= 1;
    else taughtSize -= 1;
  }
}

export async function publishReviewHome(client: HomeClient, userId: string, deps: ReviewHomeDeps, state: HomeState = {}): Promise<void> {
  await client.views.publish({ user_id: userId, view: { type: 'home', blocks: await homeBlocks(userId, deps, state) } });
}
