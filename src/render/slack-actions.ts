/**
 * The buttons under an answer: their `action_id`s, and what each button carries in its `value`.
 * A value travels in every reply and back with every click, so it holds what its handler reads
 * and nothing more:
 * - "Autres passages": the question, to answer it again;
 * - "Publier dans le canal": the question's id (the publication is claimed once per id in the
 *   store), then the question, to answer it again;
 * - 👍 / 👎: the question's id (the vote is stored against it), the quoted passage's id (which
 *   names its release), then the question, which the feedback line shows at debug level;
 * - "Voir la réponse de l'autre communiqué": the other release's id, then the question, to answer
 *   it from that release alone;
 * - the release picker of `/communique épingler`: each option's value is a release id.
 */
import * as z from 'zod';
import { PASSAGE_ID_PATTERN, releaseIdOfPassage } from '../knowledge/passages.ts';

export const ACTION_IDS = {
  publish: 'publish_answer',
  alternatives: 'show_alternatives',
  helpful: 'feedback_helpful',
  notHelpful: 'feedback_not_helpful',
  otherRelease: 'show_other_release',
  pinRelease: 'pin_release',
} as const;

export type ActionId = (typeof ACTION_IDS)[keyof typeof ACTION_IDS];

/** What a 👍 / 👎 click is about. */
export interface FeedbackRef {
  questionId: string;
  passageId: string | null;
  releaseId: string | null;
  question: string;
}

/** What a "Publier dans le canal" click is about. */
export interface PublishRef {
  questionId: string;
  question: string;
}

/** What a "Voir la réponse de l'autre communiqué" click is about. */
export interface OtherReleaseRef {
  releaseId: string;
  question: string;
}

/** Slack caps a button value at 2,000 characters. */
export const MAX_BUTTON_VALUE = 2000;
/** Leaves room for a question id (36 characters), a passage id (at most 255) and their separators. */
const QUESTION_BUDGET = 1500;

/** Question ids are UUIDs, made by the bot when the question arrives. */
const QUESTION_ID = z.uuid();
/** As the front matter's schema has them. */
export const RELEASE_ID = z.string().max(200).regex(/^[a-z0-9][a-z0-9-]*$/);

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

/** Splits `value` at its first `count` spaces: ids have none, the question comes last. */
function fields(value: string, count: number): string[] | undefined {
  const parts: string[] = [];
  let rest = value;
  for (let i = 0; i < count; i += 1) {
    const space = rest.indexOf(' ');
    if (space < 0) return undefined;
    parts.push(rest.slice(0, space));
    rest = rest.slice(space + 1);
  }
  return [...parts, rest];
}

const withFields = (count: number) =>
  z
    .string()
    .max(MAX_BUTTON_VALUE)
    .transform((value, ctx) => fields(value, count) ?? (ctx.addIssue({ code: 'custom', message: 'too few fields' }), z.NEVER));

/** The value of a "Publier dans le canal" button: `<question id> <question>`. */
export function encodePublishValue(questionId: string, question: string): string {
  return `${questionId} ${cutQuestion(question)}`;
}

const publishValueSchema = withFields(1).pipe(z.tuple([QUESTION_ID, z.string().min(1)]));

/** Reads a publish button's value back; undefined when it is not one of ours. */
export function decodePublishValue(value: string | undefined): PublishRef | undefined {
  const parsed = publishValueSchema.safeParse(value);
  return parsed.success ? { questionId: parsed.data[0], question: parsed.data[1] } : undefined;
}

/**
 * The value of a 👍 / 👎 button: `<question id> <passage id> <question>`, the passage id empty
 * when the answer quoted none.
 */
export function encodeFeedbackValue(questionId: string, passageId: string | null, question: string): string {
  return `${questionId} ${passageId ?? ''} ${cutQuestion(question)}`;
}

const feedbackValueSchema = withFields(2).pipe(
  z.tuple([QUESTION_ID, z.union([z.literal(''), z.string().max(255).regex(PASSAGE_ID_PATTERN)]), z.string()]),
);

/** Reads a 👍 / 👎 button's value back; undefined when it is not one of ours (or was tampered with). */
export function decodeFeedbackValue(value: string | undefined): FeedbackRef | undefined {
  const parsed = feedbackValueSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const [questionId, passageId, question] = parsed.data;
  return passageId === ''
    ? { questionId, passageId: null, releaseId: null, question }
    : { questionId, passageId, releaseId: releaseIdOfPassage(passageId), question };
}

/** The value of a "Voir la réponse de l'autre communiqué" button: `<release id> <question>`. */
export function encodeOtherReleaseValue(releaseId: string, question: string): string {
  return `${releaseId} ${cutQuestion(question)}`;
}

const otherReleaseValueSchema = withFields(1).pipe(z.tuple([RELEASE_ID, z.string().min(1)]));

/** Reads an other-release button's value back; undefined when it is not one of ours. */
export function decodeOtherReleaseValue(value: string | undefined): OtherReleaseRef | undefined {
  const parsed = otherReleaseValueSchema.safeParse(value);
  return parsed.success ? { releaseId: parsed.data[0], question: parsed.data[1] } : undefined;
}
