import type { Figure } from '../knowledge/figures.ts';
import { TITLE_SECTION, type Passage } from '../knowledge/passages.ts';
import type { QuestionKind } from '../language/question-kinds.ts';
import { foldText } from '../text/fold.ts';
import type { TextPipeline } from './pipeline.ts';
import { FIGURE_KIND_BITS, KIND_BITS } from './kind-rules.ts';
import { looksLikeTitle } from './title.ts';

/**
 * What kind of information a passage holds, so a question's kind can prefer it:
 * a "combien" question wants a count, a "qui" question a person, "qu'est-ce que" a definition.
 */
export interface PassageFeatures {
  /** The question kinds the passage answers, as bits (see `kindMask`), for the loops of ranking. */
  kindMask: number;
  /** Stems of the words a passage defines ("L'amivantamab est un …" defines "amivantamab"). */
  defines: ReadonlySet<string>;
  /** Stems of what the passage's counts count ("1 000 patients" counts "patient"). */
  counts: ReadonlySet<string>;
}

/** The features a sentence's words alone decide: all but what its figures and its section add. */
export interface TextFeatures {
  kindMask: number;
  defines: ReadonlySet<string>;
}

export interface FeatureReader {
  /**
   * The features of one passage: those of its text (given when the caller has them, as an index
   * works them out once for a sentence that several releases repeat) with those of its figures
   * and of the title section.
   */
  passageFeatures(passage: Pick<Passage, 'text' | 'figures' | 'section'>, ofText?: TextFeatures): PassageFeatures;
  /** The features of a sentence's text; `folded` and `tokens` may be given to fold and tokenize it only once. */
  textFeatures(text: string, folded?: string, tokens?: string[]): TextFeatures;
}

/** A year as written in a date or alone ("14 septembre 2024", "ESMO 2024", "en 2023"). */
const YEAR = /(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d|\d| ?%)/;
const EMAIL = String.raw`[\w.+-]+@[\w-]+\.[\w.]+`;
const NOTHING: ReadonlySet<string> = new Set();

/** Builds the detectors of a language's passage cues (`passageCues`). */
export function createFeatureReader(pipeline: TextPipeline): FeatureReader {
  const cues = pipeline.language.passageCues;
  const titles = cues.personTitles.join('|');
  const person = new RegExp(String.raw`\b(?:${titles})\.?\s+\p{Lu}|${EMAIL}`, 'u');
  /** What `person` needs when there is no "@": one of its titles as written (a quick scan before the tokens are looked up). */
  const mayNamePerson = new RegExp(titles);
  /** Folded words that may open a person's name: checked first, as most sentences have none. */
  const personOpeners = new Set(cues.personTitles.map((title) => foldText(title)));
  // Latin letters spelled out rather than \p{Lu}: these run over every sentence of every release.
  const placeIn = new RegExp(` (?:${cues.placePrepositions.join('|')}) [A-ZÀ-Þ][a-zß-ÿ]`);
  const placeOpening = new RegExp(`^${cues.placeOpening} [A-ZÀ-Þ]`);
  // On folded text. Only tested, never matched: a word start is a start of text or a character
  // before that is no letter, rather than a look-behind, which the engine tries at every position.
  const cause = new RegExp(`(?:^|[^a-z])(?:${cues.cause.join('|')})(?![a-z])`);
  const purpose = new RegExp(`(?:^|[^a-z])(?:${cues.purpose.join('|')})(?![a-z])`);
  const future = new RegExp(`(?:${[...cues.futureWords, ...cues.futureEndings].join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const futureEnding = new RegExp(`^(?:${cues.futureEndings.join('|')})$`);
  const naming = [new RegExp(cues.definition.join('|'), 'g'), new RegExp(String.raw`,\s(?:(?:le|la|l'|un|une)\s)?(?:${cues.appositionNouns.join('|')})(?![a-z])`, 'g')];

  function textFeatures(text: string, folded = foldText(text), tokens = pipeline.tokenizeFolded(folded)): TextFeatures {
    let mask = 0;
    if ((text.includes('@') || (mayNamePerson.test(text) && tokens.some((token) => personOpeners.has(token)))) && person.test(text)) mask |= KIND_BITS.person;
    const title = looksLikeTitle(text);
    // In an English title, "Non-Small" is no place name.
    if (placeIn.test(text) || placeOpening.test(text) || (!title && text.includes('-') && HYPHENATED_NAME.test(text))) mask |= KIND_BITS.place;
    if (cause.test(folded)) mask |= KIND_BITS.cause;
    if (speaksOfFuture(folded)) mask |= KIND_BITS.future;
    if (title) mask |= KIND_BITS.title;
    if (purpose.test(folded)) mask |= KIND_BITS.purpose;
    const defines = definedStems(folded);
    if (defines.size > 0) mask |= KIND_BITS.definition;
    return { kindMask: mask, defines };
  }

  /** "prochaine étape", "perspectives", or a verb in the future tense ("nous analyserons"). */
  function speaksOfFuture(folded: string): boolean {
    // `exec` on the shared pattern, not `matchAll`, which copies the pattern for every sentence.
    future.lastIndex = 0;
    for (let match = future.exec(folded); match !== null; match = future.exec(folded)) {
      const at = match.index;
      const start = wordStart(folded, at);
      if (futureEnding.test(match[0]) ? at + match[0].length - start >= cues.futureEndingMinWord : start === at) return true;
    }
    return false;
  }

  /** Stems of the words a sentence defines or names in apposition (a set made only when there is one). */
  function definedStems(folded: string): ReadonlySet<string> {
    let defines: Set<string> | undefined;
    for (const cue of naming) {
      cue.lastIndex = 0;
      for (let match = cue.exec(folded); match !== null; match = cue.exec(folded)) {
        for (const token of pipeline.tokenizeFolded(wordBefore(folded, match.index))) (defines ??= new Set()).add(pipeline.stem(token));
      }
    }
    return defines ?? NOTHING;
  }

  /** The stems of what the counts among `figures` count: "1 000 patients" → "patient" (a set made only when there is a count). */
  function countedStemsOf(figures: readonly Figure[]): ReadonlySet<string> {
    let counts: Set<string> | undefined;
    for (const figure of figures) {
      if (figure.kind !== 'count') continue;
      counts ??= new Set();
      for (const stemmed of pipeline.terms(figure.text)) counts.add(stemmed);
    }
    return counts ?? NOTHING;
  }

  return {
    textFeatures,
    passageFeatures(passage, ofText = textFeatures(passage.text)) {
      let mask = ofText.kindMask;
      for (const figure of passage.figures) mask |= FIGURE_KIND_BITS[figure.kind] ?? 0;
      if ((passage.text.includes('20') || passage.text.includes('19')) && YEAR.test(passage.text)) mask |= KIND_BITS.year;
      if (passage.section === TITLE_SECTION) mask |= KIND_BITS.title;
      return { kindMask: mask, defines: ofText.defines, counts: countedStemsOf(passage.figures) };
    },
  };
}

const HYPHENATED_NAME = /[A-ZÀ-Þ][a-zß-ÿ]+-[A-ZÀ-Þ][a-zß-ÿ]/;

export function hasKind(features: Pick<PassageFeatures, 'kindMask'>, kind: QuestionKind): boolean {
  return (features.kindMask & KIND_BITS[kind]) !== 0;
}

/** The index where the word (letters and digits) holding `at` begins. */
function wordStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) start--;
  return start;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The word (letters, digits, dashes) that ends just before `end`, spaces and a comma skipped. */
function wordBefore(text: string, end: number): string {
  let stop = end;
  while (stop > 0 && (text[stop - 1] === ' ' || text[stop - 1] === ',')) stop--;
  let start = stop;
  while (start > 0 && /[\p{L}\p{N}-]/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, stop);
}
