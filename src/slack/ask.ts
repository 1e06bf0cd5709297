/**
 * One question from Slack: rate limit, answer, and the one structured log line per question.
 */
import type { Answer } from '../answer/types.ts';
import type { SlackDeps } from './deps.ts';
import type { ChannelType } from './payloads.ts';
import { slackToPlainText } from './text.ts';

export type Surface = 'mention' | 'dm' | 'command';

export interface Question {
  surface: Surface;
  userId: string;
  channelId: string;
  channelType: ChannelType;
  text: string;
}

export type AskOutcome =
  | { kind: 'answer'; answer: Answer }
  /** Over the per-user limit: `notify` is true only for the first question past it. */
  | { kind: 'rate_limited'; notify: boolean };

/**
 * Answers a question unless the user is over their limit, and logs one line about it. The
 * question's text is logged only at debug level.
 *
 * @throws whatever the answerer throws (the listener turns it into an apology).
 */
export function ask(question: Question, deps: SlackDeps): AskOutcome {
  const started = performance.now();
  const { surface, channelType, userId } = question;
  const textField = deps.logger.isEnabled('debug') ? { question: question.text } : {};
  const decision = deps.rateLimiter.take(userId);
  if (decision !== 'allow') {
    deps.logger.info('question', { surface, channelType, user: userId, answered: false, reason: 'rate_limited', ...textField });
    return { kind: 'rate_limited', notify: decision === 'warn' };
  }
  const answer = deps.answerer.answer(slackToPlainText(question.text));
  deps.logger.info('question', {
    surface,
    channelType,
    user: userId,
    answered: answer.answered,
    reason: answer.reason,
    confidence: Number(answer.confidence.toFixed(3)),
    ms: Number((performance.now() - started).toFixed(2)),
    releaseId: answer.release?.id ?? null,
    passageId: answer.passageId,
    ...textField,
  });
  return { kind: 'answer', answer };
}
