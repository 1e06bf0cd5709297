/**
 * What the communications team's review keeps in the store, beside the questions: the flags and
 * reviews of questions, and the taught questions every instance answers with. Types only; both
 * backends implement it.
 */
import type { TaughtQuestionRepository } from '../learning/repository.ts';
import type { AskedQuestion, Resolution } from '../review/review-queue.ts';

export type ResolutionOutcome = 'taught' | 'ignored';

export interface ReviewStore extends TaughtQuestionRepository {
  /** The questions asked since `since`, oldest first, each with its 👎 count and whether it was flagged. */
  questionsSince(since: Date): Promise<AskedQuestion[]>;
  /** Marks a question for review; false when the store does not have it. */
  flagQuestion(questionId: string, by: string, at: Date): Promise<boolean>;
  /** Records that the team dealt with a question (all its asks until `at`). */
  resolve(resolution: Resolution & { questionId: string; by: string; outcome: ResolutionOutcome }): Promise<void>;
  resolutionsSince(since: Date): Promise<Resolution[]>;
  /** Grows whenever a taught question is added or removed: instances poll it to see the change. */
  taughtVersion(): Promise<number>;
}
