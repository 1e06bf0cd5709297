import type { GlossaryFile } from '../knowledge/schema.ts';
import { analyze, stem, tokenize } from './normalize.ts';

/** What a question may ask for, beyond its words. */
export type QuestionType =
  | 'percentage'
  | 'count'
  | 'duration'
  | 'date'
  /** Which year: a date without its year ("le samedi 14 septembre") does not answer. */
  | 'year'
  /** At what time of day: a date without an hour does not answer. */
  | 'hour'
  | 'person'
  | 'place'
  | 'definition'
  | 'cause'
  | 'future'
  | 'title'
  | 'purpose';

export interface Cue {
  type: QuestionType;
  /** The cue's tokens, as `tokenize` gives them. */
  tokens: string[];
}

/** The glossary in the shape the search uses: every word already folded and stemmed. */
export interface Glossary {
  /** Folded token, or tokens joined by spaces → the French tokens that replace them. */
  translations: Map<string, string[]>;
  /** First token of each phrase of several tokens in `translations` → the most tokens such a phrase has. */
  phraseLengths: Map<string, number>;
  /** Stem → stems of the same meaning (the stem itself excluded), each with its share: 1 for a one-word synonym. */
  synonyms: Map<string, Map<string, number>>;
  /** Cues by their first word, each with its rank: longest cues first, so "combien de temps" wins over "combien". */
  cuesByFirstToken: Map<string, { cue: Cue; rank: number }[]>;
  /** Words that frame a question without saying what it is about ("expliquer", "correspond"), as stems. */
  questionWords: Set<string>;
}

/** Built-in cues that need no glossary entry: the title of a paper is asked for in these words. */
const BUILT_IN_CUES: Cue[] = [
  { type: 'title', tokens: ['titre'] },
  { type: 'title', tokens: ['intitule'] },
  { type: 'title', tokens: ['title'] },
];

export function buildGlossary(file: GlossaryFile): Glossary {
  const translations = new Map<string, string[]>();
  for (const [from, to] of Object.entries(file.translations)) {
    const key = tokenize(from).join(' ');
    const targets = (Array.isArray(to) ? to : [to]).flatMap((word) => tokenize(word));
    if (key !== '' && targets.length > 0) translations.set(key, targets);
  }
  const phraseLengths = new Map<string, number>();
  for (const key of translations.keys()) {
    const words = key.split(' ');
    const first = words[0] ?? '';
    if (words.length > 1) phraseLengths.set(first, Math.max(words.length, phraseLengths.get(first) ?? 0));
  }

  const synonyms = new Map<string, Map<string, number>>();
  for (const group of file.synonyms) {
    // A word of a multi-word member ("prise" of "prise de sang") says less than a whole member.
    const members = group.map((term) => analyze(term)).filter((stems) => stems.length > 0);
    for (const own of members) {
      for (const key of own) {
        const expansions = synonyms.get(key) ?? new Map<string, number>();
        for (const other of members) {
          if (other === own) continue;
          for (const stemmed of other) {
            const share = 1 / (other.length * own.length);
            if (stemmed !== key && share > (expansions.get(stemmed) ?? 0)) expansions.set(stemmed, share);
          }
        }
        synonyms.set(key, expansions);
      }
    }
  }

  const cues: Cue[] = [...BUILT_IN_CUES];
  for (const [type, phrases] of Object.entries(file.questionCues)) {
    for (const phrase of phrases ?? []) {
      const tokens = tokenize(phrase);
      if (tokens.length > 0) cues.push({ type: type as QuestionType, tokens });
    }
  }
  cues.sort((a, b) => b.tokens.length - a.tokens.length);
  const questionWords = new Set(file.questionWords.flatMap((word) => tokenize(word)).map(stem));
  const cuesByFirstToken = new Map<string, { cue: Cue; rank: number }[]>();
  cues.forEach((cue, rank) => {
    const first = cue.tokens[0] ?? '';
    cuesByFirstToken.set(first, [...(cuesByFirstToken.get(first) ?? []), { cue, rank }]);
  });
  return { translations, phraseLengths, synonyms, cuesByFirstToken, questionWords };
}
