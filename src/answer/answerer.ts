import { loadKnowledge, type Knowledge } from '../knowledge/load.ts';
import type { Release } from '../knowledge/release.ts';
import { languageFor } from '../language/languages.ts';
import { createPipeline, type TextPipeline } from '../search/pipeline.ts';
import type { PassageExpansion } from '../search/index.ts';
import { createReleaseNames } from '../search/release-names.ts';
import { passageSearchBuilder, type PassageSearch, type ReadQuestion } from '../search/search.ts';
import { askContext } from './ask-context.ts';
import { chooseRelease, CLOSE_CONFIDENCE } from './choose-release.ts';
import { composeAnswer, composeRefusal, releaseRef, type Catalogue } from './compose.ts';
import { embargoOfAnswer, hasEmbargoRunning, hiddenReleaseIds } from './embargo.ts';
import { createIntentDetector, type IntentDetector } from './intent.ts';
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
  /**
   * The answer release `releaseId` alone gives, offered beside an answer from another release
   * (`Answer.otherRelease`); a refusal when no release of that id is loaded, or visible in
   * `context`. Never throws.
   */
  answerFrom(releaseId: string, question: string, context?: Partial<AskContext>): Answer;
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

export interface AnswererOptions {
  /** How close two releases' confidences must be for the newer to answer and the other to be offered (see `CLOSE_CONFIDENCE`). */
  closeConfidence: number;
}

const DEFAULT_OPTIONS: AnswererOptions = { closeConfidence: CLOSE_CONFIDENCE };

/** The engine over one set of releases: the search, the intents, the catalogue an answer cites. */
interface Engine extends VisibleKnowledge {
  respond(text: string, context: AskContext): Answer;
  respondFrom(releaseId: string, text: string): Answer;
}

/** What every engine over the same knowledge shares: the text pipeline and the intents. */
interface Shared {
  pipeline: TextPipeline;
  intents: IntentDetector;
  searchOver(passages: Knowledge['passages'], expansion: PassageExpansion | undefined): PassageSearch;
}

/**
 * Knowledge seen without some releases stays built for the next questions: in practice one
 * such view per embargo still running, built at the first question that needs it.
 */
const MAX_VIEWS = 8;

/** Builds the answerer over loaded knowledge, in the language of its releases. */
export function createAnswerer(knowledge: Knowledge, options: AnswererOptions = DEFAULT_OPTIONS): Answerer {
  return answererBuilder(knowledge, options)();
}

/**
 * Builds answerers over the same knowledge that differ only by the words the communications
 * team's questions add to their passages (`PassageExpansion`): the text pipeline, the glossary and
 * the intents are made once, each answerer has its own passage index.
 */
export function answererBuilder(knowledge: Knowledge, options: AnswererOptions = DEFAULT_OPTIONS): (expansion?: PassageExpansion) => Answerer {
  const pipeline = createPipeline(languageFor(knowledge.language));
  const intents = createIntentDetector(pipeline, knowledge.glossary.healthNames);
  const allPassages = passageSearchBuilder(knowledge.passages, knowledge.glossary, pipeline);
  const shared: Shared = {
    pipeline,
    intents,
    searchOver: (passages, expansion) => (passages === knowledge.passages ? allPassages : passageSearchBuilder(passages, knowledge.glossary, pipeline))(expansion),
  };
  const byId = releasesById(knowledge);
  return (expansion) => {
    const everything = createEngine(knowledge, options, shared, expansion);
    const views = new Map<string, Engine>();

    const engineFor = (context: AskContext): Engine => {
      const hidden = hiddenReleaseIds(knowledge.releases, context);
      if (hidden.length === 0) return everything;
      const key = hidden.join('\n');
      let engine = views.get(key);
      if (!engine) {
        engine = createEngine(withoutReleases(knowledge, hidden), options, shared, expansion);
        if (views.size >= MAX_VIEWS) views.delete(views.keys().next().value ?? '');
        views.set(key, engine);
      }
      return engine;
    };

    const finish = (answer: Answer, text: string, truncated: boolean, context: AskContext): Answer => ({
      ...answer,
      notice: truncated ? wording.tooLong(text.length) : null,
      embargo: embargoOfAnswer(answer, byId, context.now),
    });

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
        return finish(engineFor(context).respond(text, context), text, truncated, context);
      },
      answerFrom(releaseId, raw, partial) {
        const context = askContext(partial);
        const { text, truncated } = readQuestion(raw);
        return finish(engineFor(context).respondFrom(releaseId, text), text, truncated, context);
      },
    };
  };
}

function createEngine(knowledge: Knowledge, { closeConfidence }: AnswererOptions, { pipeline, intents, searchOver }: Shared, expansion: PassageExpansion | undefined): Engine {
  const search = searchOver(knowledge.passages, expansion);
  const names = createReleaseNames(knowledge.releases, pipeline, (token) => search.releasesWriting(token));
  const summaries = knowledge.releases.map(summarize);
  const examples = knowledge.releases.flatMap((release) => release.examples).slice(0, 6);
  const catalogue: Catalogue = { releases: releasesById(knowledge), byId: new Map(knowledge.passages.map((passage) => [passage.id, passage])), summaries };
  const dateOf = (releaseId: string): string => catalogue.releases.get(releaseId)?.event.date ?? '';

  /**
   * The releases that may answer: those the question names, else the channel's pinned release,
   * else all (undefined). A pin to a release no longer loaded, or not visible here, is ignored.
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

  return {
    releases: summaries,
    examples,
    respond(text, context) {
      if (!hasContent(text)) return composeRefusal(catalogue, text, 'empty', wording.empty(examples));
      const intent = intents.detect(text);
      if (intent === 'medical_advice') return composeRefusal(catalogue, text, 'medical_advice', wording.medicalAdvice(summaries, summaries[0]?.pressContact ?? null));
      if (intent === 'thanks') return composeRefusal(catalogue, text, 'small_talk', wording.thanks(examples.slice(0, 2)));
      if (intent === 'greeting') return composeRefusal(catalogue, text, 'small_talk', wording.smallTalk(summaries, examples.slice(0, 2)));
      return fromOneRelease(text, search.read(text), scopeOf(text, context));
    },
    respondFrom(releaseId, text) {
      const release = catalogue.releases.get(releaseId);
      if (!release || !hasContent(text)) return composeAnswer(catalogue, text, []);
      return composeAnswer(catalogue, text, search.read(text)(undefined, new Set([releaseId])), { refusingRelease: release });
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
    const answer = composeAnswer(catalogue, text, [{ passage, confidence }], { told: true });
    return { ...answer, notice, embargo: embargoOfAnswer(answer, releases, context.now) };
  };
}

function releasesById(knowledge: Knowledge): Map<string, Release> {
  return new Map(knowledge.releases.map((release) => [release.id, release]));
}

function summarize(release: Release): ReleaseSummary {
  return { ...releaseRef(release), sources: release.sources, pressContact: release.pressContact, embargo: release.embargo ?? null };
}
