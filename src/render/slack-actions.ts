/**
 * The buttons under an answer: their `action_id`s, and what each button carries in its `value`
 * so that a click can be served without any server-side state. A value travels in every reply
 * and back with every click, so it holds what its handler reads and nothing more:
 * - "Publier dans le canal" and "Autres passages": the question, to answer it again;
 * - 👍 / 👎: the quoted passage's id (which names its release), then the question, which the
 *   feedback line shows at debug level.
 */
import { z } from 'zod';
import { PASSAGE_ID_PATTERN, releaseIdOfPassage } from '../knowledge/passages.ts';

export const ACTION_IDS = {
  publish: 'publish_answer',
  alternatives: 'show_alternatives',
  helpful: 'feedback_helpful',
  notHelpful: 'feedback_not_helpful',
} as const;

export type ActionId = (typeof ACTION_IDS)[keyof typeof ACTION_IDS];

/** What a 👍 / 👎 click is about. */
export interface FeedbackRef {
  passageId: string | null;
  releaseId: string | null;
  question: string;
}

/** Slack caps a button value at 2,000 characters. */
export const MAX_BUTTON_VALUE = 2000;
/** Leaves room for a passage id (at most 255 characters) and its separator. */
const QUESTION_BUDGET = 1500;

/** A very long question is cut, on a code point boundary: the engine reads only the start of a long message anyway. */
function cutQuestion(question: string): string {
  if (question.length <= QUESTION_BUDGET) return question;
  const cut = question.slice(0, QUESTION_BUDGET);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The value of a button that answers the question again: the question itself. */
export function encodeQuestionValue(question: string): string {
  return cutQuestion(question);
}

const questionValueSchema = z.string().min(1).max(MAX_BUTTON_VALUE);

/** Reads a question button's value back; undefined when it is not one of ours. */
export function decodeQuestionValue(value: string | undefined): string | undefined {
  const parsed = questionValueSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The value of a 👍 / 👎 button: `<passage id> <question>`, the passage id empty when the
 * answer quoted none. A passage id has no space, so the first space ends it.
 */
export function encodeFeedbackValue(passageId: string | null, question: string): string {
  return `${passageId ?? ''} ${cutQuestion(question)}`;
}

const feedbackValueSchema = z
  .string()
  .max(MAX_BUTTON_VALUE)
  .includes(' ')
  .transform((value) => {
    const space = value.indexOf(' ');
    return { passageId: value.slice(0, space), question: value.slice(space + 1) };
  })
  .pipe(z.object({ passageId: z.union([z.literal(''), z.string().max(255).regex(PASSAGE_ID_PATTERN)]), question: z.string() }));

/** Reads a 👍 / 👎 button's value back; undefined when it is not one of ours (or was tampered with). */
export function decodeFeedbackValue(value: string | undefined): FeedbackRef | undefined {
  const parsed = feedbackValueSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { passageId, question } = parsed.data;
  return passageId === ''
    ? { passageId: null, releaseId: null, question }
    : { passageId, releaseId: releaseIdOfPassage(passageId), question };
}
