/**
 * The App Home as a member of the communications team sees it: a notice when an action needs
 * one, "À revoir" and "Questions apprises" above what everyone else sees, within Slack's 100
 * blocks. Everyone else gets the usual tab.
 */
import type { KnownBlock } from '@slack/types';
import { wording } from '../../answer/wording.fr.ts';
import { renderReviewSection, renderTaughtSection, type PassageChoice, type TaughtLine } from '../../render/slack-review.ts';
import type { ReviewService } from './review-service.ts';

const HOME_BLOCKS = 100;

/** The release's passages as the review shows them. */
export interface PassageCatalog {
  readonly passages: readonly PassageChoice[];
  sentenceOf(passageId: string): string | null;
}

export interface ReviewHomeDeps {
  review: ReviewService;
  catalog: PassageCatalog;
  /** The tab everyone sees. */
  publicHome(): Promise<readonly KnownBlock[]>;
}

export interface HomeClient {
  views: { publish(args: { user_id: string; view: { type: 'home'; blocks: KnownBlock[] } }): Promise<unknown> };
}

export interface HomeState {
  reviewPage?: number;
  taughtPage?: number;
  /** A line to show first: what became of the last action. */
  notice?: string;
}

export async function homeBlocks(userId: string, deps: ReviewHomeDeps, state: HomeState = {}): Promise<KnownBlock[]> {
  const notice: KnownBlock[] = state.notice ? [{ type: 'context', elements: [{ type: 'plain_text', text: state.notice }] }] : [];
  if (!(await deps.review.isReviewer(userId))) return [...notice, ...(await deps.publicHome())].slice(0, HOME_BLOCKS);
  const [queue, taught] = await Promise.all([deps.review.queue(), deps.review.taught()]);
  const lines: TaughtLine[] = taught.map((question) => ({
    id: question.id,
    question: question.question,
    sentence: question.outcome.kind === 'passage' ? (deps.catalog.sentenceOf(question.outcome.passageId) ?? wording.review.orphaned) : null,
    taughtBy: question.taughtBy,
    taughtAt: new Date(question.taughtAt),
  }));
  const review = [
    ...notice,
    ...renderReviewSection(queue, (id) => deps.catalog.sentenceOf(id), state.reviewPage ?? 0),
    ...renderTaughtSection(lines, state.taughtPage ?? 0),
    { type: 'divider' } as const,
  ];
  return [...review, ...(await deps.publicHome())].slice(0, HOME_BLOCKS);
}

export async function publishReviewHome(client: HomeClient, userId: string, deps: ReviewHomeDeps, state: HomeState = {}): Promise<void> {
  await client.views.publish({ user_id: userId, view: { type: 'home', blocks: await homeBlocks(userId, deps, state) } });
}
