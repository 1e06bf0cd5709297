/**
 * One question from Slack: rate limit, answer, the one structured log line per question, and
 * the question's row in the store (saved once the reply is out, so it never delays it).
 */
import { randomUUID } from 'node:crypto';
import type { Answer, AskContext } from '../answer/types.ts';
import type { QuestionRecord, Surface } from '../store/store.ts';
import type { SlackDeps } from './deps.ts';
import { claimedWithQuestion, logDuplicate, type EventDelivery } from './dedupe.ts';
import type { ChannelType } from './payloads.ts';
import type { RateDecision } from './rate-limit.ts';
import { slackToPlainText } from './text.ts';

export type { Surface };
export type { RetryContext } from './dedupe.ts';

export interface Question {
  surface: Surface;
  userId: string;
  channelId: string;
  channelType: ChannelType;
  /** Where the answer goes; null at the top of a conversation (and for commands). */
  threadTs: string | null;
  text: string;
  /** Who asks, where outsiders may read, when: made by `contextOf` (`ask-context.ts`). */
  context: AskContext;
}

export type AskOutcome =
  /** `questionId` is the stored question, which the answer's buttons point at. */
  | { kind: 'answer'; answer: Answer; questionId: string }
  /** Over the per-user limit: `notify` is true only for the first question past it. */
  | { kind: 'rate_limited'; notify: boolean };

export interface Asked {
  outcome: AskOutcome;
  /** Saves the question in the store; never throws. Called once the reply is sent (or failed). */
  record(): Promise<void>;
}

/**
 * Answers a question unless the user is over their limit, and logs one line about it. The
 * question's text is logged only at debug level.
 *
 * @throws whatever the answerer throws (the listener turns it into an apology).
 */
export async function ask(question: Question, deps: SlackDeps): Promise<Asked> {
  return answerCounted(question, await deps.delivery.takeQuestion(question.userId), deps);
}

/**
 * `ask` for a question that came as an Events API delivery: a delivery claimed by its message is
 * claimed here, with the question's count, in one call to the store (the middleware of
 * `dedupe.ts` has claimed any other). Null when it was already claimed (a retry, the same
 * message under another event id): that is logged and dropped, and nothing is recorded.
 */
export async function askEvent(question: Question, delivery: EventDelivery | undefined, deps: SlackDeps): Promise<Asked | null> {
  if (delivery === undefined || !claimedWithQuestion(delivery)) return ask(question, deps);
  const decision = await deps.delivery.claimQuestion(delivery.key, question.userId);
  if (decision === 'duplicate') {
    logDuplicate(deps.logger, delivery);
    return null;
  }
  return answerCounted(question, decision, deps);
}

function answerCounted(question: Question, decision: RateDecision, deps: SlackDeps): Asked {
  const { surface, channelType, userId, context } = question;
  const { audience } = context;
  const id = randomUUID();
  const asked = {
    id,
    askedAt: deps.delivery.now(),
    surface,
    channelType,
    channelId: question.channelId,
    threadTs: question.threadTs,
    userId,
    text: question.text,
    external: audience !== 'internal',
    audience,
  };
  const save = (fields: Omit<QuestionRecord, keyof typeof asked>) => () => deps.delivery.recordQuestion({ ...asked, ...fields });
  const textField = deps.logger.isEnabled('debug') ? { question: question.text } : {};
  if (decision !== 'allow') {
    deps.logger.info('question', { surface, channelType, user: userId, audience, questionId: id, answered: false, reason: 'rate_limited', ...textField });
    return {
      outcome: { kind: 'rate_limited', notify: decision === 'warn' },
      record: save({ reason: 'rate_limited', answered: false, confidence: null, passageId: null, releaseId: null, engineMs: null, verified: false }),
    };
  }
  const started = performance.now();
  const answer = deps.answerer.answer(slackToPlainText(question.text), context);
  const ms = Number((performance.now() - started).toFixed(2));
  const confidence = Number(answer.confidence.toFixed(3));
  const releaseId = answer.release?.id ?? null;
  deps.logger.info('question', {
    surface,
    channelType,
    user: userId,
    audience,
    exposed: context.exposed,
    questionId: id,
    answered: answer.answered,
    reason: answer.reason,
    confidence,
    ms,
    releaseId,
    passageId: answer.passageId,
    embargoed: answer.embargo !== null,
    ...textField,
  });
  return {
    outcome: { kind: 'answer', answer, questionId: id },
    record: save({ reason: answer.reason, answered: answer.answered, confidence, passageId: answer.passageId, releaseId, engineMs: ms, verified: answer.verified !== null }),
  };
}
