/**
 * How the taught index reads a question: the passage search's own normalisation (folding, stop
 * words, stems) and glossary (translations, synonyms, question cues). The one place this module
 * reaches into `src/search/`, so a rename there is mended here alone.
 */
import type { GlossaryFile } from '../knowledge/schema.ts';
import { languageFor, type LanguageCode } from '../language/languages.ts';
import type { QuestionKind } from '../language/question-kinds.ts';
import { buildGlossary, type Glossary } from '../search/glossary.ts';
import { createPipeline } from '../search/pipeline.ts';

export { allowedTypos, editDistance } from '../search/typos.ts';

export type QuestionType = QuestionKind;

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
export function createQuestionReader(glossaryFile: GlossaryFile, languageCode: LanguageCode): QuestionReader {
  const pipeline = createPipeline(languageFor(languageCode));
  const { tokenize, isStopWord, stem } = pipeline;
  const glossary = buildGlossary(glossaryFile, pipeline);
  const reading = pipeline.language.questionReading;
  // The words after which a question names what it asks about, whatever kind of question it is.
  const asking = new Set([...reading.asking, ...reading.who, ...reading.counting]);
  const linking = new Set(reading.linking);

  /** The first word naming what is asked, after the first asking word; null when none does. */
  function askedWord(tokens: readonly string[]): string | null {
    const at = tokens.findIndex((token) => asking.has(token));
    if (at < 0) return null;
    let k = at + 1;
    while (k < tokens.length && (linking.has(tokens[k] ?? '') || isStopWord(tokens[k] ?? ''))) k++;
    return tokens[k] ?? null;
  }

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
        if (glossary.framingWords.has(stemmed) || stems.includes(stemmed)) continue;
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
        types.add(cue.kind);
        break;
      }
    }
  }
  return types;
}
