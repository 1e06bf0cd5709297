/**
 * The buttons under an answer: their `action_id`s, and the small reference each button carries
 * in its `value` so that a click can be served without any server-side state.
 */
import { z } from 'zod';

export const ACTION_IDS = {
  publish: 'publish_answer',
  alternatives: 'show_alternatives',
  helpful: 'feedback_helpful',
  notHelpful: 'feedback_not_helpful',
} as const;

export type ActionId = (typeof ACTION_IDS)[keyof typeof ACTION_IDS];

/** Enough to answer the same question again and to say which passage the feedback is about. */
export interface AnswerRef {
  question: string;
  passageId: string | null;
  releaseId: string | null;
}

/** Slack caps a button value at 2,000 characters. */
export const MAX_BUTTON_VALUE = 2000;
const QUESTION_BUDGET = 1500;

const answerRefSchema = z
  .object({
    q: z.string().max(MAX_BUTTON_VALUE),
    p: z.string().max(255).nullable(),
    r: z.string().max(255).nullable(),
  })
  .transform((v): AnswerRef => ({ question: v.q, passageId: v.p, releaseId: v.r }));

/**
 * Serialises a reference to at most 2,000 characters. A very long question is cut (on a code
 * point boundary): the engine reads only the start of a long message anyway.
 */
export function encodeAnswerRef(ref: AnswerRef): string {
  let chars = Array.from(ref.question).slice(0, QUESTION_BUDGET);
  for (;;) {
    const value = JSON.stringify({ q: chars.join(''), p: ref.passageId, r: ref.releaseId });
    if (value.length <= MAX_BUTTON_VALUE) return value;
    chars = chars.slice(0, Math.floor(chars.length * 0.8));
  }
}

/** Reads a button value back; undefined when it is not one of ours (or was tampered with). */
export function decodeAnswerRef(value: string | undefined): AnswerRef | undefined {
  if (value === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return undefined;
  }
  const parsed = answerRefSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
