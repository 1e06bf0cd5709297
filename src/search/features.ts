import { TITLE_SECTION, type Passage } from '../knowledge/passages.ts';
import type { QuestionType } from './glossary.ts';
import { analyze, foldText, stem, tokenize } from './normalize.ts';

/**
 * What kind of information a passage holds, so a question's type can prefer it:
 * a "combien" question wants a count, a "qui" question a person, "qu'est-ce que" a definition.
 */
export interface PassageFeatures {
  types: Set<QuestionType>;
  /** Stems of the words a passage defines ("L'amivantamab est un …" defines "amivantamab"). */
  defines: Set<string>;
  /** Stems of what the passage's counts count ("1 000 patients" counts "patient"). */
  counts: Set<string>;
}

const PERSON = /\b(?:Pr|Dr|Pre|Professeur|professeur|Docteur|docteur|Mme|Mr)\.?\s+\p{Lu}|[\w.+-]+@[\w-]+\.[\w.]+/u;
const PLACE = /(?<!\p{L})(?:(?:à|aux|en|En|au)\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)/u;
const CAUSE = /(?<!\p{L})(?:grâce à|car|parce que|en raison d|permet|permettent|because|afin d|pour lutter)(?!\p{L})/iu;
const FUTURE = /\p{L}+(?:erons|irons|rons|ront)(?!\p{L})|(?<!\p{L})(?:prochaine?s?|à venir|perspectives?|poursuivre)(?!\p{L})/iu;
/** "X est un …", "X (un autre …)", "X, c'est-à-dire …", "X désigne …": X is being defined. */
const DEFINITION = /([\p{L}\p{N}-]+)\s*,?\s*(?:(?:est|constitue|represente|reste) (?:un|une|dit|dite|appelee?)\b|\((?:un|une|le|la|les)\s|c'est-a-dire|designe\b)/gu;

/** "Benjamin Besse, directeur de …": a name followed by what the person is. */
const APPOSITION = /([\p{L}-]+),\s(?:(?:le|la|l'|un|une)\s)?(?:directeur|directrice|president|presidente|chef|responsable|professeur|professeure|medecin|oncologue|chercheur|chercheuse|fondateur|fondatrice|specialiste|expert|experte|pilier|pole|centre|institut)\b/gu;

const FIGURE_TYPES: Partial<Record<string, QuestionType>> = {
  percentage: 'percentage',
  count: 'count',
  duration: 'duration',
  date: 'date',
  time: 'date',
};

export function passageFeatures(passage: Pick<Passage, 'text' | 'figures' | 'section'>): PassageFeatures {
  const types = new Set<QuestionType>();
  for (const figure of passage.figures) {
    const type = FIGURE_TYPES[figure.kind];
    if (type) types.add(type);
  }
  const { text } = passage;
  const counts = new Set(passage.figures.filter((figure) => figure.kind === 'count').flatMap((figure) => analyze(figure.text)));
  if (PERSON.test(text)) types.add('person');
  if (PLACE.test(text)) types.add('place');
  if (CAUSE.test(text)) types.add('cause');
  if (FUTURE.test(text)) types.add('future');
  if (passage.section === TITLE_SECTION || looksLikeTitle(text)) types.add('title');
  const defines = new Set<string>();
  for (const match of foldText(text).matchAll(DEFINITION)) {
    for (const token of tokenize(match[1] ?? '')) defines.add(stem(token));
  }
  for (const match of foldText(text).matchAll(APPOSITION)) {
    for (const token of tokenize(match[1] ?? '')) defines.add(stem(token));
  }
  if (defines.size > 0) types.add('definition');
  return { types, defines, counts };
}

/** An English-style title: most of its longer words capitalised. */
function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^[\p{L}]{4,}/u.test(word));
  if (words.length < 6) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.6;
}
