import { fra as frenchStopWords } from 'stopword/src/stopwords_fra.js';
import { DRUG_NAME_ENDINGS, MIN_KEYWORD_LENGTH, TRIAL_WORDS_WITH_ARTICLE } from './language.fr.ts';
import { fold } from './words.ts';

const STOP_WORDS = new Set(frenchStopWords.map(fold));
/** How many words may stand between "essai" and the trial's name: "l'essai multicentrique de phase 3 MARIPOSA". */
const TRIAL_NAME_DISTANCE = 6;

/** The trials the text names: a word in capitals a few words after "essai", "étude"…, the congress left out. */
export function findTrialNames(text: string, congress: string | null): string[] {
  const names: string[] = [];
  const words = text.split(/[\s(),;:.]+/u).map((w) => w.replace(/^[ldLD][’']/u, ''));
  words.forEach((word, i) => {
    if (!(fold(word) in TRIAL_WORDS_WITH_ARTICLE)) return;
    const name = words.slice(i + 1, i + 1 + TRIAL_NAME_DISTANCE).find((w) => /^\p{Lu}[\p{Lu}\d-]{2,}$/u.test(w) && /\p{Lu}{3}/u.test(w));
    if (name && name !== congress && !names.includes(name)) names.push(name);
  });
  return names;
}

/** The drugs the text names: words with an international non-proprietary name's ending, in lower case. */
export function findDrugNames(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/\p{L}{6,}/gu)) {
    const word = match[0].toLowerCase();
    if (DRUG_NAME_ENDINGS.some((ending) => word.endsWith(ending))) names.add(word);
  }
  return [...names];
}

/**
 * What a question may name to mean this release: its trials, drugs and congress, then the
 * words of its title (stop words and short words left out), each once.
 */
export function draftKeywords(parts: { trials: readonly string[]; drugs: readonly string[]; congress: string | null; title: string | null }): string[] {
  const titleWords = (parts.title ?? '')
    .split(/[^\p{L}\d-]+/u)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= MIN_KEYWORD_LENGTH && !STOP_WORDS.has(fold(w)));
  const keywords: string[] = [];
  const seen = new Set<string>();
  for (const word of [...parts.trials, ...parts.drugs, ...(parts.congress ? [parts.congress] : []), ...titleWords]) {
    if (seen.has(fold(word))) continue;
    seen.add(fold(word));
    keywords.push(word);
  }
  return keywords;
}
