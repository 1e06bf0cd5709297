/**
 * The passage menu of the modal, when the release has more passages than a menu lists: Slack
 * asks for the options matching what the reviewer types, and gets the candidates first, then
 * the release by section. Only the team gets passages; anyone else gets an empty menu.
 */
import { passageOptionGroups, type PassageOptionGroup } from '../../render/slack-passage-options.ts';
import { candidatesOf, type ReviewActionDeps } from './review-actions.ts';
import { readPassageSuggestion } from './review-payloads.ts';
import { readReviewTarget } from '../../render/slack-review-actions.ts';

export interface PassageOptionsArgs {
  ack: (response: { option_groups: PassageOptionGroup[] } | { options: [] }) => Promise<void>;
  body: unknown;
}

export async function handlePassageOptions(args: PassageOptionsArgs, deps: ReviewActionDeps): Promise<void> {
  const suggestion = readPassageSuggestion(args.body);
  try {
    if (!suggestion || !(await deps.review.isReviewer(suggestion.userId))) {
      if (suggestion) deps.logger.warn('review refused', { user: suggestion.userId, action: 'passage_options' });
      return await args.ack({ options: [] });
    }
    const target = readReviewTarget(suggestion.questionId);
    const question = target.kind === 'question' ? (await deps.review.question(target.id))?.text : deps.review.orphan(target.id)?.question;
    const knowledge = deps.knowledge();
    const candidates = question === undefined ? [] : candidatesOf(knowledge, question);
    await args.ack({ option_groups: passageOptionGroups(candidates, knowledge.catalog.passages, suggestion.query).groups });
  } catch (error) {
    deps.logger.error('listener failed', { surface: 'review', action: 'passage_options', error });
    await args.ack({ options: [] }).catch(() => undefined);
  }
}
