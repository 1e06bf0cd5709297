/**
 * `npm run bench:accuracy`: every question set of `test/fixtures/` through the engine, as
 * `npm run eval` judges them, in one table: answerable questions given the right sentence,
 * unanswerable ones refused, and wrong answers given (a sentence that is not the right one, or any
 * sentence where none should be). `--markdown docs/accuracy.md` writes the table there.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAnswerer } from '../src/answer/answerer.ts';
import { judge, loadQuestionSet, type Verdict } from '../src/evaluation/question-set.ts';
import { markdownTable, writeMarkdownSection } from './markdown-section.ts';

const FIXTURES = 'test/fixtures';

const { values: flags } = parseArgs({ options: { markdown: { type: 'string' }, knowledge: { type: 'string', default: 'knowledge' } } });
const answerer = loadAnswerer(flags.knowledge);

function share(right: number, total: number): string {
  return total === 0 ? '–' : `${right}/${total} = ${((100 * right) / total).toFixed(1)} %`;
}

function score(verdicts: readonly Verdict[]): (string | number)[] {
  const answerable = verdicts.filter((v) => !v.question.abstain);
  const refusable = verdicts.filter((v) => v.question.abstain);
  const wrong = verdicts.filter((v) => !v.ok && v.answer.answered).length;
  return [verdicts.length, share(answerable.filter((v) => v.ok).length, answerable.length), share(refusable.filter((v) => v.ok).length, refusable.length), wrong];
}

const files = readdirSync(FIXTURES)
  .filter((name) => /^questions\..+\.jsonl$/.test(name))
  .sort();
const rows = files.map((name) => {
  const verdicts = loadQuestionSet(join(FIXTURES, name)).map((q) => judge(q, answerer.answer(q.question)));
  return [basename(name, '.jsonl').replace(/^questions\./, ''), ...score(verdicts)];
});
const table = markdownTable(['set', 'questions', 'answerable: right sentence', 'not answerable: refused', 'wrong answers given'], rows);
process.stdout.write(`${table}\n`);
if (flags.markdown) writeMarkdownSection(flags.markdown, 'bench:accuracy', 'npm run bench:accuracy -- --markdown docs/accuracy.md', `## The engine alone, on every question set\n\n${table}`);
