/** The engine benchmark's measurements: an engine's build, heap and latency over a question set, and plain fuse.js to compare with. */
import Fuse from 'fuse.js';
import type { Answer } from '../src/answer/types.ts';
import { judge, type EvalQuestion, type Verdict } from '../src/evaluation/question-set.ts';
import type { Knowledge } from '../src/knowledge/load.ts';
import type { Passage } from '../src/knowledge/passages.ts';
import { createRandom } from '../scripts/synthesize-knowledge.ts';

/** How long the repeated passes of one measurement may last. */
export interface PassBudget {
  budgetMs: number;
  minPasses: number;
  maxPasses: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Used heap after full collections, with turns of the event loop between them for weak references. */
export async function settledHeapMb(): Promise<number> {
  for (let i = 0; i < 3; i += 1) {
    gc?.();
    await settle();
  }
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** One engine under test: something that turns a question into an Answer the judge can read. */
export interface Engine {
  answer(question: string): Answer;
}

export interface Measurement {
  buildMs: number;
  heapMb: number;
  heapDeltaMb: number;
  p50: number;
  p95: number;
  p99: number;
  samples: number;
  passes: number;
  /** The first pass's verdicts, in question order; fewer than the questions when the pass was capped. */
  verdicts: Verdict[];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/**
 * Builds an engine, keeps it alive while its heap is read, then answers the dev questions: the
 * first pass gives the verdicts and warms the code up (it stops at `firstPassCapMs`); further
 * passes, while the time budget lasts, give the latency samples. When the first pass eats the
 * whole budget (plain fuse.js on large knowledge), its timings are the samples.
 */
export async function measure(build: () => Engine, questions: readonly EvalQuestion[], budget: PassBudget, firstPassCapMs = Number.POSITIVE_INFINITY): Promise<Measurement> {
  const heapBefore = await settledHeapMb();
  const started = performance.now();
  const engine = build();
  const buildMs = performance.now() - started;
  const heapAfter = await settledHeapMb();

  let samples: number[] = [];
  const verdicts: Verdict[] = [];
  const firstPassStarted = performance.now();
  for (const q of questions) {
    if (performance.now() - firstPassStarted > firstPassCapMs) break;
    const t0 = performance.now();
    const answer = engine.answer(q.question);
    samples.push(performance.now() - t0);
    verdicts.push(judge(q, answer));
  }
  let passes = 1;
  const repeatStarted = performance.now();
  const timeLeft = (): boolean => {
    const spent = performance.now() - repeatStarted;
    return spent < budget.budgetMs || (passes < budget.minPasses && spent < 4 * budget.budgetMs);
  };
  if (verdicts.length === questions.length && performance.now() - firstPassStarted < budget.budgetMs) {
    samples = [];
    passes = 0;
    while (passes < budget.maxPasses && (passes === 0 || timeLeft())) {
      for (const q of questions) {
        const t0 = performance.now();
        engine.answer(q.question);
        samples.push(performance.now() - t0);
      }
      passes += 1;
    }
  }
  samples.sort((a, b) => a - b);
  return {
    buildMs,
    heapMb: heapAfter,
    heapDeltaMb: heapAfter - heapBefore,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    samples: samples.length,
    passes,
    verdicts,
  };
}

/**
 * The same knowledge with a made-up word of letters added to each passage, so that no two
 * sentences are the same: as many new words as passages, as a large set of real releases brings.
 */
export function withDistinctSentences(knowledge: Knowledge): Knowledge {
  return { ...knowledge, passages: knowledge.passages.map((passage, i) => ({ ...passage, text: `${passage.text} ${madeUpWord(i)}` })) };
}

function madeUpWord(i: number): string {
  let word = 'q';
  for (let n = i + 1; n > 0; n = Math.floor(n / 26)) word += String.fromCharCode(97 + (n % 26));
  return word;
}

/** Accuracy over the verdicts whose question is in `ids`; `strict` also wants the passage from the real release. */
export function accuracy(verdicts: readonly Verdict[], ids: ReadonlySet<string>, realReleaseId: string, strict: boolean): number {
  const counted = verdicts.filter((v) => ids.has(v.question.id));
  const right = counted.filter((v) => v.ok && (!strict || v.question.abstain || v.answer.release?.id === realReleaseId)).length;
  return counted.length === 0 ? Number.NaN : (100 * right) / counted.length;
}

/** Plain fuse.js as a bot: default options over the passages' text, top-1 is the answer, never abstains. */
export function plainFuse(knowledge: Knowledge): Engine {
  const passages: Passage[] = knowledge.passages;
  const releases = new Map(knowledge.releases.map((r) => [r.id, r]));
  const fuse = new Fuse(passages, { keys: ['text'] });
  return {
    answer(question: string): Answer {
      const top = fuse.search(question, { limit: 1 })[0]?.item;
      const release = top ? releases.get(top.releaseId) : undefined;
      return {
        question,
        answered: top !== undefined,
        reason: top ? 'answer' : 'not_in_release',
        confidence: top ? 1 : 0,
        sentence: top?.text ?? null,
        passageId: top?.id ?? null,
        context: null,
        figures: top?.figures ?? [],
        release: release
          ? { id: release.id, title: release.title, date: release.event.date, dateLabel: release.event.label, publisher: release.publisher }
          : null,
        sources: [],
        alternatives: [],
        message: top ? null : 'Pas de réponse.',
        notice: null,
        pressContact: null,
        verified: null,
        embargo: null,
        otherRelease: null,
      };
    },
  };
}

/** The questions in a fixed mixed order, so that a capped first pass still sees every kind. */
export function mixed(questions: readonly EvalQuestion[]): EvalQuestion[] {
  const random = createRandom(4);
  const out = [...questions];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as EvalQuestion, out[i] as EvalQuestion];
  }
  return out;
}

