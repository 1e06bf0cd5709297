import { splitIntoSentences } from '../knowledge/sentences.ts';
import type { Block } from './blocks.ts';
import { COUNTED_PEOPLE, TRIAL_WORDS_WITH_ARTICLE } from './language.fr.ts';
import { fold } from './words.ts';

/** A question the release answers, with the sentence that answers it. */
export interface ExampleCandidate {
  question: string;
  sentence: string;
}

/**
 * Questions the release answers, each built from one of its sentences: what a drug or a thing
 * is ("L'amivantamab est un anticorps…" asks "Qu'est-ce que l'amivantamab ?"), how many people a
 * trial counts, what a rate is ("les anomalies de MET sont de 4,4 %"), or what share a
 * percentage is of ("10 % des cancers du poumon…"). Only the sections before the publisher's
 * and the contact's, where the release says its news. Every kind gives its candidates in
 * release order, the kinds taking turns, so that the first few are of different kinds.
 */
export function draftExampleCandidates(blocks: readonly Block[], trials: readonly string[]): ExampleCandidate[] {
  const sentences = newsSentences(blocks);
  const builders = [definitionQuestion, (s: string) => countQuestion(s, trials), rateQuestion, shareQuestion];
  const byKind = builders.map((build) =>
    sentences.flatMap((sentence) => {
      const question = build(sentence);
      return question === null ? [] : [{ question, sentence }];
    }),
  );
  const candidates: ExampleCandidate[] = [];
  for (let turn = 0; byKind.some((kind) => kind.length > turn); turn++) {
    for (const kind of byKind) {
      const candidate = kind[turn];
      if (candidate && !candidates.some((c) => c.question === candidate.question)) candidates.push(candidate);
    }
  }
  return candidates;
}

function newsSentences(blocks: readonly Block[]): string[] {
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  const news = firstHeading < 0 ? blocks : blocks.slice(0, firstHeading);
  return news.filter((b) => b.kind === 'paragraph').flatMap((b) => splitIntoSentences(b.text));
}

function definitionQuestion(sentence: string): string | null {
  const match = /^(L['’]|Le |La )(\p{Ll}[\p{L}-]{3,}) est (?:un|une) /u.exec(sentence);
  if (!match) return null;
  const article = (match[1] ?? '').toLowerCase().replace("'", '’');
  return `Qu’est-ce que ${article}${match[2] ?? ''} ?`;
}

function countQuestion(sentence: string, trials: readonly string[]): string | null {
  const people = new RegExp(`\\b\\d{1,3}(?:[  ]\\d{3})*\\s+(${COUNTED_PEOPLE.join('|')})\\b`, 'u').exec(sentence);
  const trial = trials.find((t) => sentence.includes(t));
  if (!people || !trial) return null;
  const trialWord = sentence.split(/\s+/).map((w) => fold(w).replace(/^[ld]'/, '')).find((w) => w in TRIAL_WORDS_WITH_ARTICLE) ?? 'essai';
  return `Combien de ${people[1] ?? ''} dans ${TRIAL_WORDS_WITH_ARTICLE[trialWord] ?? 'l’essai'} ${trial} ?`;
}

/** "les anomalies de MET sont de 4,4 %" asks "Quel est le taux d’anomalies de MET ?". */
function rateQuestion(sentence: string): string | null {
  const match = /\b(?:les|le|la|l['’])\s*([\p{L}][\p{L}\s'’-]{2,60}?)\s+(?:sont|est)\s+de\s+\d+(?:,\d+)?\s?%/iu.exec(sentence);
  if (!match) return null;
  const measured = (match[1] ?? '').replace(/^taux\s+(?:de\s+|d['’])/iu, '');
  return `Quel est le taux ${partitive(measured)} ?`;
}

/** "Près de 10 % des cancers du poumon … présentent une mutation" asks what share of them do. */
function shareQuestion(sentence: string): string | null {
  const match = /\d+(?:,\d+)?\s?% des ([^,;:.()]{10,120})/u.exec(sentence);
  if (!match) return null;
  return `Quelle part des ${(match[1] ?? '').trim()} ?`;
}

function partitive(words: string): string {
  return /^[aeiouhéèêàâîôû]/iu.test(words) ? `d’${words}` : `de ${words}`;
}
