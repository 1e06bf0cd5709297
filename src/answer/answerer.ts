import { loadKnowledge, type Knowledge } from '../knowledge/load.ts';
import type { Release } from '../knowledge/release.ts';
import type { RankOptions } from '../search/rank.ts';
import { createPassageSearch } from '../search/search.ts';
import { ANSWER_THRESHOLD, composeAnswer, composeRefusal, releaseRef } from './compose.ts';
import { detectIntent } from './intent.ts';
import { hasContent, readQuestion } from './question.ts';
import type { Answer, ReleaseSummary } from './types.ts';
import { wording } from './wording.fr.ts';

export interface Answerer {
  /** Answers any string; never throws. */
  answer(question: string): Answer;
  readonly releases: readonly ReleaseSummary[];
  readonly examples: readonly string[];
}

/** Loads a knowledge folder and builds the answerer. Throws KnowledgeError on a bad file. */
export function loadAnswerer(knowledgeDir: string): Answerer {
  return createAnswerer(loadKnowledge(knowledgeDir));
}

export interface AnswererOptions {
  /** Confidence below which the bot refuses (0..1). */
  threshold: number;
  rank: Partial<RankOptions>;
}

export function createAnswerer(knowledge: Knowledge, options: Partial<AnswererOptions> = {}): Answerer {
  const releases = new Map<string, Release>(knowledge.releases.map((release) => [release.id, release]));
  const byId = new Map(knowledge.passages.map((passage) => [passage.id, passage]));
  const search = createPassageSearch(knowledge.passages, knowledge.glossary, options.rank);
  const summaries = knowledge.releases.map(summarize);
  const examples = knowledge.releases.flatMap((release) => release.examples).slice(0, 6);
  const context = { threshold: options.threshold ?? ANSWER_THRESHOLD, releases, byId, summaries, examples };

  return {
    releases: summaries,
    examples,
    answer(raw: string): Answer {
      const { text, truncated } = readQuestion(raw);
      const notice = truncated ? wording.tooLong(text.length) : null;
      return { ...respond(text), notice };
    },
  };

  function respond(text: string): Answer {
    if (!hasContent(text)) return composeRefusal(context, text, 'empty', wording.empty(examples));
    const intent = detectIntent(text);
    if (intent === 'medical_advice') return composeRefusal(context, text, 'medical_advice', wording.medicalAdvice(summaries, summaries[0]?.pressContact ?? null));
    if (intent === 'thanks') return composeRefusal(context, text, 'small_talk', wording.thanks(examples.slice(0, 2)));
    if (intent === 'greeting') return composeRefusal(context, text, 'small_talk', wording.smallTalk(summaries, examples.slice(0, 2)));
    return composeAnswer(context, text, search.search(text));
  }
}

/**
 * Answers as told rather than as searched: with the passage of id `passageId` (a reviewer's
 * choice), or with the release's refusal when `passageId` is null, at the given confidence.
 * Null when the knowledge has no passage of that id: a caller must never fall back on another.
 */
export function createToldAnswerer(knowledge: Knowledge): (question: string, passageId: string | null, confidence: number) => Answer | null {
  const releases = new Map<string, Release>(knowledge.releases.map((release) => [release.id, release]));
  const byId = new Map(knowledge.passages.map((passage) => [passage.id, passage]));
  const context = { threshold: 0, releases, byId, summaries: knowledge.releases.map(summarize) };
  return (raw, passageId, confidence) => {
    const { text, truncated } = readQuestion(raw);
    const notice = truncated ? wording.tooLong(text.length) : null;
    if (passageId === null) return { ...composeAnswer(context, text, { hits: [] }), notice };
    const passage = byId.get(passageId);
    if (!passage) return null;
    return { ...composeAnswer(context, text, { hits: [{ passage, relevance: confidence, confidence }] }), notice };
  };
}

function summarize(release: Release): ReleaseSummary {
  return { ...releaseRef(release), sources: release.sources, pressContact: release.pressContact };
}
