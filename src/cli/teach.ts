import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnswerer } from '../answer/answerer.ts';
import { wording } from '../answer/wording.fr.ts';
import { loadKnowledge, type Knowledge } from '../knowledge/load.ts';
import { orphans } from '../learning/orphans.ts';
import { exportTeachLines, importTeachFile, type ImportReport } from '../learning/teach-batch.ts';
import type { TaughtQuestionRepository } from '../learning/repository.ts';
import type { TaughtQuestion } from '../learning/taught-question.ts';
import { runCli } from './run.ts';
import { loadStoreConfig } from '../config.ts';
import { openStore } from '../store/open.ts';
import { taughtRepository } from '../store/taught-repository.ts';

const text = wording.cli.teach;

/** `npm run teach -- import FILE.jsonl | export FILE.jsonl | list | remove ID`, on the store the settings name (`DATA_DIR` / `DATABASE_URL`). */
runCli(async () => {
  const { values, positionals } = parseArgs({
    options: {
      knowledge: { type: 'string', default: 'knowledge' },
      by: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [command, argument] = positionals;
  const store = await openStore(loadStoreConfig(process.env));
  try {
    return await run(command, argument, values, taughtRepository(store));
  } finally {
    await store.close();
  }
});

async function run(command: string | undefined, argument: string | undefined, values: { knowledge: string; by?: string | undefined }, repository: TaughtQuestionRepository): Promise<number> {
  if (command === 'list' && argument === undefined) {
    process.stdout.write(formatList(await repository.list(), loadKnowledge(values.knowledge)));
    return 0;
  }
  if (command === 'remove' && argument) {
    const removed = await repository.remove(argument);
    process.stdout.write(`${removed ? text.removed(argument) : text.notFound(argument)}\n`);
    return removed ? 0 : 1;
  }
  if (command === 'import' && argument) {
    const knowledge = loadKnowledge(values.knowledge);
    const source = readSource(argument);
    const report = await importTeachFile(source, repository, knowledge, createAnswerer(knowledge), { taughtBy: values.by ?? `import:${basename(argument)}` });
    process.stdout.write(formatImport(report));
    return 0;
  }
  if (command === 'export' && argument) {
    const taught = await repository.list();
    writeFileSync(argument, exportTeachLines(taught, loadKnowledge(values.knowledge)));
    process.stdout.write(`${text.exported(taught.length, argument)}\n`);
    return 0;
  }
  throw new Error(text.usage);
}

function readSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(text.unreadable(file, (error as Error).message), { cause: error });
  }
}

/** Counts, then each skipped line and why; lines already taught only counted, as a second import repeats them all. */
function formatImport(report: ImportReport): string {
  const passages = report.taught.filter((question) => question.outcome.kind === 'passage').length;
  const already = report.skipped.filter((skipped) => skipped.reason === 'already_taught').length;
  const lines = [text.imported(passages, report.taught.length - passages, report.skipped.length)];
  if (already > 0) lines.push(text.alreadyTaught(already));
  for (const skipped of report.skipped) {
    if (skipped.reason !== 'already_taught') lines.push(text.skippedLine(skipped.line, text.skipped[skipped.reason](skipped.detail), skipped.question));
  }
  return `${lines.join('\n')}\n`;
}

function formatList(taught: readonly TaughtQuestion[], knowledge: Knowledge): string {
  if (taught.length === 0) return `${text.empty}\n`;
  const sentences = new Map(knowledge.passages.map((passage) => [passage.id, passage.text]));
  const gone = new Set(orphans(taught, knowledge));
  return taught
    .map((question) => {
      const { outcome } = question;
      const said = outcome.kind === 'refusal' ? text.refusal : gone.has(question) ? `${outcome.passageId} ${text.orphan}` : `« ${clip(sentences.get(outcome.passageId) ?? '', 70)} »`;
      return `${question.id}  ${question.taughtAt.slice(0, 10)}  ${question.taughtBy}\n  ${question.question}\n  → ${said}\n`;
    })
    .join('');
}

function clip(sentence: string, width: number): string {
  return sentence.length > width ? `${sentence.slice(0, width - 1)}…` : sentence;
}
