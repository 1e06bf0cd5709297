import type { PassageExpansion } from '../search/index.ts';
import type { QuestionTerms } from './question-terms.ts';
import type { TaughtQuestion } from './taught-question.ts';

/**
 * A passage taught by fewer questions than this shares each of their words as if it had been
 * taught by this many: the words of one or two reviewed questions say little about which words
 * the next journalist will use. Over the leave-one-set-out runs (every other set taught), 3
 * answered the same questions as 1 and keeps a single taught question from lending a passage its
 * every word at full weight.
 */
export const FEWEST_QUESTIONS = 3;

/**
 * Words fewer than this share of a passage's taught questions hold are left out: one journalist's
 * filler or typo says nothing of the passage. 0.3 rather than none: 1 more right answer with
 * every other set taught (0.4 or more: 4 fewer), and fewer terms to index.
 */
export const LEAST_SHARE = 0.3;

/**
 * What the taught questions add to their passages' searchable words, as the alternate questions
 * of a knowledge base do: each stem of the questions taught for a passage, with the share of
 * those questions that hold it (a word every paraphrase uses counts fully, a word one of thirty
 * used barely). Refusals add nothing: they name no passage. `read[i]` is `taught[i]` as read.
 */
export function passageExpansion(taught: readonly TaughtQuestion[], read: readonly QuestionTerms[]): PassageExpansion {
  const counts = new Map<string, Map<string, number>>();
  const questions = new Map<string, number>();
  taught.forEach((question, i) => {
    if (question.outcome.kind !== 'passage') return;
    const { passageId } = question.outcome;
    let stems = counts.get(passageId);
    if (!stems) counts.set(passageId, (stems = new Map()));
    questions.set(passageId, (questions.get(passageId) ?? 0) + 1);
    for (const stem of read[i]?.stems ?? []) stems.set(stem, (stems.get(stem) ?? 0) + 1);
  });
  const expansion = new Map<string, Map<string, number>>();
  for (const [passageId, stems] of counts) {
    const asked = Math.max(FEWEST_QUESTIONS, questions.get(passageId) ?? 0);
    const shares = new Map<string, number>();
    for (const [stem, count] of stems) if (count / asked >= LEAST_SHARE) shares.set(stem, count / asked);
    expansion.set(passageId, shares);
  }
  return expansion;
}
