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
      const stems: string[] = [];
      for (const token of tokens) {
        if (isStopWord(token)) continue;
        const stemmed = stem(token);
        // "expliquer", "dire": words that frame a question say nothing of what it asks.
        if (glossary.questionWords.has(stemmed) || stems.includes(stemmed)) continue;
        stems.push(stemmed);
      }
      return { stems, types };
    },
    synonymsOf: (stemmed) => glossary.synonyms.get(stemmed) ?? NO_SYNONYMS,
  };
}

/** English and familiar words in the release's French, longest phrase first ("how many" before "how"). */
function translate(tokens: readonly string[], glossary: Glossary): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const longest = Math.min(glossary.phraseLengths.get(tokens[i] ?? '') ?? 1, tokens.length - i);
    let taken = 0;
    for (let length = longest; length >= 1 && taken === 0; length--) {
      const target = glossary.translations.get(tokens.slice(i, i + length).join(' '));
      if (target) {
        out.push(...target);
        taken = length;
      }
    }
    if (taken === 0) {
      out.push(tokens[i] ?? '');
      taken = 1;
    }
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
