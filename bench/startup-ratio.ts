/**
 * `npm run bench:startup`: how long piped `npm start` takes to answer one question on the real
 * release, against a bare `npm run` of `node -e 0` on the same machine, alternated in one run so
 * that the machine's load weighs on both alike. The target: at most twice the bare run.
 *
 * Options: `--runs 9`; `--markdown docs/performance.md` writes the result there.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { markdownTable, writeMarkdownSection } from './markdown-section.ts';

const TARGET_RATIO = 2;
const QUESTION = "Combien de patients dans l'essai MARIPOSA ?\n";

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '9' }, markdown: { type: 'string' } } });
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number from 1');

function timeMs(args: readonly string[], input: string): number {
  const started = performance.now();
  const result = spawnSync('npm', args, { input, encoding: 'utf8', env: { ...process.env, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '' } });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${String(result.status)}: ${result.stderr}`);
  return elapsed;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const start: number[] = [];
const bare: number[] = [];
for (let i = 0; i < runs; i++) {
  bare.push(timeMs(['run', '--silent', 'bench:bare-node'], ''));
  start.push(timeMs(['start', '--silent'], QUESTION));
}
const ratio = median(start) / median(bare);
const verdict = ratio <= TARGET_RATIO ? '✓' : '✗';
const table = markdownTable(
  ['what', `median of ${runs} (ms)`, 'min (ms)', 'max (ms)'],
  [
    ['`npm run` of `node -e 0`', median(bare).toFixed(0), Math.min(...bare).toFixed(0), Math.max(...bare).toFixed(0)],
    ['piped `npm start`, one answer', median(start).toFixed(0), Math.min(...start).toFixed(0), Math.max(...start).toFixed(0)],
  ],
);
const summary = `Ratio: **${ratio.toFixed(2)}** (target ≤ ${TARGET_RATIO}) ${verdict}`;
process.stdout.write(`${table}\n\n${summary}\n`);
if (flags.markdown) writeMarkdownSection(flags.markdown, 'bench:startup', 'npm run bench:startup -- --markdown docs/performance.md', `## Start-up\n\n${table}\n\n${summary}`);
