import type { FigureKind } from '../knowledge/figures.ts';
import { QUESTION_KINDS, type QuestionKind } from '../language/question-kinds.ts';

/**
 * What the engine knows of each kind of question, whatever the language: which figures answer it,
 * what an answer must hold, and whether the kind alone points to the answer. A new kind is a row
 * here, its cue words in each language (`questionCues`), and at most one detector in `features.ts`
 * when no figure tells it.
 */
interface KindRule {
  /** Figures whose presence marks a passage as answering the kind. */
  answeredByFigures: readonly FigureKind[];
  /**
   * What a passage must hold, else its confidence falls (`WEIGHTS.missingFigure`):
   * `oneOfTheFiguresAsked`, a figure of one of the kinds the question asks for (a question asking
   * "combien" or "quand" is not answered by a sentence without a count or a date);
   * `itself`, this very kind ("en quelle année" is not answered by "le 14 septembre").
   */
  mustHold: 'oneOfTheFiguresAsked' | 'itself' | null;
  /** So specific that a passage of the kind is almost surely the one asked for, even found by its kind alone. */
  strong: boolean;
}

export const KIND_RULES: Record<QuestionKind, KindRule> = {
  percentage: { answeredByFigures: ['percentage'], mustHold: 'oneOfTheFiguresAsked', strong: false },
  // "LBA numéro combien ?": a number that names, not counts, answers a "combien" that asks for it;
  // so does a share ("4,4 % des patients").
  count: { answeredByFigures: ['count', 'percentage', 'abstract_number'], mustHold: 'oneOfTheFiguresAsked', strong: false },
  duration: { answeredByFigures: ['duration'], mustHold: 'oneOfTheFiguresAsked', strong: false },
  date: { answeredByFigures: ['date', 'time'], mustHold: 'oneOfTheFiguresAsked', strong: false },
  year: { answeredByFigures: [], mustHold: 'itself', strong: false },
  hour: { answeredByFigures: ['time'], mustHold: 'itself', strong: false },
  person: { answeredByFigures: [], mustHold: null, strong: false },
  place: { answeredByFigures: [], mustHold: null, strong: false },
  definition: { answeredByFigures: [], mustHold: null, strong: false },
  cause: { answeredByFigures: [], mustHold: null, strong: false },
  future: { answeredByFigures: [], mustHold: null, strong: true },
  purpose: { answeredByFigures: [], mustHold: null, strong: true },
  title: { answeredByFigures: [], mustHold: null, strong: true },
};

/** A set of kinds as bits, for the loops of ranking. */
export function kindMask(kinds: Iterable<QuestionKind>): number {
  let mask = 0;
  for (const kind of kinds) mask |= KIND_BITS[kind];
  return mask;
}

export const KIND_BITS = Object.fromEntries(QUESTION_KINDS.map((kind, i) => [kind, 1 << i])) as Record<QuestionKind, number>;

/** The kinds each kind of figure answers, as bits. */
export const FIGURE_KIND_BITS: Partial<Record<FigureKind, number>> = {};
for (const kind of QUESTION_KINDS) {
  for (const figure of KIND_RULES[kind].answeredByFigures) FIGURE_KIND_BITS[figure] = (FIGURE_KIND_BITS[figure] ?? 0) | KIND_BITS[kind];
}

export const STRONG_KINDS = new Set(QUESTION_KINDS.filter((kind) => KIND_RULES[kind].strong));
