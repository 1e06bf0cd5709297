/**
 * How the taught index reads a question: the passage search's own normalisation (folding, stop
 * words, stems) and glossary (translations, synonyms, question cues). The one place this module
 * reaches into `src/search/`, so a rename there is mended here alone.
 */
import type { GlossaryFile } from '../knowledge/schema.ts';
import { buildGlossary, type Glossary, type QuestionType } from '../search/glossary.ts';
import { isStopWord, stem, tokenize } from '../search/normalize.ts';

export { allowedTypos, editDistance } from '../search/typos.ts';

export type { QuestionType } from '../search/glossary.ts';

/** A question as the taught index compares it. */
export interface QuestionTerms {
  /** Stems of the words that say what is asked, each once, in question order. */
  stems: string[];
  /** What kind of answer the question asks for ("combien" → count, "quand" → date). */
  types: ReadonlySet<QuestionType>;
  /** The stem of the thing asked about, right after the word that asks ("âge" in "quel âge a…", "patients" in "combien de patients"), when there is one. */
  asked: string | null;
}

export interface QuestionReader {
  read(question: string): QuestionTerms;
  /** Stems of the same meaning as `stem` (itself excluded), each with its share (1 for a one-word synonym). */
  synonymsOf(stem: string): ReadonlyMap<string, number>;
}

const NO_SYNONYMS: ReadonlyMap<string, number> = new Map();

/** A reader over the glossary of the knowledge folder, the same glossary the passage search uses. */
export function createQuestionReader(glossaryFile: GlossaryFile): QuestionReader {
  const glossary = buildGlossary(glossaryFile);
  return {
    read(question: string): QuestionTerms {
      const tokens = translate(tokenize(question), glossary);
      const types = cueTypes(tokens, glossary);
      const askedToken = askedWord(tokens);
      const stems: string[] = [];
      for (const token of tokens) {
        if (isStopWord(token)) continue;
        const stemmed = stem(token);
        // "expliquer", "dire": words that frame a question say nothing of what it asks.
        if (glossary.questionWords.has(stemmed) || stems.includes(stemmed)) continue;
        stems.push(stemmed);
      }
      return { stems, types, asked: askedToken === null ? null : stem(askedToken) };
    },
    synonymsOf: (stemmed) => glossary.synonyms.get(stemmed) ?? NO_SYNONYMS,
  };
}

/** English and familiar words in the release's French, longest phrase first ("how many" before "how"). */
function translate(tokens: readonly string[], glossary: Glossary): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] ?? '';
    let taken = 1;
    let target = glossary.translations.get(token);
    // Phrases are looked up only from a word that starts one: most words start none.
    for (let length = Math.min(glossary.phraseLengths.get(token) ?? 1, tokens.length - i); length > 1; length--) {
      const phrase = glossary.translations.get(tokens.slice(i, i + length).join(' '));
      if (phrase) {
        target = phrase;
        taken = length;
        break;
      }
    }
    if (target) out.push(...target);
    else out.push(token);
    i += taken;
  }
  return out;
}

/** The types of the cues the tokens hold, the longest cue read first at each place. */
function cueTypes(tokens: readonly string[], glossary: Glossary): Set<QuestionType> {
  const types = new Set<QuestionType>();
  for (let i = 0; i < tokens.length; i++) {
    for (const { cue } of glossary.cuesByFirstToken.get(tokens[i] ?? '') ?? []) {
      if (cue.tokens.every((token, k) => tokens[i + k] === token)) {
        types.add(cue.type);
        break;
      }
    }
  }
  return types;
}

/** Words after which a question names the thing it asks about. */
const ASKING_WORDS = new Set(['quel', 'quelle', 'quels', 'quelles', 'which', 'qui', 'who', 'combien', 'lequel', 'laquelle', 'lesquels', 'lesquelles']);
/** Words that may sit between the asking word and the thing asked ("quelle est la …", "combien de …", "qui a présenté …"). */
const LINKING_WORDS = new Set([
  'est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'd', 'du', 'is', 'are', 'was', 'were', 'the',
  'a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'va', 'vont', 'peut', 'peuvent', 'has', 'have', 'had', 'will', 'can', 'did', 'does', 'of', 'many', 'much',
]);

/** The first word naming what is asked, after the first asking word; null when none does. */
function askedWord(tokens: readonly string[]): string | null {
  const at = tokens.findIndex((token) => ASKING_WORDS.has(token));
  if (at < 0) return null;
  let k = at + 1;
  while (k < tokens.length && LINKING_WORDS.has(tokens[k] ?? '')) k++;
  const word = tokens[k];
  return word === undefined || isStopWord(word) ? null : word;
}
