import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { watchFolder, type FolderWatch } from '../../src/live/watch.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const dir = mkdtempSync(join(tmpdir(), 'watch-'));
let watch: FolderWatch | undefined;
afterEach(() => watch?.close());
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

it('calls back once when a save in several steps has settled', async () => {
  let calls = 0;
  watch = watchFolder(dir, () => (calls += 1), { quietMs: 100, onError: () => undefined });
  writeFileSync(join(dir, '.release.md.tmp'), 'half');
  await sleep(20);
  writeFileSync(join(dir, 'release.md'), 'whole');
  await sleep(30);
  expect(calls).toBe(0);
  await sleep(300);
  expect(calls).toBe(1);
});

it('reports a folder it cannot watch instead of throwing', () => {
  const errors: unknown[] = [];
  watch = watchFolder(join(dir, 'missing'), () => undefined, { onError: (error) => errors.push(error) });
  expect(errors).toHaveLength(1);
});
