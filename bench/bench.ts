/**
 * `npm run bench`: the answer engine against plain fuse.js, side by side in one run, for the real
 * release and for synthetic knowledge of 20, 100 and 500 releases (the real one included).
 * Prints build time, heap, answer latency percentiles and dev-set accuracy, with the targets of
 * issue 4 and the ratio ours/plain fuse. Run with `--expose-gc` (the npm script does) for heap
 * figures that mean something.
 *
 * Options: `--sizes 20,100,500`; `--budget-ms 5000` (time spent repeating the dev questions, per
 * engine and size, after the first pass); `--first-pass-cap-ms 40000` (plain fuse.js needs seconds
 * per question at 500 releases: its first pass stops at this cap and its accuracy is then over
 * the questions it reached, compared with ours over the same questions).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import Fuse from 'fuse.js';
import { createAnswerer, loadAnswerer } from '../src/answer/answerer.ts';
import type { Answer } from '../src/answer/types.ts';
import { judge, loadQuestionSet, type EvalQuestion, type Verdict } from '../src/evaluation/question-set.ts';
import { loadKnowledge, type Knowledge } from '../src/knowledge/load.ts';
import { splitIntoPassages, type Passage } from '../src/knowledge/passages.ts';
import { createRandom, synthesizeKnowledge } from '../scripts/synthesize-knowledge.ts';
import { costLines, measureLookupCost } from './learning-cost.ts';
import { setName } from './learning-holdout.ts';
import { recordConsole, writeMarkdownSection } from './markdown-section.ts';

const REAL_DIR = 'knowledge';
const QUESTION_FILES = ['test/fixtures/questions.dev.jsonl', '../shared/eval/questions.dev.jsonl'];
const TARGETS = { p95RealMs: 1, p95At500Ms: 10, buildAt500Ms: 1000, startupMs: 1000 };

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '20,100,500' },
    'budget-ms': { type: 'string', default: '5000' },
    'first-pass-cap-ms': { type: 'string', default: '40000' },
    'max-passes': { type: 'string', default: '200' },
    /** Passes to reach even past the budget (up to 4× the budget), for percentiles worth reading. */
    'min-passes': { type: 'string', default: '10' },
    /** Writes the whole output, with the command and the date, as a section of this Markdown file. */
    markdown: { type: 'string' },
  },
});
const printed = flags.markdown ? recordConsole() : null;
const SIZES = flags.sizes
  .split(',')
  .filter(Boolean)
  .map((s) => Number(s));
const BUDGET_MS = Number(flags['budget-ms']);
const FIRST_PASS_CAP_MS = Number(flags['first-pass-cap-ms']);
const MAX_PASSES = Number(flags['max-passes']);
const MIN_PASSES = Number(flags['min-passes']);

const gc = (globalThis as { gc?: () => void }).gc;
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Used heap after full collections, with turns of the event loop between them for weak references. */
async function settledHeapMb(): Promise<number> {
  for (let i = 0; i < 3; i += 1) {
    gc?.();
    await settle();
  }
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** One engine under test: something that turns a question into an Answer the judge can read. */
interface Engine {
  answer(question: string): Answer;
}

interface Measurement {
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

function percentile(sorted: readonly number[], p: number): number {
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
async function measure(build: () => Engine, questions: readonly EvalQuestion[], firstPassCapMs = Number.POSITIVE_INFINITY): Promise<Measurement> {
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
    return spent < BUDGET_MS || (passes < MIN_PASSES && spent < 4 * BUDGET_MS);
  };
  if (verdicts.length === questions.length && performance.now() - firstPassStarted < BUDGET_MS) {
    samples = [];
    passes = 0;
    while (passes < MAX_PASSES && (passes === 0 || timeLeft())) {
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
function withDistinctSentences(knowledge: Knowledge): Knowledge {
  return { ...knowledge, passages: knowledge.passages.map((passage, i) => ({ ...passage, text: `${passage.text} ${madeUpWord(i)}` })) };
}

function madeUpWord(i: number): string {
  let word = 'q';
  for (let n = i + 1; n > 0; n = Math.floor(n / 26)) word += String.fromCharCode(97 + (n % 26));
  return word;
}

/** Accuracy over the verdicts whose question is in `ids`; `strict` also wants the passage from the real release. */
function accuracy(verdicts: readonly Verdict[], ids: ReadonlySet<string>, realReleaseId: string, strict: boolean): number {
  const counted = verdicts.filter((v) => ids.has(v.question.id));
  const right = counted.filter((v) => v.ok && (!strict || v.question.abstain || v.answer.release?.id === realReleaseId)).length;
  return counted.length === 0 ? Number.NaN : (100 * right) / counted.length;
}

/** Plain fuse.js as a bot: default options over the passages' text, top-1 is the answer, never abstains. */
function plainFuse(knowledge: Knowledge): Engine {
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
        otherRelease: null,
      };
    },
  };
}

const ms = (n: number): string => (Number.isFinite(n) ? (n < 10 ? n.toFixed(3) : n < 100 ? n.toFixed(1) : n.toFixed(0)) : '–');
const pct = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(1)} %` : '–');
const ratio = (ours: number, theirs: number): string => (theirs > 0 && ours > 0 ? `${(ours / theirs).toFixed(ours / theirs < 0.1 ? 3 : 2)}×` : '–');
const check = (value: number, target: number): string => `${value <= target ? '✓' : '✗'} ≤ ${target} ms`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, c) => (c < 2 || c === row.length - 1 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ').trimEnd()).join('\n');
}

interface Startup {
  /** Node and tsx up, before the first import of ours. */
  bootMs: number;
  importMs: number;
  loadMs: number;
  firstAnswerMs: number;
  /** From process start to the first answer given. */
  readyMs: number;
  /** From spawn to exit, as the parent saw it. */
  wallMs: number;
}

async function startupInFreshProcess(dir: string): Promise<Startup> {
  const started = performance.now();
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/startup-probe.ts', dir], { timeout: 60_000 });
  return { ...(JSON.parse(stdout) as Omit<Startup, 'wallMs'>), wallMs: performance.now() - started };
}

interface Loading {
  knowledge: Knowledge;
  /** Files read, front matter and glossary parsed and checked. */
  loadMs: number;
  /** Every release split into passages: sentences, figures, ids. */
  splitMs: number;
}

/** Loads a knowledge folder, timing the reading apart from the splitting (which `loadKnowledge` does last). */
async function measureLoading(dir: string): Promise<Loading> {
  await settledHeapMb();
  const started = performance.now();
  const knowledge = loadKnowledge(dir);
  const loadAndSplitMs = performance.now() - started;
  await settledHeapMb();
  const splitStarted = performance.now();
  knowledge.releases.flatMap((release) => splitIntoPassages(release));
  const splitMs = performance.now() - splitStarted;
  return { knowledge, loadMs: Math.max(0, loadAndSplitMs - splitMs), splitMs };
}

/** The questions in a fixed mixed order, so that a capped first pass still sees every kind. */
function mixed(questions: readonly EvalQuestion[]): EvalQuestion[] {
  const random = createRandom(4);
  const out = [...questions];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as EvalQuestion, out[i] as EvalQuestion];
  }
  return out;
}

async function main(): Promise<void> {
  const benchStarted = performance.now();
  // First thing, so the engine's code is cold as at start-up.
  const coldStarted = performance.now();
  loadAnswerer(REAL_DIR).answer('Combien de patients ?');
  const coldLoadMs = performance.now() - coldStarted;

  const questionFile = QUESTION_FILES.find((file) => existsSync(file));
  if (!questionFile) throw new Error(`No dev question set (looked for ${QUESTION_FILES.join(', ')})`);
  const questions = mixed(loadQuestionSet(questionFile));
  const allIds = new Set(questions.map((q) => q.id));
  const realId = loadKnowledge(REAL_DIR).releases[0]?.id ?? '';

  console.log(`Benchmark: answer engine (ours) vs plain fuse.js 7.5 (default options, keys ['text'], top-1 is the answer, no abstention)`);
  console.log(
    `node ${process.version}, ${availableParallelism()} CPU(s) ${cpus()[0]?.model ?? ''}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, ${new Date().toISOString()}, gc ${gc ? 'exposed' : 'NOT exposed (heap figures include garbage; run with --expose-gc)'}`,
  );
  console.log(
    `Questions: ${questionFile} (${questions.length}); after a first (warm-up) pass, repeated for ${BUDGET_MS} ms per engine and size (at least ${MIN_PASSES} passes if that takes under ${(4 * BUDGET_MS) / 1000} s, at most ${MAX_PASSES}); plain fuse's first pass capped at ${FIRST_PASS_CAP_MS} ms\n`,
  );

  console.log('Start-up to ready, real release');
  console.log(`  loadAnswerer in this process, cold code: ${ms(coldLoadMs)} ms  ${check(coldLoadMs, TARGETS.startupMs)}`);
  // The first fresh process may fill tsx's transform cache; the second is a usual start.
  for (const run of ['1st', '2nd']) {
    const f = await startupInFreshProcess(REAL_DIR);
    console.log(
      `  fresh process, ${run} run: ready ${ms(f.readyMs)} ms after process start = node+tsx boot ${ms(f.bootMs)} + imports ${ms(f.importMs)} + loadAnswerer ${ms(f.loadMs)} + 1st answer ${ms(f.firstAnswerMs)} (${ms(f.wallMs)} ms spawn to exit)  ${check(f.readyMs, TARGETS.startupMs)}`,
    );
  }
  console.log('');

  const workDir = mkdtempSync(join(tmpdir(), 'bench-knowledge-'));
  const loadingRows: string[][] = [['knowledge', 'releases', 'passages', 'read+parse ms', 'split ms', 'total ms']];
  const rows: string[][] = [
    ['knowledge', 'engine', 'passages', 'build ms', 'heap MB', 'Δheap MB', 'p50 ms', 'p95 ms', 'p99 ms', 'samples (passes)', 'accuracy', 'strict acc.', 'questions', 'targets'],
  ];
  try {
    const sets: { label: string; dir: string; releases: number }[] = [{ label: 'real release', dir: REAL_DIR, releases: 1 }];
    for (const size of SIZES) {
      const dir = join(workDir, String(size));
      synthesizeKnowledge({ count: size - 1, outDir: dir, includeReal: true, seed: size });
      sets.push({ label: `${size} releases`, dir, releases: size });
    }
    for (const set of sets) {
      const loading = await measureLoading(set.dir);
      loadingRows.push([set.label, String(set.releases), String(loading.knowledge.passages.length), ms(loading.loadMs), ms(loading.splitMs), ms(loading.loadMs + loading.splitMs)]);
      const { knowledge } = loading;
      const passageCount = knowledge.passages.length;
      const ours = await measure(() => createAnswerer(knowledge), questions);
      const fuse = await measure(() => plainFuse(knowledge), questions, FIRST_PASS_CAP_MS);
      const fuseIds = new Set(fuse.verdicts.map((v) => v.question.id));
      const p95Target = set.releases === 1 ? TARGETS.p95RealMs : set.releases >= 500 ? TARGETS.p95At500Ms : undefined;
      const targets = [
        p95Target !== undefined ? `p95 ${check(ours.p95, p95Target)}` : '',
        set.releases >= 500 ? `build ${check(ours.buildMs, TARGETS.buildAt500Ms)}` : '',
        // Counted with the splitting too, for whoever reads "index build" as "from the release text".
        set.releases >= 500 ? `split+build ${ms(loading.splitMs + ours.buildMs)} ms ${check(loading.splitMs + ours.buildMs, TARGETS.buildAt500Ms)}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      const row = (engine: string, m: Measurement, ids: ReadonlySet<string>, target: string) => [
        set.label,
        engine,
        String(passageCount),
        ms(m.buildMs),
        m.heapMb.toFixed(1),
        m.heapDeltaMb.toFixed(1),
        ms(m.p50),
        ms(m.p95),
        ms(m.p99),
        `${m.samples} (${m.passes})`,
        pct(accuracy(m.verdicts, ids, realId, false)),
        pct(accuracy(m.verdicts, ids, realId, true)),
        `${[...ids].filter((id) => m.verdicts.some((v) => v.question.id === id)).length}/${questions.length}`,
        target,
      ];
      rows.push(row('ours', ours, allIds, targets));
      if (fuseIds.size < allIds.size) {
        // Same engine, same timings: only the accuracy over plain fuse's questions is new.
        rows.push(row('ours on fuse’s questions', ours, fuseIds, '').map((cell, c) => (c >= 2 && c <= 9 ? '' : cell)));
      }
      rows.push(row('plain fuse', fuse, fuseIds, ''));
      const diff = (strict: boolean) => `${(accuracy(ours.verdicts, fuseIds, realId, strict) - accuracy(fuse.verdicts, fuseIds, realId, strict)).toFixed(1)} pts`;
      rows.push([
        set.label,
        'ratio ours/fuse',
        '',
        ratio(ours.buildMs, fuse.buildMs),
        ratio(ours.heapMb, fuse.heapMb),
        ratio(ours.heapDeltaMb, fuse.heapDeltaMb),
        ratio(ours.p50, fuse.p50),
        ratio(ours.p95, fuse.p95),
        ratio(ours.p99, fuse.p99),
        '',
        diff(false),
        diff(true),
        '',
        '',
      ]);
      if (set.releases >= 500) {
        // The synthetic releases repeat the real one's sentences that carry no figure and no name,
        // and the index analyses a repeated sentence once: this row shows the build without that help.
        const distinctKnowledge = withDistinctSentences(knowledge);
        const distinct = await measure(() => createAnswerer(distinctKnowledge), questions);
        const label = `${set.label}, every sentence distinct`;
        rows.push(row('ours', distinct, allIds, `build ${check(distinct.buildMs, TARGETS.buildAt500Ms)} (stress, beyond the generator)`).map((cell, c) => (c === 0 ? label : cell)));
      }
      console.log(`measured ${set.label} (${passageCount} passages) at ${ms((performance.now() - benchStarted) / 1000)} s`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  console.log('\nLoading the knowledge (the same for both engines): files read and parsed, then every release split into passages (sentences, figures, ids)');
  console.log(`${table(loadingRows)}\n`);
  console.log(`${table(rows)}\n`);
  console.log('build: passages in memory → ready to answer (our index; plain fuse.js its own). heap: used heap after the build (after GC); Δ: what the build retains.');
  console.log('latency: one answer() call, after a warm-up pass. accuracy: the dev-set judge (an expected substring in the top sentence; abstain lines want no answer);');
  console.log('  strict: the passage must also come from the real release (the synthetic releases are near-copies with other names and figures).');
  console.log('  When plain fuse could not answer every question within the cap, both engines are compared on the questions it reached.');
  console.log('every sentence distinct: the 500 releases with a made-up word added to each passage, so that the index cannot share the analysis of repeated sentences.');
  console.log(`Targets (issue 4): p95 ≤ ${TARGETS.p95RealMs} ms real release, ≤ ${TARGETS.p95At500Ms} ms at 500 releases; build ≤ ${TARGETS.buildAt500Ms} ms at 500; start-up ≤ ${TARGETS.startupMs} ms.`);
  const fixtures = readdirSync('test/fixtures').filter((file) => /^questions\..+\.jsonl$/.test(file)).sort();
  const knowledge = loadKnowledge(REAL_DIR);
  const sets = fixtures.map((file) => ({ name: setName(file), questions: loadQuestionSet(join('test/fixtures', file)) }));
  console.log(`\n${costLines(measureLookupCost(knowledge, createAnswerer(knowledge), sets))}`);
  console.log(`Total ${ms((performance.now() - benchStarted) / 1000)} s`);
  if (flags.markdown && printed) {
    const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
    writeMarkdownSection(flags.markdown, 'bench:engine', command, `## Engine\n\n\`\`\`\n${printed()}\n\`\`\``);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
