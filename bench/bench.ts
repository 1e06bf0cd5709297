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
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnswerer, loadAnswerer } from '../src/answer/answerer.ts';
import { loadQuestionSet } from '../src/evaluation/question-set.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { synthesizeKnowledge } from '../scripts/synthesize-knowledge.ts';
import { accuracy, measure, mixed, plainFuse, withDistinctSentences, type Measurement } from './engine-measure.ts';
import { measureLoading, startupInFreshProcess } from './engine-startup.ts';
import { check, ms, pct, ratio, table } from './format.ts';
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
const PASSES = { budgetMs: BUDGET_MS, minPasses: MIN_PASSES, maxPasses: MAX_PASSES };


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
      const ours = await measure(() => createAnswerer(knowledge), questions, PASSES);
      const fuse = await measure(() => plainFuse(knowledge), questions, PASSES, FIRST_PASS_CAP_MS);
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
        const distinct = await measure(() => createAnswerer(distinctKnowledge), questions, PASSES);
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
