/**
 * The review buttons of the App Home and of a private answer, routed by `action_id`. Every click
 * is checked against the communications team on the server (a forged or replayed click from
 * anyone else changes nothing and is logged), then answered by publishing the tab again with what
 * became of it.
 */
import type { KnownBlock, ModalView } from '@slack/types';
import { wording } from '../../answer/wording.fr.ts';
import { renderChoosePassageModal, renderPassageModalMessage, type PassageChoice } from '../../render/slack-review.ts';
import { readReviewTarget, REVIEW_ACTIONS, taughtTarget, type ReviewActionId, type ReviewTarget } from '../../render/slack-review-actions.ts';
import type { Logger } from '../../log.ts';
import { readButtonValue } from '../payloads.ts';
import { publishReviewHome, type HomeClient, type HomeState, type ReviewHomeDeps } from './review-home.ts';
import { readReviewClick } from './review-payloads.ts';
import type { ReviewResult } from './review-service.ts';
import { postCorrection, type CorrectionClient } from './post-correction.ts';

const w = wording.review;

export interface ReviewClient extends HomeClient, CorrectionClient {
  views: HomeClient['views'] & {
    open(args: { trigger_id: string; view: ModalView }): Promise<{ view?: { id?: string } }>;
    update(args: { view_id: string; view: ModalView }): Promise<unknown>;
  };
}

export interface ReviewActionDeps extends ReviewHomeDeps {
  logger: Logger;
}

export interface ReviewActionArgs {
  ack: () => Promise<void>;
  body: unknown;
  action: unknown;
  client: ReviewClient;
  respond?: (message: { response_type: 'ephemeral'; replace_original: false; text: string; blocks?: KnownBlock[] }) => Promise<unknown>;
}

export const REVIEW_ACTION_IDS: readonly ReviewActionId[] = Object.values(REVIEW_ACTIONS).filter((id) => id !== REVIEW_ACTIONS.openHome);

/** The line the tab shows after an action. */
export function noticeFor(result: ReviewResult, done: string): string {
  switch (result.kind) {
    case 'done':
      return done;
    case 'not_allowed':
      return w.notAllowed;
    case 'already_done':
      return w.alreadyDone;
    case 'unknown_question':
      return w.alreadyDone;
  }
}

export async function handleReviewAction(actionId: string, args: ReviewActionArgs, deps: ReviewActionDeps): Promise<void> {
  await args.ack();
  const click = readReviewClick(args.body);
  const value = readButtonValue(args.action);
  if (!click || value === undefined) {
    deps.logger.warn('unreadable review click', { action: actionId });
    return;
  }
  const { userId } = click;
  const publish = (state: HomeState): Promise<void> => publishReviewHome(args.client, userId, deps, state);
  try {
    switch (actionId) {
      case REVIEW_ACTIONS.page:
        return await publish({ reviewPage: Number(value) || 0 });
      case REVIEW_ACTIONS.taughtPage:
        return await publish({ taughtPage: Number(value) || 0 });
      case REVIEW_ACTIONS.confirm:
        return await publish({ notice: noticeFor(await deps.review.teach(userId, value, 'as_answered', { replyWith: null }), w.taughtDone) });
      case REVIEW_ACTIONS.refuse: {
        const target = readReviewTarget(value);
        if (target.kind === 'taught') return await publish({ notice: noticeFor(await deps.review.reteach(userId, target.id, { kind: 'refusal' }), w.taughtDone) });
        const result = await deps.review.teach(userId, target.id, { kind: 'refusal' }, { replyWith: deps.knowledge().answerTaught });
        if (result.kind === 'done' && result.reply && result.reply.question.answered) await postCorrection(args.client, result.reply.question, result.reply.answer);
        return await publish({ notice: noticeFor(result, w.taughtDone) });
      }
      case REVIEW_ACTIONS.ignore:
        return await publish({ notice: noticeFor(await deps.review.ignore(userId, value), w.ignoredDone) });
      case REVIEW_ACTIONS.removeTaught:
        return await publish({ notice: noticeFor(await deps.review.removeTaught(userId, value), w.removedDone) });
      case REVIEW_ACTIONS.choose:
        return await openPassageModal(args, deps, userId, readReviewTarget(value), click.triggerId);
      case REVIEW_ACTIONS.flag: {
        const result = await deps.review.flag(userId, value);
        await args.respond?.({ response_type: 'ephemeral', replace_original: false, text: noticeFor(result, w.flagged) });
        return;
      }
    }
  } catch (error) {
    deps.logger.error('listener failed', { surface: 'review', action: actionId, error });
    await publish({ notice: wording.slack.error }).catch(() => undefined);
  }
}

/**
 * Opens the modal at once, with a waiting line, since Slack's trigger lasts 3 seconds and the
 * team check may page through the channel's members; then fills it in.
 */
async function openPassageModal(args: ReviewActionArgs, deps: ReviewActionDeps, userId: string, target: ReviewTarget, triggerId: string | undefined): Promise<void> {
  if (triggerId === undefined) return publishReviewHome(args.client, userId, deps, { notice: w.alreadyDone });
  const opened = await args.client.views.open({ trigger_id: triggerId, view: renderPassageModalMessage(w.modalLoading) });
  const viewId = opened.view?.id;
  const show = async (view: ModalView): Promise<void> => {
    if (viewId !== undefined) await args.client.views.update({ view_id: viewId, view });
  };
  if (!(await deps.review.isReviewer(userId))) {
    deps.logger.warn('review refused', { user: userId, action: 'choose', target: target.id });
    return show(renderPassageModalMessage(w.notAllowed));
  }
  const question = target.kind === 'question' ? (await deps.review.question(target.id))?.text : deps.review.orphan(target.id)?.question;
  if (question === undefined) return show(renderPassageModalMessage(w.alreadyDone));
  // One snapshot for the candidates and the list: both from the knowledge in service now.
  const knowledge = deps.knowledge();
  await show(
    renderChoosePassageModal({
      questionId: target.kind === 'question' ? target.id : taughtTarget(target.id),
      question,
      candidates: candidatesOf(knowledge, question),
      passages: knowledge.catalog.passages,
      // A taught question was not asked anywhere: there is nowhere to reply.
      canReply: target.kind === 'question',
    }),
  );
}

/** The engine's candidates for `question`, as the reviewer picks from them. */
export function candidatesOf(knowledge: Pick<ReturnType<ReviewActionDeps['knowledge']>, 'candidates' | 'catalog'>, question: string): PassageChoice[] {
  const byId = new Map(knowledge.catalog.passages.map((passage) => [passage.id, passage]));
  return knowledge.candidates(question).flatMap((id) => byId.get(id) ?? []);
}
