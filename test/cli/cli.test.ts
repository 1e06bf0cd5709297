import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runWithInput } from '../support/run-with-input.ts';

const run = promisify(execFile);
const TSX = ['--import', 'tsx'];


describe('npm run ask', () => {
  it('prints the answer to one question as a person reads it', async () => {
    const { stdout } = await run(process.execPath, [...TSX, 'src/cli/ask.ts', "Qu'est-ce que l'amivantamab ?"]);
    expect(stdout).toContain('« L\'amivantamab est un anticorps bispécifique');
    expect(stdout).toContain('Source : ');
  });

  it('answers one JSON line per input line with --json, empty lines included', async () => {
    const { code, stdout } = await runWithInput(['src/cli/ask.ts', '--json'], 'Combien de salariés compte Gustave Roussy ?\n\nBonjour\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ answered: true, reason: 'answer' });
    expect(String(lines[0]?.sentence)).toContain('4 100 salariés');
    expect(lines[1]).toMatchObject({ question: '', answered: false, reason: 'empty' });
    expect(lines[2]).toMatchObject({ answered: false, reason: 'small_talk' });
    expect(Object.keys(lines[0] ?? {}).sort()).toEqual(
      ['alternatives', 'answered', 'confidence', 'context', 'embargo', 'figures', 'question', 'reason', 'release', 'sentence', 'sources', 'verified'].sort(),
    );
  });

  it('answers thousands of lines in one process', async () => {
    const questions = Array.from({ length: 2000 }, (_, i) => (i % 2 ? 'taux MET' : 'Qui est le contact presse ?')).join('\n');
    const { code, stdout } = await runWithInput(['src/cli/ask.ts', '--json'], `${questions}\n`);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(2000);
  });

  it('exits 1 with the usage when no question is given', async () => {
    const result = await run(process.execPath, [...TSX, 'src/cli/ask.ts']).catch((error: { code: number; stderr: string }) => error);
    expect(result).toMatchObject({ code: 1 });
    expect((result as { stderr: string }).stderr).toContain('Usage');
  });
});

describe('npm run eval', () => {
  it('prints a table and the accuracy by kind, and passes --min', async () => {
    const { stdout } = await run(process.execPath, [...TSX, 'src/cli/eval.ts', 'test/fixtures/questions.dev.jsonl', '--min', '80']);
    expect(stdout).toMatch(/^id\s+question\s+attendu\s+obtenu/m);
    expect(stdout).toMatch(/^typo\s+\d+\/\d+/m);
    expect(stdout).toMatch(/^Total\s+\d+\/46/m);
  });

  it('exits 1 below --min', async () => {
    const result = await run(process.execPath, [...TSX, 'src/cli/eval.ts', 'test/fixtures/questions.dev.jsonl', '--min', '100.1']).catch((e: { code: number }) => e);
    expect(result).toMatchObject({ code: 1 });
  });
});

describe('the console (src/cli/console.ts through npm start without Slack settings)', () => {
  it('answers each piped line and exits', async () => {
    const { code, stdout } = await runWithInput(['src/main.ts'], "Qu'est-ce que l'amivantamab ?\naide\n");
    expect(code).toBe(0);
    expect(stdout).toContain('anticorps bispécifique');
    expect(stdout).toContain('Par exemple');
  });
});
