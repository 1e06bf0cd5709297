import type { QuestionKind } from '../language/question-kinds.ts';
import type { Cue, Glossary } from './glossary.ts';

/** The longest phrase the glossary translates, in words. */
const MAX_TRANSLATED_WORDS = 3;

/**
 * Glossary translations, longest phrase first ("progression free" before "free"). Most words
 * start no phrase of the glossary: they are looked up alone.
 */
export function translate(tokens: readonly string[], glossary: Glossary): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] ?? '';
    let length = Math.min(MAX_TRANSLATED_WORDS, glossary.phraseLengths.get(token) ?? 1, tokens.length - i);
    for (; length > 0; length--) {
      const targets = glossary.translations.get(length === 1 ? token : tokens.slice(i, i + length).join(' '));
      if (targets) {
        out.push(...targets);
        break;
      }
    }
    if (length === 0) {
      out.push(token);
      length = 1;
    }
    i += length;
  }
  return out;
}

export interface TakenCues {
  kinds: QuestionKind[];
  /** The tokens no cue took. */
  rest: string[];
  /** The tokens of the cues taken. */
  cueTokens: string[];
}

/**
 * Finds the cues of a question, longest first; a word belongs to cues of one kind only,
 * but the same phrase may stand for several kinds ("qui est" asks for a person and what they are).
 */
export function takeCues(tokens: string[], glossary: Glossary): TakenCues {
  // Every cue that fits somewhere, found through its first word, then taken longest first.
  const found: { cue: Cue; start: number; rank: number }[] = [];
  tokens.forEach((token, start) => {
    for (const { cue, rank } of glossary.cuesByFirstToken.get(token) ?? []) {
      if (cue.tokens.every((word, k) => tokens[start + k] === word)) found.push({ cue, start, rank });
    }
  });
  found.sort((a, b) => a.rank - b.rank || a.start - b.start);
  // Who took each word: a cue may share words with a cue of its own kind, or with the very same phrase.
  const owner = new Array<Cue | undefined>(tokens.length).fill(undefined);
  const kinds: QuestionKind[] = [];
  for (const { cue, start } of found) {
    const free = cue.tokens.every((_, k) => {
      const taken = owner[start + k];
      return !taken || taken.kind === cue.kind || taken.tokens.join(' ') === cue.tokens.join(' ');
    });
    if (!free) continue;
    for (let k = 0; k < cue.tokens.length; k++) owner[start + k] ??= cue;
    if (!kinds.includes(cue.kind)) kinds.push(cue.kind);
  }
  return { kinds, rest: tokens.filter((_, i) => owner[i] === undefined), cueTokens: tokens.filter((_, i) => owner[i] !== undefined) };
}
