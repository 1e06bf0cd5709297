/**
 * Leave one question set out: teach a sample of the other sets' lines through the import of
 * `npm run teach -- import`, and judge the learned answerer on the set left out.
 */
import { basename } from 'node:path';
import type { Answerer } from '../src/answer/answerer.ts';
import type { Answer } from '../src/answer/types.ts';
import { judge, type EvalQuestion } from '../src/evaluation/question-set.ts';
import type { Knowledge } from '../src/knowledge/load.ts';
import { createLearnedAnswerer, type LearnedAnswererOptions } from '../src/learning/learned-answerer.ts';
import { planImport } from '../src/learning/teach-batch.ts';
import type { TaughtQuestion } from '../src/learning/taught-question.ts';
import { createRandom } from '../scripts/synthesize-knowledge.ts';

export interface QuestionSet {
  name: string;
  questions: EvalQuestion[];
}

export interface Score {
  answerableRight: number;
  answerable: number;
  refusedRight: number;
  refusable: number;
  /** A passage given that is not the expected one, or given where none was expected. */
  wrong: number;
}

export interface HoldoutRow {
  set: string;
  /** Lines taught (the sample's size; 'all' when every other line was offered). */
  offered: number | 'all';
  /** Lines the import taught, averaged over the seeds. */
  taught: number;
  /** Mean over the seeds. */
  score: Score;
  engine: Score;
}

export function setName(file: string): string {
  return basename(file).replace(/^questions\./, '').replace(/\.jsonl$/, '');
}

/** The engine's answers remembered per question: it is deterministic, and every configuration asks it again. */
export function rememberAnswers(engine: Answerer): Answerer {
  const memo = new Map<string, Answer>();
  return {
    releases: engine.releases,
    examples: engine.examples,
    visibleTo: (context) => engine.visibleTo(context),
    embargoRunning: (now) => engine.embargoRunning(now),
    answerFrom: (releaseId, question) => engine.answerFrom(releaseId, question),
    answer(question) {
      let answer = memo.get(question);
      if (!answer) {
        answer = engine.answer(question);
        memo.set(question, answer);
      }
      return answer;
    },
  };
}

export function score(questions: readonly EvalQuestion[], answerer: Pick<Answerer, 'answer'>): Score {
  const result: Score = { answerableRight: 0, answerable: 0, refusedRight: 0, refusable: 0, wrong: 0 };
  for (const question of questions) {
    const verdict = judge(question, answerer.answer(question.question));
    if (question.abstain) {
      result.refusable += 1;
      if (verdict.ok) result.refusedRight += 1;
    } else {
      result.answerable += 1;
      if (verdict.ok) result.answerableRight += 1;
    }
    if (!verdict.ok && verdict.answer.answered) result.wrong += 1;
  }
  return result;
}

/** Teaches `lines` as `teach import` would, into an empty store. */
export function teach(lines: readonly EvalQuestion[], knowledge: Knowledge, engine: Answerer): TaughtQuestion[] {
  let next = 0;
  const numbered = lines.map((value, i) => ({ line: i + 1, value }));
  return planImport(numbered, knowledge, engine, [], { taughtBy: 'bench', now: new Date(0), newId: () => `t${(next += 1)}` }).taught;
}

function sample<T>(items: readonly T[], size: number, seed: number): T[] {
  const random = createRandom(seed);
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as T, shuffled[i] as T];
  }
  return shuffled.slice(0, size);
}

function mean(scores: readonly Score[]): Score {
  const sum = (key: keyof Score): number => scores.reduce((total, s) => total + s[key], 0) / scores.length;
  return { answerableRight: sum('answerableRight'), answerable: sum('answerable'), refusedRight: sum('refusedRight'), refusable: sum('refusable'), wrong: sum('wrong') };
}

export interface HoldoutPlan {
  sizes: readonly (number | 'all')[];
  seeds: readonly number[];
  options?: Partial<LearnedAnswererOptions>;
}

/** Every set left out in turn, each sample size, each seed (one run for 0 and 'all', which do not depend on it). */
export function leaveOneSetOut(sets: readonly QuestionSet[], knowledge: Knowledge, engine: Answerer, plan: HoldoutPlan): HoldoutRow[] {
  const rows: HoldoutRow[] = [];
  for (const heldOut of sets) {
    const pool = sets.filter((set) => set !== heldOut).flatMap((set) => set.questions);
    const alone = score(heldOut.questions, engine);
    for (const size of plan.sizes) {
      const seeds = size === 0 || size === 'all' || size >= pool.length ? [0] : plan.seeds;
      const runs = seeds.map((seed) => {
        const taught = teach(size === 'all' ? pool : sample(pool, size, seed), knowledge, engine);
        const learned = createLearnedAnswerer(engine, knowledge, taught, plan.options);
        return { taught: taught.length, score: score(heldOut.questions, learned) };
      });
      rows.push({
        set: heldOut.name,
        offered: size,
        taught: runs.reduce((total, run) => total + run.taught, 0) / runs.length,
        score: mean(runs.map((run) => run.score)),
        engine: alone,
      });
    }
  }
  return rows;
}
