/**
 * The passage modal's submission: acknowledged at once (with the field's error when no passage
 * was chosen), then taught; with "Répondre dans le fil", the corrected answer goes where the
 * question was asked.
 */
import { wording } from '../../answer/wording.fr.ts';
import type { Logger } from '../../log.ts';
import { readReviewTarget, REVIEW_VIEW } from '../../render/slack-review-actions.ts';
import { releaseIdOfPassage } from '../../knowledge/passages.ts';
import { noticeFor, type ReviewActionDeps, type ReviewClient } from './review-actions.ts';
import { publishReviewHome } from './review-home.ts';
import { readPassageSubmission } from './review-payloads.ts';
import { postCorrection } from './post-correction.ts';

export interface SubmissionArgs {
  ack: (response?: { response_action: 'errors'; errors: Record<string, string> }) => Promise<void>;
  body: unknown;
  client: ReviewClient;
}

export async function handlePassageSubmission(args: SubmissionArgs, deps: ReviewActionDeps & { logger: Logger }): Promise<void> {
  const submission = readPassageSubmission(args.body);
  // One snapshot from the check to the corrected answer: a reload meanwhile cannot make it quote a passage it lacks.
  const knowledge = deps.knowledge();
  const known = submission?.passageId ? knowledge.catalog.sentenceOf(submission.passageId) !== null : false;
  if (!submission || !submission.passageId || !known) {
    await args.ack({ response_action: 'errors', errors: { [REVIEW_VIEW.passageBlock]: wording.review.modalNoPassage } });
    return;
  }
  await args.ack();
  const { userId, questionId, passageId, reply } = submission;
  try {
    const outcome = { kind: 'passage' as const, passageId, releaseId: releaseIdOfPassage(passageId) };
    const target = readReviewTarget(questionId);
    if (target.kind === 'taught') {
      const result = await deps.review.reteach(userId, target.id, outcome);
      await publishReviewHome(args.client, userId, deps, { notice: noticeFor(result, wording.review.taughtDone) });
      return;
    }
    const result = await deps.review.teach(userId, target.id, outcome, { replyWith: reply ? knowledge.answerTaught : null });
    if (result.kind === 'done' && result.reply) await postCorrection(args.client, result.reply.question, result.reply.answer);
    await publishReviewHome(args.client, userId, deps, { notice: noticeFor(result, wording.review.taughtDone) });
  } catch (error) {
    deps.logger.error('listener failed', { surface: 'review', action: 'submit_passage', error });
    await publishReviewHome(args.client, userId, deps, { notice: wording.slack.error }).catch(() => undefined);
  }
}
