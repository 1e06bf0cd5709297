/**
 * The taught index's cost at scale: 10,000 taught questions made by perturbing the question
 * sets' lines (word order, typos, glossary synonyms, dropped words), each keeping its line's outcome.
 */
import type { Answerer } from '../src/answer/answerer.ts';
import type { Knowledge } from '../src/knowledge/load.ts';
import { createLearnedAnswerer } from '../src/learning/learned-answerer.ts';
import type { TaughtQuestion } from '../src/learning/taught-question.ts';
import { createRandom } from '../scripts/synthesize-knowledge.ts';
import { teach, type QuestionSet } from './learning-holdout.ts';

const TAUGHT = 10_000;
const BUILDS = 5;
const PASSES = 3;

export interface LookupCost {
  taught: number;
  /** Median of BUILDS builds of the learned answerer (reader, orphans, index). */
  buildMs: number;
  p50: number;
  p95: number;
  p99: number;
  engineP95: number;
  samples: number;
}

type Random = () => number;

const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** One small change to a question, of the kinds journalists make when they ask again. */
function perturb(question: string, random: Random, synonyms: ReadonlyMap<string, readonly string[]>): string {
  const words = question.split(/\s+/).filter(Boolean);
  const at = Math.floor(random() * words.length);
  const word = words[at] ?? '';
  switch (Math.floor(random() * 4)) {
    case 0: {
      // Word order: two neighbours swapped.
      const next = Math.min(at + 1, words.length - 1);
      [words[at], words[next]] = [words[next] ?? '', word];
      break;
    }
    case 1: {
      // A typo: a letter dropped, doubled or swapped with the next.
      if (word.length < 4) break;
      const i = 1 + Math.floor(random() * (word.length - 2));
      const kind = Math.floor(random() * 3);
      words[at] = kind === 0 ? word.slice(0, i) + word.slice(i + 1) : kind === 1 ? word.slice(0, i) + (word[i] ?? '') + word.slice(i) : word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
      break;
    }
    case 2: {
      const others = synonyms.get(fold(word));
      if (others && others.length > 0) words[at] = others[Math.floor(random() * others.length)] ?? word;
      break;
    }
    default:
      if (words.length > 2) words.splice(at, 1);
  }
  return words.join(' ');
}

/** Each one-word member of a glossary synonym group, folded, to the other members. */
function synonymTable(knowledge: Knowledge): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const group of knowledge.glossary.synonyms) {
    for (const term of group) if (!term.includes(' ')) table.set(fold(term), group.filter((other) => other !== term));
  }
  return table;
}

export function perturbedTaught(knowledge: Knowledge, engine: Answerer, sets: readonly QuestionSet[], count = TAUGHT, seed = 7): TaughtQuestion[] {
  const base = teach(sets.flatMap((set) => set.questions), knowledge, engine);
  const random = createRandom(seed);
  const synonyms = synonymTable(knowledge);
  const made: TaughtQuestion[] = [...base];
  while (made.length < count) {
    const source = base[Math.floor(random() * base.length)] as TaughtQuestion;
    let question = source.question;
    const changes = 1 + Math.floor(random() * 3);
    for (let i = 0; i < changes; i++) question = perturb(question, random, synonyms);
    made.push({ ...source, id: `p${made.length}`, question });
  }
  return made;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function timings(answerer: Pick<Answerer, 'answer'>, questions: readonly string[]): number[] {
  for (const question of questions) answerer.answer(question);
  const samples: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    for (const question of questions) {
      const start = process.hrtime.bigint();
      answerer.answer(question);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return samples.sort((a, b) => a - b);
}

export function measureLookupCost(knowledge: Knowledge, engine: Answerer, sets: readonly QuestionSet[]): LookupCost {
  const taught = perturbedTaught(knowledge, engine, sets);
  const builds: number[] = [];
  let learned = createLearnedAnswerer(engine, knowledge, taught);
  for (let i = 0; i < BUILDS; i++) {
    const start = process.hrtime.bigint();
    learned = createLearnedAnswerer(engine, knowledge, taught);
    builds.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const questions = sets.flatMap((set) => set.questions.map((question) => question.question));
  const samples = timings(learned, questions);
  const alone = timings(engine, questions);
  return {
    taught: taught.length,
    buildMs: builds.sort((a, b) => a - b)[Math.floor(BUILDS / 2)] ?? Number.NaN,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    engineP95: percentile(alone, 95),
    samples: samples.length,
  };
}

/** Issue 12's targets: p95 of the learned answer() with 10,000 taught questions, and the taught index's build. */
export const COST_TARGETS = { p95Ms: 1, buildMs: 200 };

/** The lookup cost as the benchmarks print it, with its targets. */
export function costLines(measured: LookupCost): string {
  const mark = (ok: boolean): string => (ok ? '✓' : '✗');
  return [
    `Lookup cost, real release, ${measured.taught} taught questions (the sets' questions perturbed: word order, typos, glossary synonyms, dropped words), ${measured.samples} answers:`,
    `- taught index build: ${measured.buildMs.toFixed(1)} ms ${mark(measured.buildMs <= COST_TARGETS.buildMs)} ≤ ${COST_TARGETS.buildMs} ms`,
    `- learned answer(): p50 ${measured.p50.toFixed(3)} ms, p95 ${measured.p95.toFixed(3)} ms ${mark(measured.p95 <= COST_TARGETS.p95Ms)} ≤ ${COST_TARGETS.p95Ms} ms, p99 ${measured.p99.toFixed(3)} ms (engine alone: p95 ${measured.engineP95.toFixed(3)} ms)`,
  ].join('\n');
}
