import type { GlossaryFile } from '../knowledge/schema.ts';
import type { QuestionKind } from '../language/question-kinds.ts';
import type { TextPipeline } from './pipeline.ts';

export interface Cue {
  kind: QuestionKind;
  /** The cue's tokens, as `tokenize` gives them. */
  tokens: string[];
}

/** The glossary and the language's question words in the shape the search uses: every word already folded and stemmed. */
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
  framingWords: Set<string>;
}

export function buildGlossary(file: GlossaryFile, pipeline: TextPipeline): Glossary {
  const { tokenize, stem, language } = pipeline;
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
  const cues: Cue[] = [];
  for (const [kind, phrases] of Object.entries(language.questionCues) as [QuestionKind, string[]][]) {
    for (const phrase of phrases) {
      const tokens = tokenize(phrase);
      if (tokens.length > 0) cues.push({ kind, tokens });
    }
  }
  cues.sort((a, b) => b.tokens.length - a.tokens.length);
  const cuesByFirstToken = new Map<string, { cue: Cue; rank: number }[]>();
  cues.forEach((cue, rank) => {
    const first = cue.tokens[0] ?? '';
    cuesByFirstToken.set(first, [...(cuesByFirstToken.get(first) ?? []), { cue, rank }]);
  });
  const framingWords = new Set(language.framingWords.flatMap((word) => tokenize(word)).map(stem));
  return { translations, phraseLengths, synonyms: synonymsOf(file.synonyms, pipeline), cuesByFirstToken, framingWords };
}

function synonymsOf(groups: readonly string[][], pipeline: TextPipeline): Map<string, Map<string, number>> {
  const synonyms = new Map<string, Map<string, number>>();
  for (const group of groups) {
    // A word of a multi-word member ("prise" of "prise de sang") says less than a whole member.
    const members = group.map((term) => pipeline.terms(term)).filter((stems) => stems.length > 0);
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
  return synonyms;
}
