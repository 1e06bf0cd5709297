import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { splitIntoPassages } from '../../src/knowledge/passages.ts';
import { REAL_RELEASE_FILE, synthesizeKnowledge } from '../../scripts/synthesize-knowledge.ts';

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'synthetic-knowledge-'));
  folders.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('synthetic knowledge', () => {
  it('writes releases that load as valid knowledge, with the glossary and the real release', () => {
    const dir = folder();
    synthesizeKnowledge({ count: 5, outDir: dir, includeReal: true });
    const knowledge = loadKnowledge(dir);
    expect(knowledge.releases).toHaveLength(6);
    expect(new Set(knowledge.releases.map((r) => r.id)).size).toBe(6);
    expect(readdirSync(dir)).toContain(REAL_RELEASE_FILE);
    expect(knowledge.glossary.synonyms.length).toBeGreaterThan(0);
  });

  it('gives each synthetic release about 40 passages', () => {
    const dir = folder();
    synthesizeKnowledge({ count: 5, outDir: dir });
    for (const release of loadKnowledge(dir).releases) expect(splitIntoPassages(release).length).toBeGreaterThanOrEqual(36);
  });

  it('gives each synthetic release a new title and other drug names', () => {
    const dir = folder();
    synthesizeKnowledge({ count: 5, outDir: dir, includeReal: true });
    const releases = loadKnowledge(dir).releases;
    const real = releases.find((r) => r.file.endsWith(REAL_RELEASE_FILE));
    for (const release of releases.filter((r) => r !== real)) {
      expect(release.title).not.toBe(real?.title);
      expect(release.body).not.toMatch(/amivantamab|lazertinib|osimertinib/i);
    }
  });

  it('writes the same files for the same seed', () => {
    const [a, b] = [folder(), folder()];
    synthesizeKnowledge({ count: 3, outDir: a, seed: 7 });
    synthesizeKnowledge({ count: 3, outDir: b, seed: 7 });
    for (const name of readdirSync(a)) expect(readFileSync(join(b, name), 'utf8')).toBe(readFileSync(join(a, name), 'utf8'));
  });

  it('writes other files for another seed', () => {
    const [a, b] = [folder(), folder()];
    synthesizeKnowledge({ count: 1, outDir: a, seed: 1 });
    synthesizeKnowledge({ count: 1, outDir: b, seed: 2 });
    expect(readFileSync(join(b, 'synthetic-0001.md'), 'utf8')).not.toBe(readFileSync(join(a, 'synthetic-0001.md'), 'utf8'));
  });
});
