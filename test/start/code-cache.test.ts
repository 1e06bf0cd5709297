import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CODE_CACHE = resolve('src/start/code-cache.cts');

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

/** A CommonJS file that requires a neighbour and prints what Node gives a module. */
function writeProgram(): { file: string; cache: string } {
  folder = mkdtempSync(join(tmpdir(), 'code-cache-'));
  writeFileSync(join(folder, 'neighbour.cjs'), "module.exports = 'neighbour';\n");
  const file = join(folder, 'program.cjs');
  writeFileSync(file, "const neighbour = require('./neighbour.cjs');\nconsole.log(JSON.stringify({ neighbour, filename: __filename, dirname: __dirname, line: new Error().stack.split('\\n')[1] }));\n");
  return { file, cache: `${file}.cache` };
}

/** Runs `file` through `runWithCodeCache` in a fresh Node process, as `npm start` does. */
async function start(file: string, cache: string): Promise<{ printed: Record<string, string>; used: boolean }> {
  const script = `const used = require(${JSON.stringify(CODE_CACHE)}).runWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cache)}); console.log(JSON.stringify({ used }));`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '-e', script]);
  const [printed, outcome] = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  return { printed: printed as Record<string, string>, used: (outcome as { used: boolean }).used };
}

describe('running a CommonJS file with its code cache', () => {
  it('runs the file as Node would: its require, __filename, __dirname and line numbers', async () => {
    const { file, cache } = writeProgram();
    const { printed } = await start(file, cache);
    expect(printed).toMatchObject({ neighbour: 'neighbour', filename: file, dirname: folder });
    expect(printed.line).toContain(`${file}:2:`);
  });

  it('writes the cache at exit when there is none, and uses it at the next start', async () => {
    const { file, cache } = writeProgram();
    expect((await start(file, cache)).used).toBe(false);
    expect(statSync(cache).size).toBeGreaterThan(0);
    const again = await start(file, cache);
    expect(again.used).toBe(true);
    expect(again.printed.neighbour).toBe('neighbour');
  });

  it('ignores a cache that does not fit the file and writes a fitting one', async () => {
    const { file, cache } = writeProgram();
    writeFileSync(cache, 'not a code cache');
    expect((await start(file, cache)).used).toBe(false);
    expect(readFileSync(cache, 'utf8')).not.toBe('not a code cache');
    expect((await start(file, cache)).used).toBe(true);
  });
});
