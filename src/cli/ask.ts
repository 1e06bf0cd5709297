import { parseArgs } from 'node:util';
import { wording } from '../answer/wording.fr.ts';
import { toAnswerLine } from '../render/json.ts';
import { renderTerminalAnswer } from '../render/terminal.ts';
import { loadStoreConfig } from '../config.ts';
import { openTaughtAnswerer } from './answerer.ts';
import { CONTEXT_OPTIONS, contextFromFlags } from './context-flags.ts';
import { forEachLine } from './lines.ts';
import { runCli } from './run.ts';


/**
 * `npm run ask -- "question"` prints the answer as a person reads it;
 * `--json` reads one question per line on stdin and writes one JSON line per question.
 */
runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean', default: false }, knowledge: { type: 'string', default: 'knowledge' }, untaught: { type: 'boolean', default: false }, ...CONTEXT_OPTIONS },
    allowPositionals: true,
  });
  const context = contextFromFlags(values);
  const taught = await openTaughtAnswerer(values.knowledge, loadStoreConfig(process.env));
  // The store is only read: closed at once, the answers need nothing more from it.
  await taught.store.close();
  const answerer = values.untaught ? taught.engine : taught.learned;
  if (values.json) {
    const questions = positionals.length > 0 ? positionals : null;
    const write = (line: string): void => {
      process.stdout.write(`${JSON.stringify(toAnswerLine(line, answerer.answer(line, context)))}\n`);
    };
    if (questions) questions.forEach(write);
    else await forEachLine(process.stdin, write);
    return 0;
  }
  const question = positionals.join(' ');
  if (question.trim() === '') throw new Error(wording.cli.askUsage);
  process.stdout.write(`${renderTerminalAnswer(answerer.answer(question, context))}\n`);
  return 0;
});
