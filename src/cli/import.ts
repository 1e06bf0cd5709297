import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loaderProblem } from '../import/check.ts';
import { draftRelease } from '../import/draft.ts';
import { readExtraction } from '../import/extraction.ts';
import { wording as allWording } from '../answer/wording.fr.ts';

const importWording = allWording.import;
import { writeRelease } from '../import/write.ts';
import { GLOSSARY_FILE, loadGlossary } from '../knowledge/load.ts';
import { runCli } from './run.ts';

const wording = importWording.cli;
/** The glossary a new knowledge folder starts from: the one the bot ships with. */
const DEFAULT_GLOSSARY = fileURLToPath(new URL('../../knowledge/glossary.yaml', import.meta.url));

/**
 * `npm run import -- FILE.pdf|FILE.txt [--id ID] [--out DIR] [--force]` writes one release
 * file into DIR (default `knowledge`) and lists on the terminal every field left as a TODO.
 */
runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { id: { type: 'string' }, out: { type: 'string', default: 'knowledge' }, force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new Error(wording.usage);
  if (values.id !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(values.id)) throw new Error(wording.badId(values.id));
  const glossary = loadGlossary(existsSync(join(values.out, GLOSSARY_FILE)) ? join(values.out, GLOSSARY_FILE) : DEFAULT_GLOSSARY);
  const draft = draftRelease(await readExtraction(file), { glossary, ...(values.id === undefined ? {} : { id: values.id }) });
  const written = writeRelease(draft, values.out, { force: values.force, defaultGlossary: DEFAULT_GLOSSARY });
  const notes = [...draft.notes];
  if (written.glossaryCopiedFrom !== null) notes.push(importWording.notes.glossaryCopied(written.glossaryCopiedFrom, values.out));
  if (written.noGlossary) notes.push(importWording.notes.noGlossary(values.out));
  const lines = [wording.written(written.file)];
  if (draft.todos.length > 0) lines.push(wording.todoHeader(draft.todos.length), ...draft.todos.map((t) => wording.todoLine(t.field, t.reason)));
  else {
    const problem = loaderProblem(draft, written.file);
    lines.push(...(problem === null ? [wording.ready] : [wording.invalidHeader, wording.noteLine(problem)]));
  }
  if (notes.length > 0) lines.push(wording.notesHeader, ...notes.map(wording.noteLine));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
});
