/**
 * Every weight of the engine, and the pure functions that turn them into a relevance (to order
 * passages) and a confidence (0..1, to decide whether to answer at all). A wrong figure is worse
 * than no answer: every penalty here lowers the confidence of a passage that may not answer, and
 * the bot refuses below `WEIGHTS.confidence.answerBar`.
 */
export const WEIGHTS = {
  /** How a word of the question found in a passage counts, against 1 for the word itself. */
  match: {
    /** A glossary synonym ("salarié" for "employé"): near, but a synonym may be loose. */
    synonym: 0.75,
    /** "lessai": an elision typed without its apostrophe is the word itself, all but surely. */
    elision: 0.95,
    /** A typo, times how near the word is: "pateints" is almost surely "patients". */
    typo: 0.85,
    /** A word of the same family ("progressent" for "progression"): the stemmer tells them apart, a long shared beginning joins them. */
    family: 0.7,
    /** A cue word ("titre", "taux") found in a passage helps rank less than a word of the question's subject. */
    cue: 0.5,
  },
  /** How a passage's words count in the index. */
  index: {
    /** A word of the section heading, against 1 for a word of the sentence. */
    headingWord: 0.6,
    /**
     * A word of the sentence before: "au bout de 18 mois, la tumeur devient résistante à ce
     * médicament" is about the osimertinib named one sentence earlier. More when the sentence
     * leans on it ("Ainsi, …", "Cependant, …"); half as much again for the one before that.
     */
    previousSentence: { leaning: 0.5, other: 0.2 },
    /**
     * How fully a passage holds a word it only has through its heading or the sentence before:
     * that sentence is shown with the answer, so its words count for most of a word of the answer
     * (0.5 × 1.4 = 0.7 for the sentence before; a sentence's own words count 1).
     */
    presenceScale: 1.4,
    /**
     * A word of the questions taught for the passage (`src/learning/passage-expansion.ts`), times
     * the share of them that hold it: it counts as a word of the sentence only when 5 in 7 of
     * them hold it (× `presenceScale`), less otherwise, and the answer still needs `answerBar`.
     * 1 rather than 0.5 or 0.7: 5 more right answers and 1 fewer wrong one with every other
     * question set taught, `npm run bench:learning` on 2026-12-04.
     */
    taughtWord: 1,
    /** BM25 term-frequency saturation and length normalisation: sentences are short, so length matters less than in whole documents. */
    bm25K1: 1.2,
    bm25B: 0.4,
  },
  /** How a question's kinds move a passage up (relevance factors, added to 1). */
  kinds: {
    /** Per kind asked that the passage holds (a figure, a person, a place…). */
    held: 0.6,
    /** Per strong kind asked that the passage holds (a title, what comes next, a purpose), and for defining the word a definition question asks about. */
    strongOrDefining: 2,
  },
  /** How sure the bot is that a passage answers. */
  confidence: {
    /**
     * Below this the bot says the release does not answer rather than risk a wrong sentence.
     * Measured on 2026-11-29 over five question sets (804 lines): 0.5 rather than 0.45 gave 2 fewer
     * right answers and 15 fewer wrong ones, and a wrong figure is worse than no answer.
     */
    answerBar: 0.5,
    /** Other passages shown under an answer must still be about the question. */
    alternativeBar: 0.35,
    /** A word the release does not know weighs as this share of the rarest word: the question may be about something the release never says. */
    unknownWord: 1,
    /** A question asking for a figure (a count, a share, a duration, a date) or a place answered by a passage without one, or with a count of something else: ×. */
    missingFigure: 0.4,
    /**
     * "Quel âge a le Pr Besse ?" answered by a sentence that names him but says nothing of an age,
     * or "Quelle est la survie globale ?" by one that only says "survie sans progression": ×.
     */
    missingAskedThing: 0.7,
    /** A passage holds the thing asked when it holds it this fully (in itself, its heading, or the sentence it leans on). */
    askedPresence: 0.4,
    /** Share of the missing confidence a sentence gains by defining the word a definition question asks about. */
    definitionGain: 0.5,
    /** A passage found by its kind alone (a title, what comes next): enough to answer, and to show it was not found by its words. */
    kindAlone: 0.6,
    /**
     * The question names a study the release does not know ("Combien de patients dans l'essai
     * HELIOS ?"): its sentences are about another study, however well the other words match: ×.
     */
    otherStudy: 0.3,
  },
} as const;

/** How many first words of a definition question name what it asks about. */
export const DEFINITION_SUBJECT_WORDS = 3;

export function bm25Idf(documents: number, documentFrequency: number): number {
  const df = Math.max(1, documentFrequency);
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/** A term's BM25 score in a sentence of `length` terms, where it weighs `frequency`. */
export function bm25Impact(idf: number, frequency: number, length: number, averageLength: number): number {
  const { bm25K1: k1, bm25B: b } = WEIGHTS.index;
  return (idf * (frequency * (k1 + 1))) / (frequency + k1 * (1 - b + (b * length) / averageLength));
}

/** What ranking found about a passage, from which its confidence follows. */
export interface ConfidenceFacts {
  /** The question's weight the passage covers, each word weighed by its rarity and how fully the passage holds it. */
  covered: number;
  /** The question's whole weight. */
  total: number;
  /** The passage lacks the figure, the count of the thing, or the place the question asks for. */
  missesFigure: boolean;
  /** The passage does not hold the thing a "quel X" or "qui" question asks about. */
  missesAskedThing: boolean;
  /** The passage defines the word a definition question asks about. */
  definesAsked: boolean;
}

/** 0..1: how sure the bot is that the passage answers. */
export function passageConfidence(facts: ConfidenceFacts): number {
  const { confidence: weights } = WEIGHTS;
  let confidence = facts.total > 0 ? facts.covered / facts.total : 0;
  if (facts.missesFigure) confidence *= weights.missingFigure;
  if (facts.missesAskedThing) confidence *= weights.missingAskedThing;
  // A sentence that defines the very word a "qu'est-ce que" question asks about answers it, whatever else the question says.
  if (facts.definesAsked) confidence += (1 - confidence) * weights.definitionGain;
  return Math.min(1, confidence);
}

/**
 * A passage of the strong kind asked, found by its words, is as sure as one found by its kind
 * alone, at least; and that falls with the share of the question the release does not know at all.
 */
export function kindAloneConfidence(unknownShare: number): number {
  return WEIGHTS.confidence.kindAlone * (1 - unknownShare);
}

/** The confidence of a passage found to name the thing asked only with another qualifier ("survie sans progression" for "survie globale"). */
export function otherwiseQualifiedConfidence(confidence: number): number {
  return confidence * WEIGHTS.confidence.missingAskedThing;
}

/** The confidence of a passage for a question about a study the release does not know. */
export function otherStudyConfidence(confidence: number): number {
  return confidence * WEIGHTS.confidence.otherStudy;
}

/** Whether the bot answers with a passage this sure. */
export function isSureEnough(confidence: number): boolean {
  return confidence >= WEIGHTS.confidence.answerBar;
}

/** Whether a passage this sure is worth showing under the answer. */
export function isWorthShowing(confidence: number): boolean {
  return confidence >= WEIGHTS.confidence.alternativeBar;
}
