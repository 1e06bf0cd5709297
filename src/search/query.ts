import type { QuestionKind } from '../language/question-kinds.ts';
import { foldText } from '../text/fold.ts';
import { takeCues, translate } from './cues.ts';
import type { Glossary } from './glossary.ts';
import type { SearchIndex } from './index.ts';
import { createMatchFinder, type TermMatch } from './matches.ts';
import type { TextPipeline } from './pipeline.ts';
import { WordsATypoAway } from './typos.ts';

export interface QueryTerm {
  /** The word as the question has it (folded, maybe translated). */
  token: string;
  /** Empty when the release does not know the word at all. */
  matches: TermMatch[];
  /** A word that says what kind of answer is asked ("taux", "quand"): it may rank, it does not weigh in the confidence. */
  cue: boolean;
}

export interface AnalyzedQuestion {
  kinds: QuestionKind[];
  terms: QueryTerm[];
  /** What a "combien de …" question counts ("salariés" in "combien de salariés"), when it says. */
  counted: QueryTerm | null;
  /** What a "quel(le) X" or "qui …" question asks about ("âge" in "quel âge a…", "finance" in "qui finance…"), when it names one the answer must hold. */
  asked: QueryTerm | null;
  /** The question asks for a place's name ("dans quelle ville", "quel pays"). */
  asksPlaceName: boolean;
  /** The stem of the word that qualifies the asked thing right after it ("globale" in "quelle est la survie globale"), when it reads as an adjective. */
  askedQualifier: string | null;
  /** The question names a study the release does not know ("l'essai HELIOS", "the FLAURA2 trial"): it is about another one. */
  namesOtherStudy: boolean;
}

export interface QuestionReader {
  /** Reads a question into what it asks for (its kinds) and the words to look for. */
  analyze(question: string): AnalyzedQuestion;
}

/** Shorter words have real words a letter away from the words that ask ("quels" and "quel"): only words this long are mended. */
const MIN_MENDED_LENGTH = 6;

export function createQuestionReader(index: SearchIndex, glossary: Glossary, pipeline: TextPipeline): QuestionReader {
  const { tokenize, isStopWord, stem } = pipeline;
  const reading = pipeline.language.questionReading;
  const counting = new Set(reading.counting);
  const asking = new Set([...reading.asking, ...reading.who]);
  const linking = new Set(reading.linking);
  const placeNouns = new Set(reading.placeNouns);
  const whereAfter = new Set(reading.whereAfter);
  const where = new RegExp(reading.where, 'i');
  // "d'où", "jusqu'où": elisions are split off before the words are read, so these are found in the text.
  const whereElided = new RegExp(`(?:^|[^a-z])(?:${reading.whereElided.join('|')})'${reading.whereFolded}(?![a-z])`);
  const adjectiveEnding = new RegExp(`(?:${reading.adjectiveEndings.join('|')})$`);
  const askingWordsToMend = new WordsATypoAway(new Set(reading.mendedWhenMistyped));
  const matchFinder = createMatchFinder(index, glossary, pipeline);
  const isKnown = (token: string): boolean => !isStopWord(token) && index.postings.has(stem(token));
  const studyNouns = new Set(reading.studyNouns);

  /**
   * A name written with a capital beside a study noun ("l'essai HELIOS", "the FLAURA2 trial")
   * that the release knows in none of its words, not even by a typo.
   */
  function namesOtherStudy(question: string): boolean {
    const words = question.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
    return words.some((word, i) => {
      if (!studyNouns.has(foldText(word))) return false;
      return [words[i + 1], words[i - 1]].some((name) => name !== undefined && isUnknownName(name));
    });
  }

  function isUnknownName(word: string): boolean {
    if (word.length < 3 || word[0] === word[0]?.toLowerCase()) return false;
    // "MARIPOSA-2", "FLAURA2": a numbered name is another study unless the release writes it whole.
    if (/\p{L}/u.test(word) && /\d/.test(word)) return !index.postings.has(stem(foldText(word).replace(/[^\p{L}\p{N}]/gu, '')));
    const tokens = tokenize(word).filter((token) => !isStopWord(token));
    return tokens.length > 0 && tokens.every((token) => matchFinder.findMatches(token, true).length === 0);
  }

  /**
   * "poruquoi", "cmbien", "commnet": a word the release does not know, not even by its stem, one
   * typo away from one word that asks and starting with the same letter, is read as that word. Only
   * the words that ask are mended: towards any word of the glossary, real words were taken for typos
   * ("argent" for "agent", "status" for "states"). Typos of the release's own words are found later, by the index.
   */
  function withAskingWordsMended(tokens: string[]): string[] {
    return tokens.map((token) => {
      if (token.length < MIN_MENDED_LENGTH || /\d/.test(token) || isStopWord(token) || index.vocabulary.has(token) || index.postings.has(stem(token))) return token;
      const near = askingWordsToMend.nearest(token);
      return near !== null && near[0] === token[0] ? near : token;
    });
  }

  /**
   * Folding makes "où" (where) and "ou" (or) one word: "oral ou poster ?" does not ask for a place.
   * A folded "ou" asks where when the question writes "où" with its accent, opens with it, or has it
   * after "d'", "jusqu'", "là" or "par"; otherwise it means "or", and is left out like a stop word
   * (kept, it would give a place cue, or be glued to the next word as "ou aux" → "ouaux").
   */
  function withOrApart(tokens: string[], question: string): string[] {
    const or = reading.whereFolded;
    if (!tokens.includes(or) || where.test(question.normalize('NFC')) || whereElided.test(foldText(question))) return tokens;
    return tokens.filter((token, i) => token !== or || i === 0 || whereAfter.has(tokens[i - 1] ?? ''));
  }

  /**
   * "on target" typed for the release's "on-target": two neighbours, one of which the release does
   * not know on its own (a stop word, a prefix), that the release writes as one word.
   */
  function joinedWords(tokens: readonly string[]): string[] {
    const joined: string[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [first, second] = [tokens[i] ?? '', tokens[i + 1] ?? ''];
      const word = first + second;
      if ((!isKnown(first) || !isKnown(second)) && !tokens.includes(word) && index.postings.has(stem(word))) joined.push(word);
    }
    return joined;
  }

  /**
   * "Quel âge…", "quelle est l'adresse…", "qui est le directeur…", "qui finance…": where the first
   * word naming what is asked stands, -1 when none does. A release that never says it (who funds
   * the study) does not answer.
   */
  function askedWordAt(tokens: readonly string[]): number {
    const at = tokens.findIndex((token) => asking.has(token));
    if (at < 0) return -1;
    let k = at + 1;
    while (k < tokens.length && linking.has(tokens[k] ?? '')) k++;
    const word = tokens[k];
    return word === undefined || isStopWord(word) ? -1 : k;
  }

  /**
   * The stem of the word right after the thing asked (at `askedAt`), when it reads as an adjective
   * that qualifies it: not a word that only frames the question ("concernant"), nor the thing itself.
   */
  function qualifierAfter(tokens: readonly string[], askedAt: number): string | null {
    const next = tokens[askedAt + 1];
    if (next === undefined || isStopWord(next) || /\d/.test(next) || !adjectiveEnding.test(next)) return null;
    const stemmed = stem(next);
    return glossary.framingWords.has(stemmed) || stemmed === stem(tokens[askedAt] ?? '') ? null : stemmed;
  }

  /** The first word after "combien (de)" that is not a stop word. */
  function countedWord(tokens: readonly string[]): string | null {
    const at = tokens.findIndex((token) => counting.has(token));
    if (at < 0) return null;
    return tokens.slice(at + 1).find((token) => !isStopWord(token)) ?? null;
  }

  function findTerms(tokens: readonly string[], seen: Set<string>, cue: boolean): QueryTerm[] {
    const terms: QueryTerm[] = [];
    tokens.forEach((token, i) => {
      if (isStopWord(token)) return;
      const stemmed = stem(token);
      if (seen.has(stemmed) || glossary.framingWords.has(stemmed)) return;
      const matches = matchFinder.findMatches(token, !cue);
      // "amivantamab-lazertinib" is looked for by its parts when the release never writes it whole.
      if (matches.length === 0 && isJoinedFromNext(tokens, i)) return;
      seen.add(stemmed);
      terms.push({ token, matches, cue });
    });
    return terms;
  }

  return {
    analyze(question) {
      const written = withAskingWordsMended(withOrApart(tokenize(question), question));
      // Cues as typed first ("what day", "how many"), then those that only appear once translated ("c koi" → "c quoi").
      const typed = takeCues(written, glossary);
      const translated = takeCues([...translate(typed.rest, glossary), ...joinedWords(written)], glossary);
      const kinds = [...new Set([...typed.kinds, ...translated.kinds])];
      if (question.includes('%') && !kinds.includes('percentage')) kinds.push('percentage');
      const seen = new Set<string>();
      const terms = findTerms(translated.rest, seen, false);
      // Cue words ("taux", "titre", "date") say what is asked; where the release has them, they help rank, never count against it.
      const cueTokens = [...translate(typed.cueTokens, glossary), ...translated.cueTokens];
      const cues = findTerms(cueTokens, seen, true).filter((term) => term.matches.length > 0);
      const inFrench = translate(written, glossary);
      const countedToken = kinds.includes('count') ? countedWord(inFrench) : null;
      const counted = countedToken === null ? null : (terms.find((term) => stem(term.token) === stem(countedToken)) ?? null);
      const askedAt = askedWordAt(inFrench);
      const askedToken = askedAt < 0 ? null : (inFrench[askedAt] ?? null);
      const asked = askedToken === null ? null : (terms.find((term) => term.token === askedToken) ?? null);
      const askedQualifier = asked ? qualifierAfter(inFrench, askedAt) : null;
      const asksPlaceName = askedToken !== null && placeNouns.has(askedToken);
      return { kinds, terms: [...terms, ...cues], counted, asked, askedQualifier, asksPlaceName, namesOtherStudy: namesOtherStudy(question) };
    },
  };
}

/** Whether `tokens[i]` is the next few tokens written together, as `tokenize` gives a hyphenated word. */
function isJoinedFromNext(tokens: readonly string[], i: number): boolean {
  let joined = '';
  for (let k = i + 1; k < tokens.length && joined.length < (tokens[i] ?? '').length; k++) joined += tokens[k];
  return joined === tokens[i];
}
