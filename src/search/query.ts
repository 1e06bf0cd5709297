import type { Cue, Glossary, QuestionType } from './glossary.ts';
import type { SearchIndex } from './index.ts';
import { ELIDED_WORDS, foldText, isStopWord, stem, tokenize } from './normalize.ts';
import { allowedTypos, editDistance, MIN_FUZZY_LENGTH, WordsATypoAway } from './typos.ts';

export type MatchKind = 'exact' | 'synonym' | 'elision' | 'typo' | 'family';

/** One way a word of the question is found in the index, and how much it is trusted. */
export interface TermMatch {
  stem: string;
  weight: number;
  kind: MatchKind;
}

export interface QueryTerm {
  /** The word as the question has it (folded, maybe translated). */
  token: string;
  /** Empty when the release does not know the word at all. */
  matches: TermMatch[];
  /** A word that says what kind of answer is asked ("taux", "quand"): it may rank, it does not weigh in the confidence. */
  cue: boolean;
}

export interface AnalyzedQuestion {
  types: QuestionType[];
  terms: QueryTerm[];
  /** What a "combien de …" question counts ("salariés" in "combien de salariés"), when it says. */
  counted: QueryTerm | null;
  /** What a "quel(le) X" or "qui …" question asks about ("âge" in "quel âge a…", "finance" in "qui finance…"), when it names one the answer must hold. */
  asked: QueryTerm | null;
  /** The question asks for a place's name ("dans quelle ville", "quel pays"). */
  asksPlaceName: boolean;
  /** The stem of the word that qualifies the asked thing right after it ("globale" in "quelle est la survie globale"), when it reads as an adjective. */
  askedQualifier: string | null;
}

/** The longest phrase the glossary translates, in words. */
const MAX_TRANSLATED_WORDS = 3;
/** Words after which a question names what it counts. */
const COUNTING_WORDS = new Set(['combien', 'nombre', 'many', 'much']);

const SYNONYM_WEIGHT = 0.75;
const ELISION_WEIGHT = 0.95;
const TYPO_WEIGHT = 0.85;
const FAMILY_WEIGHT = 0.7;
/** Shorter words share beginnings by chance ("porte", "portant"). */
const MIN_FAMILY_LENGTH = 6;
/** How much of a word two members of its family share, at least. */
const FAMILY_PREFIX_SHARE = 0.7;
/** A beginning shared by more words than this says little about any of them. */
const MAX_FAMILY_WORDS = 8;
/** "lessai", "lamivantamab": an elision typed without its apostrophe. */
const GLUED_ELISION = new RegExp(`^(?:${ELIDED_WORDS})(\\p{L}{4,})$`, 'u');
/** Any elided word glued to what follows, however short ("cest", "quil"). */
const GLUED_ANY = new RegExp(`^(?:${ELIDED_WORDS})(\\p{L}+)$`, 'u');

/** Reads a question into what it asks for (its types) and the words to look for. */
export function analyzeQuestion(question: string, index: SearchIndex, glossary: Glossary): AnalyzedQuestion {
  const written = withAskingWordsMended(withOrApart(tokenize(question), question), index);
  // Cues as typed first ("what day", "how many"), then those that only appear once translated ("c koi" → "c quoi").
  const typed = takeCues(written, glossary);
  const translated = takeCues([...translate(typed.rest, glossary), ...joinedWords(written, index)], glossary);
  const types = [...new Set([...typed.types, ...translated.types])];
  if (question.includes('%') && !types.includes('percentage')) types.push('percentage');
  const seen = new Set<string>();
  const terms = findTerms(translated.rest, index, glossary, seen, false);
  // Cue words ("taux", "titre", "date") say what is asked; where the release has them, they help rank, never count against it.
  const cueTokens = [...translate(typed.cueTokens, glossary), ...translated.cueTokens];
  const cues = findTerms(cueTokens, index, glossary, seen, true).filter((term) => term.matches.length > 0);
  const writtenInFrench = translate(written, glossary);
  const countedToken = types.includes('count') ? countedWord(writtenInFrench) : null;
  const counted = countedToken === null ? null : (terms.find((term) => stem(term.token) === stem(countedToken)) ?? null);
  const askedAt = askedWordAt(writtenInFrench);
  const askedToken = askedAt < 0 ? null : (writtenInFrench[askedAt] ?? null);
  const asked = askedToken === null ? null : (terms.find((term) => term.token === askedToken) ?? null);
  const askedQualifier = asked ? qualifierAfter(writtenInFrench, askedAt, glossary) : null;
  const asksPlaceName = askedToken !== null && PLACE_NOUNS.has(askedToken);
  return { types, terms: [...terms, ...cues], counted, asked, askedQualifier, asksPlaceName };
}

/** Nouns that ask for a place's name: "dans quelle ville", "quel pays" (a closed list: "région" may be a part of a molecule). */
const PLACE_NOUNS = new Set(['ville', 'villes', 'pays', 'city', 'cities', 'country', 'countries']);

/** The words that ask, which a typo must not hide: a mistyped "pourquoi" would weigh as a word the release does not know. */
const ASKING_WORDS_TO_MEND = new WordsATypoAway(new Set(['pourquoi', 'combien', 'comment', 'quelle', 'quelles', 'lequel', 'laquelle', 'lesquels', 'lesquelles']));
/** Shorter words have real words a letter away from these ("quels" and "quel"): only words this long are mended. */
const MIN_MENDED_LENGTH = 6;

/**
 * "poruquoi", "cmbien", "commnet": a word the release does not know, not even by its stem, one
 * typo away from one word that asks and starting with the same letter, is read as that word. Only
 * the words that ask are mended: towards any word of the glossary, real words were taken for typos
 * ("argent" for "agent", "status" for "states"). Typos of the release's own words are found later, by the index.
 */
function withAskingWordsMended(tokens: string[], index: SearchIndex): string[] {
  return tokens.map((token) => {
    if (token.length < MIN_MENDED_LENGTH || /\d/.test(token) || isStopWord(token) || index.vocabulary.has(token) || index.postings.has(stem(token))) return token;
    const near = ASKING_WORDS_TO_MEND.nearest(token);
    return near !== null && near[0] === token[0] ? near : token;
  });
}

/** Words after which a folded "ou" still means "où" when typed without its accent ("là où", "par où"). */
const WHERE_AFTER = new Set(['la', 'par']);
/** "d'où", "jusqu'où": elisions are split off before the words are read, so these are found in the text. */
const WHERE_ELIDED = /(?:^|[^a-z])(?:d|jusqu)'ou(?![a-z])/;

/**
 * Folding makes "où" (where) and "ou" (or) one word: "oral ou poster ?" does not ask for a place.
 * A folded "ou" asks where when the question writes "où" with its accent, opens with it, or has it
 * after "d'", "jusqu'", "là" or "par"; otherwise it means "or", and is left out like a stop word
 * (kept, it would give a place cue, or be glued to the next word as "ou aux" → "ouaux").
 */
function withOrApart(tokens: string[], question: string): string[] {
  if (!tokens.includes('ou') || /où/i.test(question.normalize('NFC')) || WHERE_ELIDED.test(foldText(question))) return tokens;
  return tokens.filter((token, i) => token !== 'ou' || i === 0 || WHERE_AFTER.has(tokens[i - 1] ?? ''));
}

/**
 * Glossary translations, longest phrase first ("progression free" before "free"). Most words
 * start no phrase of the glossary: they are looked up alone.
 */
function translate(tokens: readonly string[], glossary: Glossary): string[] {
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

/**
 * "on target" typed for the release's "on-target": two neighbours, one of which the release does
 * not know on its own (a stop word, a prefix), that the release writes as one word.
 */
function joinedWords(tokens: readonly string[], index: SearchIndex): string[] {
  const joined: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [first, second] = [tokens[i] ?? '', tokens[i + 1] ?? ''];
    const word = first + second;
    if ((!isKnown(first, index) || !isKnown(second, index)) && !tokens.includes(word) && index.postings.has(stem(word))) joined.push(word);
  }
  return joined;
}

function isKnown(token: string, index: SearchIndex): boolean {
  return !isStopWord(token) && index.postings.has(stem(token));
}

/** Whether `tokens[i]` is the next few tokens written together, as `tokenize` gives a hyphenated word. */
function isJoinedFromNext(tokens: readonly string[], i: number): boolean {
  let joined = '';
  for (let k = i + 1; k < tokens.length && joined.length < (tokens[i] ?? '').length; k++) joined += tokens[k];
  return joined === tokens[i];
}

/** Words after which a question names the thing it asks about. */
const ASKING_WORDS = new Set(['quel', 'quelle', 'quels', 'quelles', 'which']);
/** Words after which a question names who it asks about, or what they do ("qui finance …"). */
const WHO_WORDS = new Set(['qui', 'who']);
/** Words that may sit between "quel" or "qui" and the thing asked ("quelle est la …", "qui est le …", "qui a présenté …"). */
const LINKING_WORDS = new Set([
  'est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'is', 'are', 'was', 'were', 'the',
  'a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'va', 'vont', 'peut', 'peuvent', 'doit', 'doivent', 'has', 'have', 'had', 'will', 'can', 'did', 'does',
]);

/**
 * "Quel âge…", "quelle est l'adresse…", "qui est le directeur…", "qui finance…": where the first
 * word naming what is asked stands, -1 when none does. A release that never says it (who funds
 * the study) does not answer.
 */
function askedWordAt(tokens: readonly string[]): number {
  const at = tokens.findIndex((token) => ASKING_WORDS.has(token) || WHO_WORDS.has(token));
  if (at < 0) return -1;
  let k = at + 1;
  while (k < tokens.length && LINKING_WORDS.has(tokens[k] ?? '')) k++;
  const word = tokens[k];
  return word === undefined || isStopWord(word) ? -1 : k;
}

/** Endings of French adjectives (folded): "globale", "général", "clinique", "ciblée", "métastatique". */
const ADJECTIVE_ENDING = /(?:ale?s?|aux|iques?|ifs?|ives?|eux|euses?|elle?s?|els|aires?|ibles?|ables?|iennes?|iens?|aines?|ains?|ees?|ante?s?)$/;

/**
 * The stem of the word right after the thing asked (at `askedAt`), when it reads as an adjective
 * that qualifies it: not a word that only frames the question ("concernant"), nor the thing itself.
 */
function qualifierAfter(tokens: readonly string[], askedAt: number, glossary: Glossary): string | null {
  const next = tokens[askedAt + 1];
  if (next === undefined || isStopWord(next) || /\d/.test(next) || !ADJECTIVE_ENDING.test(next)) return null;
  const stemmed = stem(next);
  return glossary.questionWords.has(stemmed) || stemmed === stem(tokens[askedAt] ?? '') ? null : stemmed;
}

/** The first word after "combien (de)" that is not a stop word. */
function countedWord(tokens: readonly string[]): string | null {
  const at = tokens.findIndex((token) => COUNTING_WORDS.has(token));
  if (at < 0) return null;
  return tokens.slice(at + 1).find((token) => !isStopWord(token)) ?? null;
}

function findTerms(tokens: readonly string[], index: SearchIndex, glossary: Glossary, seen: Set<string>, cue: boolean): QueryTerm[] {
  const terms: QueryTerm[] = [];
  tokens.forEach((token, i) => {
    if (isStopWord(token)) return;
    const stemmed = stem(token);
    if (seen.has(stemmed) || glossary.questionWords.has(stemmed)) return;
    const matches = findMatches(token, stemmed, index, glossary, !cue);
    // "amivantamab-lazertinib" is looked for by its parts when the release never writes it whole.
    if (matches.length === 0 && isJoinedFromNext(tokens, i)) return;
    seen.add(stemmed);
    terms.push({ token, matches, cue });
  });
  return terms;
}

/**
 * Finds the cues of a question, longest first; a word belongs to cues of one type only,
 * but the same phrase may stand for several types ("qui est" asks for a person and what they are).
 */
function takeCues(tokens: string[], glossary: Glossary): { types: QuestionType[]; rest: string[]; cueTokens: string[] } {
  // Every cue that fits somewhere, found through its first word, then taken longest first.
  const found: { cue: Cue; start: number; rank: number }[] = [];
  tokens.forEach((token, start) => {
    for (const { cue, rank } of glossary.cuesByFirstToken.get(token) ?? []) {
      if (cue.tokens.every((word, k) => tokens[start + k] === word)) found.push({ cue, start, rank });
    }
  });
  found.sort((a, b) => a.rank - b.rank || a.start - b.start);
  // Who took each word: a cue may share words with a cue of its own type, or with the very same phrase.
  const owner = new Array<Cue | undefined>(tokens.length).fill(undefined);
  const types: QuestionType[] = [];
  for (const { cue, start } of found) {
    const free = cue.tokens.every((_, k) => {
      const taken = owner[start + k];
      return !taken || taken.type === cue.type || taken.tokens.join(' ') === cue.tokens.join(' ');
    });
    if (!free) continue;
    for (let k = 0; k < cue.tokens.length; k++) owner[start + k] ??= cue;
    if (!types.includes(cue.type)) types.push(cue.type);
  }
  return { types, rest: tokens.filter((_, i) => owner[i] === undefined), cueTokens: tokens.filter((_, i) => owner[i] !== undefined) };
}

function findMatches(token: string, stemmed: string, index: SearchIndex, glossary: Glossary, tolerateTypos: boolean): TermMatch[] {
  const matches: TermMatch[] = [];
  addWithSynonyms(matches, index, glossary, stemmed, 1, 'exact');
  if (matches.some((m) => m.kind === 'exact') || !tolerateTypos) return matches;

  // "cest", "quil": an elided stop word typed without its apostrophe says nothing.
  const elided = GLUED_ANY.exec(token)?.[1];
  if (elided && isStopWord(elided)) return matches;
  const glued = GLUED_ELISION.exec(token)?.[1];
  if (glued && index.postings.has(stem(glued))) {
    addWithSynonyms(matches, index, glossary, stem(glued), ELISION_WEIGHT, 'elision');
    return matches;
  }
  if (matches.length === 0 && token.length >= MIN_FUZZY_LENGTH && !/\d/.test(token)) {
    for (const { word, similarity } of nearWords(token, index)) {
      addWithSynonyms(matches, index, glossary, index.vocabulary.get(word) ?? word, TYPO_WEIGHT * similarity, 'typo');
    }
  }
  if (matches.length === 0 && token.length >= MIN_FAMILY_LENGTH && !/\d/.test(token)) {
    for (const word of wordsStartingWith(index, familyPrefix(token))) addMatch(matches, index, index.vocabulary.get(word) ?? word, FAMILY_WEIGHT, 'family');
  }
  return matches;
}

/**
 * "progressent" for the release's "progression", "intervention" for "intervenir": words of one
 * family share a long beginning where the stemmer, which only strips endings it knows, tells them apart.
 */
function familyPrefix(token: string): string {
  return token.slice(0, Math.max(MIN_FAMILY_LENGTH - 1, Math.ceil(token.length * FAMILY_PREFIX_SHARE)));
}

/** The vocabulary in alphabetical order, per index, to find the words with a given beginning by bisection. */
const sortedVocabularies = new WeakMap<SearchIndex, readonly string[]>();

function wordsStartingWith(index: SearchIndex, prefix: string): string[] {
  let sorted = sortedVocabularies.get(index);
  if (!sorted) sortedVocabularies.set(index, (sorted = [...index.vocabulary.keys()].sort()));
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  const words: string[] = [];
  for (let i = low; i < sorted.length && (sorted[i] ?? '').startsWith(prefix) && words.length < MAX_FAMILY_WORDS; i++) words.push(sorted[i] ?? '');
  return words;
}

/** Adds a stem the release knows, and its glossary synonyms at their share of the weight. */
function addWithSynonyms(matches: TermMatch[], index: SearchIndex, glossary: Glossary, candidate: string, weight: number, kind: MatchKind): void {
  addMatch(matches, index, candidate, weight, kind);
  for (const [synonym, share] of glossary.synonyms.get(candidate) ?? []) addMatch(matches, index, synonym, weight * SYNONYM_WEIGHT * share, 'synonym');
}

/** Keeps the best weight for each stem; a stem the release never uses is no match. */
function addMatch(matches: TermMatch[], index: SearchIndex, candidate: string, weight: number, kind: MatchKind): void {
  if (!index.postings.has(candidate)) return;
  const existing = matches.find((m) => m.stem === candidate);
  if (existing && existing.weight >= weight) return;
  if (existing) Object.assign(existing, { weight, kind });
  else matches.push({ stem: candidate, weight, kind });
}

interface NearWord {
  word: string;
  similarity: number;
}

/**
 * The near words found for each mistyped word, per index: people make the same typos again
 * ("osimertinb"), and a fuzzy search costs far more than the rest of a question. Bounded, and
 * emptied when full.
 */
const nearWordsMemo = new WeakMap<SearchIndex, Map<string, readonly NearWord[]>>();
const NEAR_WORDS_MEMO_SIZE = 10_000;

/** Vocabulary words a few typos away from `token`, best first. */
function nearWords(token: string, index: SearchIndex): readonly NearWord[] {
  let memo = nearWordsMemo.get(index);
  if (!memo) nearWordsMemo.set(index, (memo = new Map()));
  let near = memo.get(token);
  if (near === undefined) {
    near = searchNearWords(token, index);
    if (memo.size >= NEAR_WORDS_MEMO_SIZE) memo.clear();
    memo.set(token, near);
  }
  return near;
}

function searchNearWords(token: string, index: SearchIndex): NearWord[] {
  const limit = allowedTypos(token.length);
  const near: NearWord[] = [];
  for (const result of index.fuzzyWords.get(token[0] ?? '')?.search(token, { limit: 8 }) ?? []) {
    const distance = editDistance(token, result.item, limit);
    if (distance > limit) continue;
    near.push({ word: result.item, similarity: 1 - distance / Math.max(token.length, result.item.length) });
  }
  near.sort((a, b) => b.similarity - a.similarity);
  const best = near[0]?.similarity ?? 0;
  return near.filter((n) => n.similarity === best).slice(0, 3);
}
