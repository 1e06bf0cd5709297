import { loadKnowledge, type Knowledge } from '../knowledge/load.ts';
import type { Release } from '../knowledge/release.ts';
import { languageFor } from '../language/languages.ts';
import { createPipeline } from '../search/pipeline.ts';
import { createPassageSearch } from '../search/search.ts';
import { askContext } from './ask-context.ts';
import { composeAnswer, composeRefusal, releaseRef, type Catalogue } from './compose.ts';
import { embargoOfAnswer, hasEmbargoRunning, hiddenReleaseIds } from './embargo.ts';
import { createIntentDetector } from './intent.ts';
import { hasContent, readQuestion } from './question.ts';
import type { Answer, AskContext, ReleaseSummary } from './types.ts';
import { wording } from './wording.fr.ts';

/** What a question asked in a given context may see of the knowledge: its releases and example questions. */
export interface VisibleKnowledge {
  readonly releases: readonly ReleaseSummary[];
  readonly examples: readonly string[];
}

export interface Answerer {
  /**
   * Answers any string; never throws. `context` says who asks, where and when (`askContext`
   * gives the defaults): a release under embargo that the asker may not see is left out as if
   * it were not loaded, and an answer quoting one the asker may see carries its `embargo`.
   */
  answer(question: string, context?: Partial<AskContext>): Answer;
  /** Every loaded release, embargoed or not: what a question may see is `visibleTo`. */
  readonly releases: readonly ReleaseSummary[];
  /** The example questions of every loaded release; see `visibleTo`. */
  readonly examples: readonly string[];
  /** The releases and examples a question asked in `context` may see: for help and the App Home. */
  visibleTo(context?: Partial<AskContext>): VisibleKnowledge;
  /** Whether a release is still under embargo at `now`: only then does who asks, and where, change anything. */
  embargoRunning(now: Date): boolean;
}

/** Loads a knowledge folder and builds the answerer. Throws KnowledgeError on a bad file. */
export function loadAnswerer(knowledgeDir: string): Answerer {
  return createAnswerer(loadKnowledge(knowledgeDir));
}

/** The engine over one set of releases: the search, the intents, the catalogue an answer cites. */
interface Engine extends VisibleKnowledge {
  respond(text: string): Answer;
}

/**
 * Knowledge seen without some releases stays built for the next questions: in practice one
 * such view per embargo still running, built at the first question that needs it.
 */
const MAX_VIEWS = 8;

/** Builds the answerer over loaded knowledge, in the language of its releases. */
export function createAnswerer(knowledge: Knowledge): Answerer {
  const everything = createEngine(knowledge);
  const byId = releasesById(knowledge);
  const views = new Map<string, Engine>();

  function engineFor(context: AskContext): Engine {
    const hidden = hiddenReleaseIds(knowledge.releases, context);
    if (hidden.length === 0) return everything;
    const key = hidden.join('\n');
    let engine = views.get(key);
    if (!engine) {
      engine = createEngine(withoutReleases(knowledge, hidden));
      if (views.size >= MAX_VIEWS) views.delete(views.keys().next().value ?? '');
      views.set(key, engine);
    }
    return engine;
  }

  return {
    releases: everything.releases,
    examples: everything.examples,
    visibleTo(partial) {
      const { releases, examples } = engineFor(askContext(partial));
      return { releases, examples };
    },
    embargoRunning: (now) => hasEmbargoRunning(knowledge.releases, now),
    answer(raw, partial) {
      const context = askContext(partial);
      const { text, truncated } = readQuestion(raw);
      const answer = engineFor(context).respond(text);
      return { ...answer, notice: truncated ? wording.tooLong(text.length) : null, embargo: embargoOfAnswer(answer, byId, context.now) };
    },
  };
}

function createEngine(knowledge: Knowledge): Engine {
  const pipeline = createPipeline(languageFor(knowledge.language));
  const search = createPassageSearch(knowledge.passages, knowledge.glossary, pipeline);
  const intents = createIntentDetector(pipeline, knowledge.glossary.healthNames);
  const summaries = knowledge.releases.map(summarize);
  const examples = knowledge.releases.flatMap((release) => release.examples).slice(0, 6);
  const catalogue: Catalogue = { releases: releasesById(knowledge), byId: new Map(knowledge.passages.map((passage) => [passage.id, passage])), summaries };
  return {
    releases: summaries,
    examples,
    respond(text) {
      if (!hasContent(text)) return composeRefusal(catalogue, text, 'empty', wording.empty(examples));
      const intent = intents.detect(text);
      if (intent === 'medical_advice') return composeRefusal(catalogue, text, 'medical_advice', wording.medicalAdvice(summaries, summaries[0]?.pressContact ?? null));
      if (intent === 'thanks') return composeRefusal(catalogue, text, 'small_talk', wording.thanks(examples.slice(0, 2)));
      if (intent === 'greeting') return composeRefusal(catalogue, text, 'small_talk', wording.smallTalk(summaries, examples.slice(0, 2)));
      return composeAnswer(catalogue, text, search.search(text));
    },
  };
}

/** The knowledge as if the releases of `hidden` were not loaded: their passages, examples and contacts gone. */
function withoutReleases(knowledge: Knowledge, hidden: readonly string[]): Knowledge {
  const gone = new Set(hidden);
  return {
    ...knowledge,
    releases: knowledge.releases.filter((release) => !gone.has(release.id)),
    passages: knowledge.passages.filter((passage) => !gone.has(passage.releaseId)),
  };
}

/**
 * Answers as told rather than as searched: with the passage of id `passageId` (a reviewer's
 * choice), or with the release's refusal when `passageId` is null, at the given confidence.
 * Null when the knowledge has no passage of that id, or when its release is one the question
 * may not see (`context`, as for `Answerer.answer`): a caller must never fall back on another.
 */
export function createToldAnswerer(knowledge: Knowledge): (question: string, passageId: string | null, confidence: number, context?: Partial<AskContext>) => Answer | null {
  const releases = releasesById(knowledge);
  const byId = new Map(knowledge.passages.map((passage) => [passage.id, passage]));
  const summaries = knowledge.releases.map(summarize);
  return (raw, passageId, confidence, partial) => {
    const context = askContext(partial);
    const hidden = new Set(hiddenReleaseIds(knowledge.releases, context));
    const catalogue: Catalogue = { releases, byId, summaries: hidden.size === 0 ? summaries : summaries.filter((summary) => !hidden.has(summary.id)) };
    const { text, truncated } = readQuestion(raw);
    const notice = truncated ? wording.tooLong(text.length) : null;
    if (passageId === null) return { ...composeAnswer(catalogue, text, []), notice };
    const passage = byId.get(passageId);
    if (!passage || hidden.has(passage.releaseId)) return null;
    const answer = composeAnswer(catalogue, text, [{ passage, confidence }], true);
    return { ...answer, notice, embargo: embargoOfAnswer(answer, releases, context.now) };
  };
}

function releasesById(knowledge: Knowledge): Map<string, Release> {
  return new Map(knowledge.releases.map((release) => [release.id, release]));
}

function summarize(release: Release): ReleaseSummary {
  return { ...releaseRef(release), sources: release.sources, pressContact: release.pressContact };
}
