import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TaughtFile } from '../../src/cli/taught-file.ts';
import type { TaughtQuestion } from '../../src/learning/taught-question.ts';

const question: TaughtQuestion = { id: 'a1', question: 'Qui finance l’essai ?', outcome: { kind: 'refusal' }, taughtBy: 'U1', taughtAt: '2026-12-01T09:00:00.000Z' };
const fileIn = (name: string): string => join(mkdtempSync(join(tmpdir(), 'taught-')), name);

describe('the JSON file of taught questions', () => {
  it('reads a missing file as no taught question', async () => {
    expect(await new TaughtFile(fileIn('none.json')).list()).toEqual([]);
  });

  it('keeps what is added and forgets what is removed, across instances', async () => {
    const file = fileIn('sub/taught.json');
    await new TaughtFile(file).add([question, { ...question, id: 'a2' }]);
    expect(await new TaughtFile(file).remove('a1')).toBe(true);
    expect((await new TaughtFile(file).list()).map((q) => q.id)).toEqual(['a2']);
    expect(await new TaughtFile(file).remove('a1')).toBe(false);
  });

  it('stops with the file and the field when the file is broken', async () => {
    const file = fileIn('taught.json');
    writeFileSync(file, JSON.stringify([{ ...question, outcome: { kind: 'passage' } }]));
    await expect(new TaughtFile(file).list()).rejects.toThrow(`${file}: 0.outcome.passageId`);
    expect(readFileSync(file, 'utf8')).toContain('"passage"');
  });
});
