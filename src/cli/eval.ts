import { parseArgs } from 'node:util';
import { wording } from '../answer/wording.fr.ts';
import { judge, loadQuestionSet, summarize, type EvalSummary } from '../evaluation/question-set.ts';
import { loadStoreConfig } from '../config.ts';
import { openTaughtAnswerer } from './answerer.ts';
import { CONTEXT_OPTIONS, contextFromFlags } from './context-flags.ts';
import { runCli } from './run.ts';


/** `npm run eval -- FILE [--min PERCENT]`: a table of every question, accuracy by kind, exit 1 below --min. */
runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { min: { type: 'string' }, knowledge: { type: 'string', default: 'knowledge' }, untaught: { type: 'boolean', default: false }, failures: { type: 'boolean', default: false }, ...CONTEXT_OPTIONS },
    allowPositionals: true,
  });
  const context = contextFromFlags(values);
  const file = positionals[0];
  if (!file) throw new Error(wording.cli.evalUsage);
  const min = values.min === undefined ? undefined : values.min.trim() === '' ? Number.NaN : Number(values.min);
  if (min !== undefined && !(min >= 0 && min <= 100)) throw new Error(wording.cli.badMin(values.min ?? ''));
  const taught = await openTaughtAnswerer(values.knowledge, loadStoreConfig(process.env));
  // The store is only read: closed at once, the answers need nothing more from it.
  await taught.store.close();
  const answerer = values.untaught ? taught.engine : taught.learned;
  const summary = summarize(loadQuestionSet(file).map((q) => judge(q, answerer.answer(q.question, context))));
  process.stdout.write(formatSummary(summary, values.failures));
  return min !== undefined && summary.accuracy < min ? 1 : 0;
});

function formatSummary(summary: EvalSummary, failuresOnly: boolean): string {
  const rows = summary.verdicts
    .filter((v) => !failuresOnly || !v.ok)
    .map(({ question, answer, ok }) => [
      question.id,
      clip(question.question, 50),
      clip(question.abstain ? wording.cli.noAnswerExpected : (question.expect ?? []).join(' | '), 28),
      clip(answer.answered ? (answer.sentence ?? '') : `(${answer.reason})`, 60),
      answer.confidence.toFixed(2),
      ok ? wording.cli.right : wording.cli.wrong,
    ]);
  const table = formatTable([[...wording.cli.evalHeader], ...rows]);
  const kinds = summary.byKind.map((k) => `${k.kind.padEnd(8)} ${String(k.right).padStart(4)}/${String(k.total).padEnd(4)} ${((100 * k.right) / k.total).toFixed(1)} %`);
  return `${table}\n\n${wording.cli.byKind}\n${kinds.join('\n')}\n${wording.cli.total.padEnd(8)} ${summary.right}/${summary.total} = ${summary.accuracy.toFixed(1)} %\n`;
}

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function formatTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd()).join('\n');
}
