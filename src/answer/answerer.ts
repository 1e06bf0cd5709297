import { loadKnowledge, type Knowledge } from '../knowledge/load.ts';
import type { Release } from '../knowledge/release.ts';
import { languageFor } from '../language/languages.ts';
import { createPipeline } from '../search/pipeline.ts';
import { createReleaseNames } from '../search/release-names.ts';
import { createPassageSearch, type ReadQuestion } from '../search/search.ts';
import { askContext } from './ask-context.ts';
import { chooseRelease, CLOSE_CONFIDENCE } from './choose-release.ts';
import { composeAnswer, composeRefusal, releaseRef, type Catalogue } from './compose.ts';
import { createIntentDetector } from './intent.ts';
import { hasContent, readQuestion } from './question.ts';
import type { Answer, AskContext, ReleaseSummary } from './types.ts';
import { wording } from './wording.fr.ts';

export interface Answerer {
  /** Answers any string; never throws. Missing context fields take the defaults of `askContext`. */
  answer(question: string, context?: Partial<AskContext>): Answer;
  /**
   * The answer release `releaseId` alone gives, offered beside an answer from another release
   * (`Answer.otherRelease`); a refusal when no loaded release has that id. Never throws.
   */
  answerFrom(releaseId: string, question: string, context?: Partial<AskContext>): Answer;
  readonly releases: readonly ReleaseSummary[];
  readonly examples: readonly string[];
}

/** Loads a knowledge folder and builds the answerer. Throws KnowledgeError on a bad file. */
export function loadAnswerer(knowledgeDir: string): Answerer {
  return createAnswerer(loadKnowledge(knowledgeDir));
}

export interface AnswererOptions {
  /** How close two releases' confidences must be for the newer to answer and the other to be offered (see `CLOSE_CONFIDENCE`). */
  closeConfidence: number;
}

/** Builds the answerer over loaded knowledge, in the language of its releases. */
export function createAnswerer(knowledge: Knowledge, { closeConfidence }: AnswererOptions = { closeConfidence: CLOSE_CONFIDENCE }): Answerer {
  const pipeline = createPipeline(languageFor(knowledge.language));
  const search = createPassageSearch(knowledge.passages, knowledge.glossary, pipeline);
  const intents = createIntentDetector(pipeline, knowledge.glossary.healthNames);
  const names = createReleaseNames(knowledge.releases, pipeline, (token) => search.releasesWriting(token));
  const summaries = knowledge.releases.map(summarize);
  const examples = knowledge.releases.flatMap((release) => release.examples).slice(0, 6);
  const catalogue: Catalogue = {
    releases: new Map<string, Release>(knowledge.releases.map((release) => [release.id, release])),
    byId: new Map(knowledge.passages.map((passage) => [passage.id, passage])),
    summaries,
  };
  const dateOf = (releaseId: string): string => catalogue.releases.get(releaseId)?.event.date ?? '';

  /**
   * The releases that may answer: those the question names, else the channel's pinned release,
   * else all (undefined). A pin to a release no longer loaded is ignored.
   */
  function scopeOf(text: string, context: AskContext): ReadonlySet<string> | undefined {
    const named = names.namedBy(text);
    if (named.size > 0) return named;
    const pinned = context.pinnedReleaseId;
    return pinned !== null && catalogue.releases.has(pinned) ? new Set([pinned]) : undefined;
  }

  /** The answer of one release, never mixed with another's sentences. */
  function fromOneRelease(text: string, read: ReadQuestion, scope: ReadonlySet<string> | undefined): Answer {
    if (catalogue.releases.size <= 1) return composeAnswer(catalogue, text, read());
    const hits = read(undefined, scope);
    const only = scope?.size === 1 ? catalogue.releases.get([...scope][0] ?? '') : undefined;
    const choice = chooseRelease(hits, dateOf, closeConfidence);
    if (!choice) return composeAnswer(catalogue, text, [], only ? { refusingRelease: only } : {});
    if (!choice.answers) return composeAnswer(catalogue, text, hits);
    const own = hits.every((hit) => hit.passage.releaseId === choice.releaseId) ? hits : read(undefined, new Set([choice.releaseId]));
    const other = choice.otherId === null ? undefined : catalogue.releases.get(choice.otherId);
    return composeAnswer(catalogue, text, own, { otherRelease: other ? releaseRef(other) : null });
  }

  function respond(text: string, context: AskContext): Answer {
    if (!hasContent(text)) return composeRefusal(catalogue, text, 'empty', wording.empty(examples));
    const intent = intents.detect(text);
    if (intent === 'medical_advice') return composeRefusal(catalogue, text, 'medical_advice', wording.medicalAdvice(summaries, summaries[0]?.pressContact ?? null));
    if (intent === 'thanks') return composeRefusal(catalogue, text, 'small_talk', wording.thanks(examples.slice(0, 2)));
    if (intent === 'greeting') return composeRefusal(catalogue, text, 'small_talk', wording.smallTalk(summaries, examples.slice(0, 2)));
    return fromOneRelease(text, search.read(text), scopeOf(text, context));
  }

  return {
    releases: summaries,
    examples,
    answer(raw, context) {
      const { text, truncated } = readQuestion(raw);
      return { ...respond(text, askContext(context)), notice: truncated ? wording.tooLong(text.length) : null };
    },
    answerFrom(releaseId, raw) {
      const { text, truncated } = readQuestion(raw);
      const release = catalogue.releases.get(releaseId);
      const notice = truncated ? wording.tooLong(text.length) : null;
      if (!release || !hasContent(text)) return { ...composeAnswer(catalogue, text, []), notice };
      const scope = new Set([releaseId]);
      return { ...composeAnswer(catalogue, text, search.read(text)(undefined, scope), { refusingRelease: release }), notice };
    },
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
    return { ...composeAnswer(catalogue, text, [{ passage, confidence }], { told: true }), notice };
  };
}

function summarize(release: Release): ReleaseSummary {
  return { ...releaseRef(release), sources: release.sources, pressContact: release.pressContact, embargo: release.embargo ?? null };
}
