/**
 * `npm run bench:learning`: what teaching buys on questions nobody taught. Each question set of
 * `test/fixtures/` is left out in turn; a sample of N lines of the other sets (N = 0, 100, 300,
 * all; three seeds) is taught through the import of `npm run teach -- import`, and the set left
 * out is judged beside the engine alone. Then the lookup cost: the taught index's build and the
 * learned `answer()`'s p95 on the real release with 10,000 taught questions.
 *
 * Options: `--markdown FILE` writes the tables as a Markdown section, with the command and the
 * date; `--sizes 0,100,300,all`; `--seeds 1,2,3`; `--close 0.8 --near 0.6` (the learned
 * answerer's bars); `--no-cost` skips the lookup cost.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeMarkdownSection } from './markdown-section.ts';
import { parseArgs } from 'node:util';
import { createAnswerer } from '../src/answer/answerer.ts';
import { loadQuestionSet } from '../src/evaluation/question-set.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { costLines, measureLookupCost } from './learning-cost.ts';
import { leaveOneSetOut, rememberAnswers, setName, type HoldoutRow, type QuestionSet, type Score } from './learning-holdout.ts';

const FIXTURES = 'test/fixtures';
const TARGETS = { answerableShare: 0.95 };

const { values: flags } = parseArgs({
  options: {
    markdown: { type: 'string' },
    sizes: { type: 'string', default: '0,100,300,all' },
    seeds: { type: 'string', default: '1,2,3' },
    close: { type: 'string' },
    near: { type: 'string' },
    'no-cost': { type: 'boolean', default: false },
  },
});

const knowledge = loadKnowledge('knowledge');
const engine = createAnswerer(knowledge);
const sets: QuestionSet[] = readdirSync(FIXTURES)
  .filter((file) => /^questions\..+\.jsonl$/.test(file))
  .sort()
  .map((file) => ({ name: setName(file), questions: loadQuestionSet(join(FIXTURES, file)) }));
const sizes = flags.sizes.split(',').map((size) => (size === 'all' ? 'all' : Number(size)));
const seeds = flags.seeds.split(',').map(Number);
const options = {
  ...(flags.close === undefined ? {} : { close: Number(flags.close) }),
  ...(flags.near === undefined ? {} : { near: Number(flags.near) }),
};

const started = Date.now();
const rows = leaveOneSetOut(sets, knowledge, rememberAnswers(engine), { sizes, seeds, options });
const holdoutSeconds = (Date.now() - started) / 1000;
const cost = flags['no-cost'] ? null : measureLookupCost(knowledge, engine, sets);

const report = [holdoutTable(rows), targetLines(rows), cost ? costLines(cost) : ''].filter(Boolean).join('\n\n');
process.stdout.write(`${report}\n\n(leave-one-set-out: ${holdoutSeconds.toFixed(1)} s)\n`);
if (flags.markdown) {
  const command = `npm run bench:learning -- ${process.argv.slice(2).join(' ')}`.trim();
  writeMarkdownSection(flags.markdown, 'bench:learning', command, `## Learning from reviewed questions (leave one set out)\n\n${report}`);
}

function share(right: number, total: number): string {
  return total === 0 ? '–' : `${right % 1 === 0 ? right : right.toFixed(1)}/${total} = ${((100 * right) / total).toFixed(1)} %`;
}

function cells(score: Score): string[] {
  return [share(score.answerableRight, score.answerable), share(score.refusedRight, score.refusable), score.wrong % 1 === 0 ? String(score.wrong) : score.wrong.toFixed(1)];
}

function holdoutTable(list: readonly HoldoutRow[]): string {
  const header = '| set left out | N taught (offered) | answerable: right | not answerable: refused | wrong answers | engine alone: right | engine alone: refused | engine alone: wrong |';
  const lines = list.map((row) => `| ${row.set} | ${row.taught.toFixed(0)} (${row.offered}) | ${cells(row.score).join(' | ')} | ${cells(row.engine).join(' | ')} |`);
  return [header, `|${' --- |'.repeat(8)}`, ...lines].join('\n');
}

function targetLines(list: readonly HoldoutRow[]): string {
  const atZero = list.filter((row) => row.offered === 0);
  const atAll = list.filter((row) => row.offered === 'all');
  const same = atZero.every((row) => cells(row.score).join() === cells(row.engine).join());
  const below = atAll.filter((row) => row.score.answerableRight / row.score.answerable < TARGETS.answerableShare).map((row) => row.set);
  const worse = atAll.filter((row) => row.score.wrong > row.engine.wrong).map((row) => row.set);
  const mark = (ok: boolean): string => (ok ? '✓' : '✗');
  return [
    atZero.length > 0 ? `- ${mark(same)} N = 0: every set exactly as the engine alone` : '',
    atAll.length > 0 ? `- ${mark(below.length === 0)} all other sets taught: ≥ 95 % of answerable questions right on every set${below.length ? ` (not on: ${below.join(', ')})` : ''}` : '',
    atAll.length > 0 ? `- ${mark(worse.length === 0)} all other sets taught: no set with more wrong answers than the engine alone${worse.length ? ` (more on: ${worse.join(', ')})` : ''}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

