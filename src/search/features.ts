import { TITLE_SECTION, type Passage } from '../knowledge/passages.ts';
import type { QuestionType } from './glossary.ts';
import { foldText, isStopWord, stem, tokenizeFolded } from './normalize.ts';

/**
 * What kind of information a passage holds, so a question's type can prefer it:
 * a "combien" question wants a count, a "qui" question a person, "qu'est-ce que" a definition.
 */
export interface PassageFeatures {
  types: Set<QuestionType>;
  /** `types` as bits (see `typeMask`), for the hot loop of ranking. */
  typeMask: number;
  /** Stems of the words a passage defines ("L'amivantamab est un …" defines "amivantamab"). */
  defines: Set<string>;
  /** Stems of what the passage's counts count ("1 000 patients" counts "patient"). */
  counts: ReadonlySet<string>;
}

const PERSON = /\b(?:Pr|Dr|Pre|Professeur|professeur|Docteur|docteur|Mme|Mr)\.?\s+\p{Lu}|[\w.+-]+@[\w-]+\.[\w.]+/u;
/** Folded words that may open a person's name: checked first, as most sentences have none. */
const PERSON_OPENERS = new Set(['pr', 'dr', 'pre', 'professeur', 'docteur', 'mme', 'mr']);
/** "à Villejuif", "aux États-Unis", "En France", "Chevilly-Larue". */
// Latin letters spelled out rather than \p{Lu}: these run over every sentence of every release.
const PLACE_IN = / (?:à|aux|en|au) [A-ZÀ-Þ][a-zß-ÿ]/;
const PLACE_OPENING = /^En [A-ZÀ-Þ]/;
const HYPHENATED_NAME = /[A-ZÀ-Þ][a-zß-ÿ]+-[A-ZÀ-Þ][a-zß-ÿ]/;
// On folded text.
const CAUSE = /(?<![a-z])(?:grace a|car|parce que|en raison d|permet|permettent|because|afin d|pour lutter)(?![a-z])/;
/** What a study or a measure is for: "vise à analyser", "afin de", "objectif". */
const PURPOSE = /(?<![a-z])(?:vis(?:e|ent|ant|ait) a|afin d|objectifs?|dans le but d|pour (?:analyser|comprendre|etudier|evaluer|lutter|apprendre|travailler|trouver))(?![a-z])/;
const FUTURE_WORDS = new Set(['prochain', 'prochaine', 'prochaines', 'prochains', 'perspective', 'perspectives', 'poursuivre', 'avenir']);
const FUTURE_ENDINGS = ['rons', 'ront'];
/** What follows a word being defined: "X est un …", "X (un autre …)", "X, c'est-à-dire …", "X désigne …". */
const DEFINITION_CUE = /(?:est|constitue|represente|reste) (?:un|une|dit|dite|appelee?)(?![a-z])|\((?:un|une|le|la|les)\s|c'est-a-dire|designe(?![a-z])/g;
/** What follows a name in apposition: "Benjamin Besse, directeur de …". */
const APPOSITION_CUE = /,\s(?:(?:le|la|l'|un|une)\s)?(?:directeur|directrice|president|presidente|chef|responsable|professeur|professeure|medecin|oncologue|chercheur|chercheuse|fondateur|fondatrice|specialiste|expert|experte|pilier|pole|centre|institut)(?![a-z])/g;

/** What each kind of figure answers: "combien" is answered by a count or by a share ("4,4 % des patients"). */
const FIGURE_TYPES: Partial<Record<string, QuestionType[]>> = {
  percentage: ['percentage', 'count'],
  count: ['count'],
  duration: ['duration'],
  date: ['date'],
  time: ['date'],
};

/**
 * The features of one passage. `folded` and `tokens` may be given when the caller has them,
 * to fold and tokenize each sentence only once while indexing.
 */
export function passageFeatures(
  passage: Pick<Passage, 'text' | 'figures' | 'section'>,
  folded = foldText(passage.text),
  tokens = tokenizeFolded(folded),
): PassageFeatures {
  const types = new Set<QuestionType>();
  for (const figure of passage.figures) {
    for (const type of FIGURE_TYPES[figure.kind] ?? []) types.add(type);
  }
  const countFigures = passage.figures.filter((figure) => figure.kind === 'count');
  const counts =
    countFigures.length === 0
      ? NOTHING
      : new Set(countFigures.flatMap((figure) => tokenizeFolded(foldText(figure.text))).filter((token) => !isStopWord(token)).map(stem));
  const { text } = passage;
  if ((text.includes('@') || tokens.some((token) => PERSON_OPENERS.has(token))) && PERSON.test(text)) types.add('person');
  if (PLACE_IN.test(text) || PLACE_OPENING.test(text) || (text.includes('-') && HYPHENATED_NAME.test(text))) types.add('place');
  if (CAUSE.test(folded)) types.add('cause');
  if (tokens.some((token) => FUTURE_WORDS.has(token) || (token.length > 5 && FUTURE_ENDINGS.some((ending) => token.endsWith(ending))))) types.add('future');
  if (passage.section === TITLE_SECTION || looksLikeTitle(text)) types.add('title');
  if (PURPOSE.test(folded)) types.add('purpose');
  const defines = new Set<string>();
  for (const cue of mayDefine(folded) ? [DEFINITION_CUE, APPOSITION_CUE] : []) {
    for (const match of folded.matchAll(cue)) {
      const word = wordBefore(folded, match.index ?? 0);
      for (const token of tokenizeFolded(word)) defines.add(stem(token));
    }
  }
  if (defines.size > 0) types.add('definition');
  return { types, typeMask: typeMask(types), defines, counts };
}

const TYPE_BITS: Record<QuestionType, number> = {
  percentage: 1, count: 2, duration: 4, date: 8, person: 16, place: 32, definition: 64, cause: 128, future: 256, title: 512, purpose: 1024,
};

export function typeMask(types: Iterable<QuestionType>): number {
  let mask = 0;
  for (const type of types) mask |= TYPE_BITS[type];
  return mask;
}

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

/** An English-style title: most of its longer words (four letters or more) capitalised. */
function looksLikeTitle(text: string): boolean {
  if ((text.match(CAPITALISED_AFTER_SPACE)?.length ?? 0) < TITLE_MIN_WORDS - 1) return false;
  let long = 0;
  let capitalised = 0;
  for (const word of text.split(' ')) {
    if (word.length < 4 || !isLetter(word[0] ?? '') || !isLetter(word[3] ?? '')) continue;
    long++;
    const first = word[0] ?? '';
    if (first !== first.toLowerCase()) capitalised++;
  }
  return long >= TITLE_MIN_WORDS && capitalised / long >= 0.6;
}

const TITLE_MIN_WORDS = 6;

const CAPITALISED_AFTER_SPACE = / [A-ZÀ-Þ]/g;

function isLetter(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase();
}
