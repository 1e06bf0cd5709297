import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { makeReleasePdf } from '../import/support/release-pdf.ts';

const run = promisify(execFile);
const TSX = ['--import', 'tsx'];
const SEED = join('..', 'shared', 'seed', '000_1cdac8363550941e.txt');
const RELEASE = 'gustave-roussy-esmo-2024-mariposa.md';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
  folders.push(dir);
  return dir;
}

type Outcome = { code: number; stdout: string; stderr: string };

async function runImport(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...TSX, 'src/cli/import.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe('npm run import', () => {
  it('writes the seed as one release file, copies the glossary, and says nothing is left to fill', async () => {
    const out = join(tempFolder(), 'knowledge');
    const { code, stdout } = await runImport(SEED, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain(`Écrit : ${join(out, RELEASE)}`);
    expect(stdout).toContain('Rien à compléter');
    expect(readFileSync(join(out, 'glossary.yaml'), 'utf8')).toBe(readFileSync(join('knowledge', 'glossary.yaml'), 'utf8'));
  });

  it('writes a folder that ask answers from', async () => {
    const out = tempFolder();
    await runImport(SEED, '--out', out);
    const { stdout } = await run(process.execPath, [...TSX, 'src/cli/ask.ts', '--json', '--knowledge', out, 'Combien de patients dans l’essai MARIPOSA ?']);
    expect(JSON.parse(stdout)).toMatchObject({ answered: true, sentence: expect.stringContaining('1 000 patients') });
  });

  it('lists every TODO on the terminal, and ask then refuses the folder naming the file and the field', async () => {
    const dir = tempFolder();
    const text = join(dir, 'bref.txt');
    writeFileSync(text, 'Un nouveau service de radiothérapie ouvre ses portes\n\nLe service accueillera ses premiers patients au printemps.\n');
    const out = join(dir, 'out');
    const { code, stdout } = await runImport(text, '--out', out, '--id', 'radiotherapie');
    expect(code).toBe(0);
    expect(stdout).toMatch(/À compléter avant que le communiqué se charge \(8\)/);
    for (const field of ['publisher', 'event.name', 'event.date', 'event.label', 'sources', 'pressContact.organisation', 'pressContact.name', 'pressContact.email']) {
      expect(stdout).toContain(`  - ${field} : `);
    }
    const ask = await run(process.execPath, [...TSX, 'src/cli/ask.ts', '--knowledge', out, 'Quand ?']).catch((error: Outcome) => error);
    expect(ask).toMatchObject({ code: 1 });
    expect(ask.stderr).toContain(`${join(out, 'radiotherapie.md')}: publisher: still says TODO`);
  });

  it('imports a PDF', async () => {
    const dir = tempFolder();
    const pdf = join(dir, 'communique.pdf');
    const blocks = [
      { kind: 'title' as const, text: 'Une étude présentée à l’ASCO' },
      { kind: 'paragraph' as const, text: 'Les résultats seront présentés le lundi 2 juin 2025 à 14h lors du congrès de l’ASCO. Près de 40 % des patients ont répondu.' },
    ];
    writeFileSync(pdf, await makeReleasePdf(blocks, { header: 'Communiqué', footer: (page) => `${page}`, hyphenate: false }));
    const { code, stdout } = await runImport(pdf, '--out', dir, '--id', 'etude');
    expect(code).toBe(0);
    expect(stdout).toContain(`Écrit : ${join(dir, 'etude.md')}`);
    expect(readFileSync(join(dir, 'etude.md'), 'utf8')).toContain('Les résultats seront présentés le lundi 2 juin 2025 à 14h lors du congrès de l’ASCO.');
  });

  it('will not write over a release file unless told --force', async () => {
    const out = tempFolder();
    await runImport(SEED, '--out', out);
    writeFileSync(join(out, RELEASE), 'filled in by hand');
    const again = await runImport(SEED, '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(out, RELEASE), 'utf8')).toBe('filled in by hand');
    expect((await runImport(SEED, '--out', out, '--force')).code).toBe(0);
    expect(readFileSync(join(out, RELEASE), 'utf8')).toMatch(/^---\nid: "gustave-roussy/);
  });

  it.each([
    [['communique.docx'], 'seuls les fichiers .pdf et .txt'],
    [['absent.txt'], 'lecture impossible'],
    [[], 'Usage'],
    [[SEED, '--id', 'Pas Un Id'], 'lettres minuscules'],
  ])('exits 1 with one clear line for %j', async (args, message) => {
    const out = tempFolder();
    const { code, stderr } = await runImport(...args, '--out', out);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(out, RELEASE))).toBe(false);
  });

  it('exits 1 naming a file that is not a PDF', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'faux.pdf'), 'pas un PDF');
    const { code, stderr } = await runImport(join(dir, 'faux.pdf'), '--out', dir);
    expect(code).toBe(1);
    expect(stderr).toContain('PDF illisible');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
