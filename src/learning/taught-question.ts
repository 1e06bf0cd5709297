import * as z from 'zod';

/** What a reviewed question is answered with: one passage of a release, or "the release does not say". */
export const taughtOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passage'), passageId: z.string().min(1), releaseId: z.string().min(1) }),
  z.object({ kind: z.literal('refusal') }),
]);

/** A question the communications team reviewed, and what the bot must answer to it and to its paraphrases. */
export const taughtQuestionSchema = z.object({
  id: z.string().min(1),
  question: z.string().trim().min(1),
  outcome: taughtOutcomeSchema,
  /** Who taught it: a Slack user id, or the name given to a batch import. */
  taughtBy: z.string().min(1),
  /** ISO 8601 instant. */
  taughtAt: z.iso.datetime({ offset: true }),
});

export type TaughtOutcome = z.infer<typeof taughtOutcomeSchema>;
export type TaughtQuestion = z.infer<typeof taughtQuestionSchema>;

/** Two outcomes say the same thing: the same passage, or both a refusal. */
export function sameOutcome(a: TaughtOutcome, b: TaughtOutcome): boolean {
  return a.kind === 'refusal' ? b.kind === 'refusal' : b.kind === 'passage' && a.passageId === b.passageId;
}
