import { parseArgs } from 'node:util';
import { loadAnswerer } from '../answer/answerer.ts';
import { judge, loadQuestionSet, summarize, type EvalSummary } from '../evaluation/questionSet.ts';
import { runCli } from './run.ts';

const USAGE = 'Usage : npm run eval -- FICHIER.jsonl [--min POURCENTAGE] [--knowledge DOSSIER] [--failures]';

/** `npm run eval -- FILE [--min PERCENT]`: a table of every question, accuracy by kind, exit 1 below --min. */
runCli(() => {
  const { values, positionals } = parseArgs({
    options: { min: { type: 'string' }, knowledge: { type: 'string', default: 'knowledge' }, failures: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) throw new Error(USAGE);
  const min = values.min === undefined ? undefined : Number(values.min);
  if (min !== undefined && !(min >= 0 && min <= 100)) throw new Error(`--min doit être un pourcentage entre 0 et 100 (reçu : ${values.min})`);
  const answerer = loadAnswerer(values.knowledge);
  const summary = summarize(loadQuestionSet(file).map((q) => judge(q, answerer.answer(q.question))));
  process.stdout.write(formatSummary(summary, values.failures));
  return min !== undefined && summary.accuracy < min ? 1 : 0;
});

function formatSummary(summary: EvalSummary, failuresOnly: boolean): string {
  const rows = summary.verdicts
    .filter((v) => !failuresOnly || !v.ok)
    .map(({ question, answer, ok }) => [
      question.id,
      clip(question.question, 50),
      clip(question.abstain ? '(pas de réponse)' : (question.expect ?? []).join(' | '), 28),
      clip(answer.answered ? (answer.sentence ?? '') : `(${answer.reason})`, 60),
      answer.confidence.toFixed(2),
      ok ? 'ok' : 'FAUX',
    ]);
  const table = formatTable([['id', 'question', 'attendu', 'obtenu', 'conf.', 'ok'], ...rows]);
  const kinds = summary.byKind.map((k) => `${k.kind.padEnd(8)} ${String(k.right).padStart(4)}/${String(k.total).padEnd(4)} ${((100 * k.right) / k.total).toFixed(1)} %`);
  return `${table}\n\nPar type :\n${kinds.join('\n')}\nTotal    ${summary.right}/${summary.total} = ${summary.accuracy.toFixed(1)} %\n`;
}

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function formatTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd()).join('\n');
}
