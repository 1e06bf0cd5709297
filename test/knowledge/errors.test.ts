import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/errors.ts';
import { loadKnowledge, parseRelease } from '../../src/knowledge/load.ts';

/**
 * A knowledge folder the communications team broke must stop start-up with one message that
 * names the file, the field and the problem. Each test copies the real release and glossary
 * into a temporary folder and breaks one thing.
 */

const RELEASE_NAME = 'gustave-roussy-esmo-2024-mariposa.md';
const REAL_RELEASE = readFileSync(join('knowledge', RELEASE_NAME), 'utf8');
const run = promisify(execFile);
const TSX = join('node_modules', '.bin', 'tsx');

const folders: string[] = [];

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A knowledge folder holding the real release (or `release`) and the real glossary (or `glossary`). */
function knowledgeFolder({ release = REAL_RELEASE, glossary }: { release?: string; glossary?: string } = {}): {
  dir: string;
  releaseFile: string;
  glossaryFile: string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-errors-'));
  folders.push(dir);
  const releaseFile = join(dir, RELEASE_NAME);
  const glossaryFile = join(dir, 'glossary.yaml');
  writeFileSync(releaseFile, release);
  if (glossary === undefined) copyFileSync(join('knowledge', 'glossary.yaml'), glossaryFile);
  else writeFileSync(glossaryFile, glossary);
  return { dir, releaseFile, glossaryFile };
}

function loadError(dir: string): KnowledgeError {
  try {
    loadKnowledge(dir);
  } catch (error) {
    if (error instanceof KnowledgeError) return error;
    throw error;
  }
  throw new Error(`${dir} loaded without error`);
}

/** The release with one front matter line replaced (or removed, with an empty replacement). */
function withLine(pattern: RegExp, replacement: string): string {
  if (!pattern.test(REAL_RELEASE)) throw new Error(`the real release no longer matches ${pattern}`);
  return REAL_RELEASE.replace(pattern, replacement);
}

const frontMatterOnly = REAL_RELEASE.replace(/(\n---\n)[\s\S]*$/, '$1');

describe('a knowledge folder with a broken file', () => {
  it('loads the real release and glossary when nothing is broken', () => {
    const { dir } = knowledgeFolder();
    expect(loadKnowledge(dir).releases).toHaveLength(1);
  });

  it('names the file, the YAML and the line when the front matter is not valid YAML', () => {
    const { dir, releaseFile } = knowledgeFolder({ release: withLine(/^title:.*$/m, 'title: "Cancer du poumon') });
    const error = loadError(dir);
    expect(error).toMatchObject({ file: releaseFile, field: 'YAML' });
    expect(error.problem).toMatch(/cannot be parsed.*line \d+/);
    expect(error.message).toBe(`${releaseFile}: YAML: ${error.problem}`);
  });

  it('says the front matter is missing when the file does not start with ---', () => {
    const { dir, releaseFile } = knowledgeFolder({ release: REAL_RELEASE.replace(/^---\n[\s\S]*?\n---\n/, '') });
    expect(loadError(dir)).toMatchObject({ file: releaseFile, field: 'front matter', problem: expect.stringMatching(/^missing/) });
  });

  it('names the title when the title is missing', () => {
    const { dir, releaseFile } = knowledgeFolder({ release: withLine(/^title:.*\n/m, '') });
    expect(loadError(dir)).toMatchObject({ file: releaseFile, field: 'title', problem: 'is missing' });
  });

  it('names the title when the title is blank', () => {
    const { dir, releaseFile } = knowledgeFolder({ release: withLine(/^title:.*$/m, 'title: "  "') });
    expect(loadError(dir)).toMatchObject({ file: releaseFile, field: 'title', problem: 'must not be empty' });
  });

  it('names a nested field by its path when the event date is not ISO', () => {
    const { dir, releaseFile } = knowledgeFolder({ release: withLine(/date: "2024-09-14T09:30"/, 'date: "14/09/2024"') });
    expect(loadError(dir)).toMatchObject({ file: releaseFile, field: 'event.date', problem: expect.stringContaining('ISO date') });
  });

  it('names the language when the release is not in French', () => {
    const { dir, releaseFile } = knowledgeFolder({ release: withLine(/^language: fr$/m, 'language: en') });
    expect(loadError(dir)).toMatchObject({ file: releaseFile, field: 'language', problem: expect.stringContaining('"fr"') });
  });

  it('names the body when nothing follows the front matter', () => {
    const { dir, releaseFile } = knowledgeFolder({ release: frontMatterOnly });
    expect(loadError(dir)).toMatchObject({ file: releaseFile, field: 'body', problem: expect.stringMatching(/^is empty/) });
  });

  it('names the body when it holds headings only', () => {
    const { dir, releaseFile } = knowledgeFolder({ release: `${frontMatterOnly}\n## Contact presse\n\n### À propos\n` });
    expect(loadError(dir)).toMatchObject({ file: releaseFile, field: 'body', problem: expect.stringMatching(/^is empty/) });
  });

  it('names the glossary and the YAML when the glossary is not YAML', () => {
    const { dir, glossaryFile } = knowledgeFolder({ glossary: 'synonyms: [patient, malade\n  - : :\n' });
    expect(loadError(dir)).toMatchObject({ file: glossaryFile, field: 'YAML', problem: expect.stringMatching(/^cannot be parsed/) });
  });

  it('names the glossary field when it has the wrong shape', () => {
    const { dir, glossaryFile } = knowledgeFolder({ glossary: 'synonyms: patient, malade\n' });
    expect(loadError(dir)).toMatchObject({ file: glossaryFile, field: 'synonyms', problem: expect.stringContaining('expected array') });
  });

  it('names a field the glossary does not have, rather than ignoring it', () => {
    const { dir, glossaryFile } = knowledgeFolder({ glossary: 'synonym:\n  - [essai, étude]\n' });
    expect(loadError(dir)).toMatchObject({ file: glossaryFile, field: 'synonym', problem: 'is not a field of this file' });
  });

  it('names the synonym group that has a single term', () => {
    const { dir, glossaryFile } = knowledgeFolder({ glossary: 'synonyms:\n  - [patient, malade]\n  - [seul]\n' });
    expect(loadError(dir)).toMatchObject({ file: glossaryFile, field: 'synonyms.1', problem: expect.stringContaining('at least two terms') });
  });

  it('names the root when the glossary is a list instead of a mapping', () => {
    const { dir, glossaryFile } = knowledgeFolder({ glossary: '- patient\n- malade\n' });
    expect(loadError(dir)).toMatchObject({ file: glossaryFile, field: '(root)', problem: expect.stringContaining('expected object') });
  });

  it('names the folder when it holds no release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-errors-'));
    folders.push(dir);
    expect(loadError(dir)).toMatchObject({ file: dir, field: 'releases', problem: expect.stringContaining('no release') });
  });

  it('names the second file when two releases share an id', () => {
    const { dir } = knowledgeFolder();
    const copy = join(dir, 'zz-copy.md');
    writeFileSync(copy, REAL_RELEASE);
    expect(loadError(dir)).toMatchObject({ file: copy, field: 'id', problem: expect.stringContaining('used by another release') });
  });
});

/** Runs a CLI entry point with tsx; resolves with its exit code and output whatever the code. */
async function runCliEntry(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, args, { timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('the command line, given a broken knowledge folder', () => {
  it('ask exits 1 naming the file, the field and the problem on stderr', async () => {
    const { dir, releaseFile } = knowledgeFolder({ release: withLine(/^title:.*\n/m, '') });
    const { code, stdout, stderr } = await runCliEntry(['src/cli/ask.ts', '--knowledge', dir, 'Combien de patients ?']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${releaseFile}: title: is missing`);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
  });

  it('ask exits 1 naming the glossary when the glossary is not YAML', async () => {
    const { dir, glossaryFile } = knowledgeFolder({ glossary: 'synonyms: [patient, malade\n  - : :\n' });
    const { code, stderr } = await runCliEntry(['src/cli/ask.ts', '--knowledge', dir, 'Combien de patients ?']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${glossaryFile}: YAML: cannot be parsed`);
  });

  it('eval exits 1 naming the file, the field and the problem on stderr', async () => {
    const { dir, releaseFile } = knowledgeFolder({ release: frontMatterOnly });
    const questions = join(dir, 'questions.jsonl');
    writeFileSync(questions, `${JSON.stringify({ id: 'q1', question: 'Combien de patients ?', kind: 'fr', expect: ['1 000'] })}\n`);
    const { code, stderr } = await runCliEntry(['src/cli/eval.ts', questions, '--knowledge', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${releaseFile}: body: is empty`);
  });
});

describe('YAML errors in the front matter', () => {
  it('name the line of the file, counting the opening "---"', () => {
    const text = '---\nid: x\ntitle: T\n  publisher: x\n---\n\nCorps.\n';
    expect(() => parseRelease(text, 'x.md')).toThrow(/at line 4,/);
  });
});

describe('dates in the front matter', () => {
  it('reads an unquoted date as the text written', () => {
    const release = parseRelease(
      [
        '---', 'id: x', 'title: T', 'publisher: P', 'event:', '  name: E', '  date: 2024-09-14', '  label: le 14 septembre',
        'language: fr', 'sources:', '  - title: Site', '    url: https://example.org/', 'pressContact:', '  organisation: O',
        '  name: N', '  email: n@example.org', '---', '', 'Une phrase.',
      ].join('\n'),
      'x.md',
    );
    expect(release.event.date).toBe('2024-09-14');
  });
});
