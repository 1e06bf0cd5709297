import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
/** Runs a command-line tool on the embedded store in `dataDir`. */
const node = (dataDir: string, script: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });

describe('npm run teach', () => {
  const dir = mkdtempSync(join(tmpdir(), 'teach-'));
  const lines = join(dir, 'lines.jsonl');
  let files = 0;
  const newStore = (): string => join(dir, `data-${(files += 1)}`);
  writeFileSync(
    lines,
    [
      { question: "Combien de patients ont été inclus dans l'essai ?", expect: ['plus de 1 000 patients'] },
      { question: 'Combien de mois de survie sans progression ?', abstain: true },
      { question: 'Combien de salariés ?', expect: ['12 000 salariés'] },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n'),
  );

  it('imports a file into the store, prints the counts and each line it skipped, and ask answers with what it taught', async () => {
    const taught = newStore();
    const { stdout } = await node(taught, 'src/cli/teach.ts', 'import', lines);
    expect(stdout).toContain('Appris : 2 (1 avec un passage, 1 refus). Lignes ignorées : 1.');
    expect(stdout).toContain('ligne 3 : aucun passage ne contient ce qui est attendu : « Combien de salariés ? »');
    const asked = await node(taught, 'src/cli/ask.ts', '--json', 'Combien de patients a-t-on inclus dans cet essai ?');
    const answer = JSON.parse(asked.stdout) as { sentence: string; verified: { taughtBy: string } | null };
    expect(answer.sentence).toContain('plus de 1 000 patients');
    expect(answer.verified?.taughtBy).toBe('import:lines.jsonl');
  });

  it('lists the taught questions and removes one by its id', async () => {
    const taught = newStore();
    await node(taught, 'src/cli/teach.ts', 'import', lines);
    const { stdout } = await node(taught, 'src/cli/teach.ts', 'list');
    expect(stdout).toContain('(le communiqué ne répond pas)');
    const id = /^(\S+)\s+\S+\s+import:lines\.jsonl\n {2}Combien de mois/m.exec(stdout)?.[1] ?? '';
    expect((await node(taught, 'src/cli/teach.ts', 'remove', id)).stdout).toContain(`Question apprise ${id} retirée.`);
    expect((await node(taught, 'src/cli/teach.ts', 'list')).stdout).not.toContain('Combien de mois');
  });

  it('exits 1 with the usage on an unknown command', async () => {
    const result = await node(newStore(), 'src/cli/teach.ts', 'forget').catch((error: { code: number; stderr: string }) => error);
    expect(result).toMatchObject({ code: 1 });
    expect((result as { stderr: string }).stderr).toContain('Usage : npm run teach');
  });
});
