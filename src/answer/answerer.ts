import { loadKnowledge, type Knowledge } from '../knowledge/load.ts';
import type { Release } from '../knowledge/release.ts';
import { languageFor } from '../language/languages.ts';
import { createPipeline } from '../search/pipeline.ts';
import type { PassageExpansion } from '../search/index.ts';
import { passageSearchBuilder, type PassageSearch } from '../search/search.ts';
import { composeAnswer, composeRefusal, releaseRef, type Catalogue } from './compose.ts';
import { createIntentDetector } from './intent.ts';
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

/** Builds the answerer over loaded knowledge, in the language of its releases. */
export function createAnswerer(knowledge: Knowledge): Answerer {
  return answererBuilder(knowledge)();
}

/**
 * Builds answerers over the same knowledge that differ only by the words the communications
 * team's questions add to their passages (`PassageExpansion`): the text pipeline, the glossary and
 * the intents are made once, each answerer has its own passage index.
 */
export function answererBuilder(knowledge: Knowledge): (expansion?: PassageExpansion) => Answerer {
  const pipeline = createPipeline(languageFor(knowledge.language));
  const searchWith = passageSearchBuilder(knowledge.passages, knowledge.glossary, pipeline);
  const intents = createIntentDetector(pipeline, knowledge.glossary.healthNames);
  const summaries = knowledge.releases.map(summarize);
  const examples = knowledge.releases.flatMap((release) => release.examples).slice(0, 6);
  const catalogue: Catalogue = {
    releases: new Map<string, Release>(knowledge.releases.map((release) => [release.id, release])),
    byId: new Map(knowledge.passages.map((passage) => [passage.id, passage])),
    summaries,
  };

  function respond(text: string, search: PassageSearch): Answer {
    if (!hasContent(text)) return composeRefusal(catalogue, text, 'empty', wording.empty(examples));
    const intent = intents.detect(text);
    if (intent === 'medical_advice') return composeRefusal(catalogue, text, 'medical_advice', wording.medicalAdvice(summaries, summaries[0]?.pressContact ?? null));
    if (intent === 'thanks') return composeRefusal(catalogue, text, 'small_talk', wording.thanks(examples.slice(0, 2)));
    if (intent === 'greeting') return composeRefusal(catalogue, text, 'small_talk', wording.smallTalk(summaries, examples.slice(0, 2)));
    return composeAnswer(catalogue, text, search.search(text));
  }

  return (expansion) => {
    const search = searchWith(expansion);
    return {
      releases: summaries,
      examples,
      answer(raw) {
        const { text, truncated } = readQuestion(raw);
        return { ...respond(text, search), notice: truncated ? wording.tooLong(text.length) : null };
      },
    };
  };
}

/**
 * Answers as told rather than as searched: with the passage of id `passageId` (a reviewer's
 * choice), or with the release's refusal when `passageId` is null, at the given confidence.
 * Null when the knowledge has no passage of that id: a caller must never fall back on another.
 */
export function createToldAnswerer(knowledge: Knowledge): (question: string, passageId: string | null, confidence: number) => Answer | null {
  const releases = new Map<string, Release>(knowledge.releases.map((release) => [release.id, release]));
  const byId = new Map(knowledge.passages.map((passage) => [passage.id, passage]));
  const catalogue: Catalogue = { releases, byId, summaries: knowledge.releases.map(summarize) };
  return (raw, passageId, confidence) => {
    const { text, truncated } = readQuestion(raw);
    const notice = truncated ? wording.tooLong(text.length) : null;
    if (passageId === null) return { ...composeAnswer(catalogue, text, []), notice };
    const passage = byId.get(passageId);
    if (!passage) return null;
    return { ...composeAnswer(catalogue, text, [{ passage, confidence }], true), notice };
  };
}

function summarize(release: Release): ReleaseSummary {
  return { ...releaseRef(release), sources: release.sources, pressContact: release.pressContact };
}
