import { CodeUnitProperty } from '../text/codeUnitProperty.ts';
import type { Figure, FigureKind } from '../knowledge/figures.ts';
import { TITLE_SECTION, type Passage } from '../knowledge/passages.ts';
import type { QuestionType } from './glossary.ts';
import { foldText, isStopWord, stem, tokenizeFolded, wordCharWidth } from './normalize.ts';

/**
 * What kind of information a passage holds, so a question's type can prefer it:
 * a "combien" question wants a count, a "qui" question a person, "qu'est-ce que" a definition.
 */
export interface PassageFeatures {
  /** The question types the passage answers, as bits (see `typeMask`), for the hot loop of ranking. */
  typeMask: number;
  /** Stems of the words a passage defines ("L'amivantamab est un …" defines "amivantamab"). */
  defines: ReadonlySet<string>;
  /** Stems of what the passage's counts count ("1 000 patients" counts "patient"). */
  counts: ReadonlySet<string>;
}

const PERSON = /\b(?:Pr|Dr|Pre|Professeur|professeur|Docteur|docteur|Mme|Mr)\.?\s+\p{Lu}|[\w.+-]+@[\w-]+\.[\w.]+/u;
/** Folded words that may open a person's name: checked first, as most sentences have none. */
const PERSON_OPENERS = new Set(['pr', 'dr', 'pre', 'professeur', 'docteur', 'mme', 'mr']);
/** What PERSON needs when there is no "@": one of its titles as written (a quick scan before the tokens are looked up). */
const MAY_NAME_PERSON = /Pr|Dr|Docteur|docteur|professeur|Mme|Mr/;
/** "à Villejuif", "aux États-Unis", "En France", "Chevilly-Larue". */
// Latin letters spelled out rather than \p{Lu}: these run over every sentence of every release.
const PLACE_IN = / (?:à|aux|en|au) [A-ZÀ-Þ][a-zß-ÿ]/;
const PLACE_OPENING = /^En [A-ZÀ-Þ]/;
const HYPHENATED_NAME = /[A-ZÀ-Þ][a-zß-ÿ]+-[A-ZÀ-Þ][a-zß-ÿ]/;
// On folded text. Only tested, never matched: a word start is a start of text or a character
// before that is no letter, rather than a look-behind, which the engine tries at every position.
const CAUSE = /(?:^|[^a-z])(?:grace a|car|parce que|en raison d|permet|permettent|because|afin d|pour lutter)(?![a-z])/;
/** What a study or a measure is for: "vise à analyser", "afin de", "objectif". */
const PURPOSE = /(?:^|[^a-z])(?:vis(?:e|ent|ant|ait) a|afin d|objectifs?|dans le but d|pour (?:analyser|comprendre|etudier|evaluer|lutter|apprendre|travailler|trouver))(?![a-z])/;
/**
 * "prochaine étape", "perspectives", and verbs in the future tense ("nous analyserons", "ils
 * pourront"): the ends of words, checked in `speaksOfFuture` (a pattern that looked behind for
 * the start of each word would try every position of every sentence).
 */
const FUTURE_CUE = /(?:prochaine?s?|perspectives?|poursuivre|avenir|ron[st])(?![\p{L}\p{N}])/gu;
const FUTURE_ENDING_MIN_WORD = 6;
/** What follows a word being defined: "X est un …", "X (un autre …)", "X, c'est-à-dire …", "X désigne …". */
const DEFINITION_CUE = /(?:est|constitue|represente|reste) (?:un|une|dit|dite|appelee?)(?![a-z])|\((?:un|une|le|la|les)\s|c'est-a-dire|designe(?![a-z])/g;
/** What follows a name in apposition: "Benjamin Besse, directeur de …". */
const APPOSITION_CUE = /,\s(?:(?:le|la|l'|un|une)\s)?(?:directeur|directrice|president|presidente|chef|responsable|professeur|professeure|medecin|oncologue|chercheur|chercheuse|fondateur|fondatrice|specialiste|expert|experte|pilier|pole|centre|institut)(?![a-z])/g;


/** The features a sentence's words alone decide: all but what its figures and its section add. */
export interface TextFeatures {
  typeMask: number;
  defines: ReadonlySet<string>;
}

/**
 * The features of one passage: those of its text (given when the caller has them, as an index
 * works them out once for a sentence that several releases repeat) with those of its figures
 * and of the title section.
 */
export function passageFeatures(passage: Pick<Passage, 'text' | 'figures' | 'section'>, ofText: TextFeatures = textFeatures(passage.text)): PassageFeatures {
  let mask = ofText.typeMask;
  for (const figure of passage.figures) mask |= FIGURE_TYPES[figure.kind] ?? 0;
  if ((passage.text.includes('20') || passage.text.includes('19')) && YEAR.test(passage.text)) mask |= TYPE_BITS.year;
  if (passage.section === TITLE_SECTION) mask |= TYPE_BITS.title;
  return { typeMask: mask, defines: ofText.defines, counts: countedStemsOf(passage.figures) };
}

/**
 * The features of a sentence's text. `folded` and `tokens` may be given when the caller has
 * them, to fold and tokenize each sentence only once while indexing.
 */
export function textFeatures(text: string, folded = foldText(text), tokens = tokenizeFolded(folded)): TextFeatures {
  let mask = 0;
  if ((text.includes('@') || (MAY_NAME_PERSON.test(text) && tokens.some((token) => PERSON_OPENERS.has(token)))) && PERSON.test(text)) mask |= TYPE_BITS.person;
  const title = looksLikeTitle(text);
  // In an English title, "Non-Small" is no place name.
  if (PLACE_IN.test(text) || PLACE_OPENING.test(text) || (!title && text.includes('-') && HYPHENATED_NAME.test(text))) mask |= TYPE_BITS.place;
  if (CAUSE.test(folded)) mask |= TYPE_BITS.cause;
  if (speaksOfFuture(folded)) mask |= TYPE_BITS.future;
  if (title) mask |= TYPE_BITS.title;
  if (PURPOSE.test(folded)) mask |= TYPE_BITS.purpose;
  const defines = definedStems(folded);
  if (defines.size > 0) mask |= TYPE_BITS.definition;
  return { typeMask: mask, defines };
}

function speaksOfFuture(folded: string): boolean {
  // `exec` on the shared pattern, not `matchAll`, which copies the pattern for every sentence.
  FUTURE_CUE.lastIndex = 0;
  for (let match = FUTURE_CUE.exec(folded); match !== null; match = FUTURE_CUE.exec(folded)) {
    const at = match.index;
    const start = wordStart(folded, at);
    if (match[0].startsWith('ron') ? at + match[0].length - start >= FUTURE_ENDING_MIN_WORD : start === at) return true;
  }
  return false;
}

/** The index where the word (letters and digits) holding `at` begins. */
function wordStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && wordCharWidth(text, start - 1) === 1) start--;
  return start;
}

/** The stems of what the counts among `figures` count, in the order met (a set made only when there is a count). */
function countedStemsOf(figures: readonly Figure[]): ReadonlySet<string> {
  let counts: Set<string> | undefined;
  for (const figure of figures) {
    if (figure.kind !== 'count') continue;
    counts ??= new Set();
    for (const stemmed of countedStems(figure.text)) counts.add(stemmed);
  }
  return counts ?? NOTHING;
}

/** The stems of what a count counts: "1 000 patients" → "patient". */
function countedStems(figure: string): string[] {
  return tokenizeFolded(foldText(figure))
    .filter((token) => !isStopWord(token))
    .map(stem);
}

const NAMING_CUES = [DEFINITION_CUE, APPOSITION_CUE];

/** Stems of the words a sentence defines or names in apposition (a set made only when there is one). */
function definedStems(folded: string): ReadonlySet<string> {
  if (!mayDefine(folded)) return NOTHING;
  let defines: Set<string> | undefined;
  for (const cue of NAMING_CUES) {
    cue.lastIndex = 0;
    for (let match = cue.exec(folded); match !== null; match = cue.exec(folded)) {
      const word = wordBefore(folded, match.index);
      for (const token of tokenizeFolded(word)) (defines ??= new Set()).add(stem(token));
    }
  }
  return defines ?? NOTHING;
}

const TYPE_BITS: Record<QuestionType, number> = {
  percentage: 1, count: 2, duration: 4, date: 8, person: 16, place: 32, definition: 64, cause: 128, future: 256, title: 512, purpose: 1024,
  year: 2048, hour: 4096,
};

export function typeMask(types: Iterable<QuestionType>): number {
  let mask = 0;
  for (const type of types) mask |= TYPE_BITS[type];
  return mask;
}

export function hasType(features: PassageFeatures, type: QuestionType): boolean {
  return (features.typeMask & TYPE_BITS[type]) !== 0;
}

/** What each kind of figure answers: "combien" is answered by a count or by a share ("4,4 % des patients"). */
const FIGURE_TYPES: Partial<Record<FigureKind, number>> = {
  percentage: TYPE_BITS.percentage | TYPE_BITS.count,
  count: TYPE_BITS.count,
  duration: TYPE_BITS.duration,
  date: TYPE_BITS.date,
  time: TYPE_BITS.date | TYPE_BITS.hour,
  // "LBA numéro combien ?": a number that names, not counts, answers a "combien" that asks for it.
  abstract_number: TYPE_BITS.count,
};
/** A year as written in a date or alone ("14 septembre 2024", "ESMO 2024", "en 2023"). */
const YEAR = /(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d|\d| ?%)/;

const NOTHING: ReadonlySet<string> = new Set();

/** A cheap test before the definition patterns, which would otherwise run over every sentence. */
function mayDefine(folded: string): boolean {
  return folded.includes(' est ') || folded.includes('(') || folded.includes(', ') || folded.includes('designe') || folded.includes('constitue') || folded.includes('represente') || folded.includes('reste ');
}

/** The word (letters, digits, dashes) that ends just before `end`, spaces and a comma skipped. */
function wordBefore(text: string, end: number): string {
  let stop = end;
  while (stop > 0 && (text[stop - 1] === ' ' || text[stop - 1] === ',')) stop--;
  let start = stop;
  while (start > 0 && /[\p{L}\p{N}-]/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, stop);
}

/**
 * An English-style title: most of its longer words (four letters or more) capitalised.
 * Words are the pieces between single spaces, read in place rather than split out.
 */
function looksLikeTitle(text: string): boolean {
  if (!hasCapitalisedWords(text, TITLE_MIN_WORDS - 1)) return false;
  let long = 0;
  let capitalised = 0;
  for (let start = 0; start <= text.length; ) {
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space;
    const first = text.charCodeAt(start);
    if (end - start >= 4 && (letterCase(first) & LETTER) !== 0 && (letterCase(text.charCodeAt(start + 3)) & LETTER) !== 0) {
      long++;
      if ((letterCase(first) & CAPITAL) !== 0) capitalised++;
    }
    start = end + 1;
  }
  return long >= TITLE_MIN_WORDS && capitalised / long >= 0.6;
}

const TITLE_MIN_WORDS = 6;

const CAPITALISED_AFTER_SPACE = / [A-ZÀ-Þ]/g;

/** Whether at least `count` words after a space open with a capital: a cheap test before `looksLikeTitle` splits the text. */
function hasCapitalisedWords(text: string, count: number): boolean {
  CAPITALISED_AFTER_SPACE.lastIndex = 0;
  let found = 0;
  while (found < count && CAPITALISED_AFTER_SPACE.test(text)) found++;
  CAPITALISED_AFTER_SPACE.lastIndex = 0;
  return found >= count;
}

/** Lower and upper case differ. */
const LETTER = 1;
/** Not its own lower case. */
const CAPITAL = 2;
const letterCases = new CodeUnitProperty((char) => (char.toLowerCase() !== char.toUpperCase() ? LETTER : 0) | (char !== char.toLowerCase() ? CAPITAL : 0));

function letterCase(code: number): number {
  return letterCases.of(code);
}
