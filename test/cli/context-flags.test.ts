import { execFile, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { contextFromFlags } from '../../src/cli/context-flags.ts';
import { EMBARGO, EMBARGO_LABEL, EMBARGOED_ID, HELIOS_QUESTION, makeEmbargoKnowledge } from '../support/embargo-knowledge.ts';
import { runWithInput, type ChildResult } from '../support/run-with-input.ts';

const run = promisify(execFile);
const TSX = ['--import', 'tsx'];
const folder = makeEmbargoKnowledge();
afterAll(() => folder.remove());
const BEFORE = '2026-12-10T08:00:00+01:00';

function ask(args: string[], input: string): Promise<ChildResult> {
  return runWithInput(['src/cli/ask.ts', '--json', '--untaught', '--knowledge', folder.dir, ...args], input);
}

const firstLine = (stdout: string): Record<string, unknown> => JSON.parse(stdout.trim().split('\n')[0] ?? '{}') as Record<string, unknown>;

/** The answers' lines without the question they echo. */
const answersOnly = (stdout: string): string =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.stringify({ ...(JSON.parse(line) as Record<string, unknown>), question: null }))
    .join('\n');

describe('contextFromFlags', () => {
  it('reads the audience, the instant and --exposed', () => {
    expect(contextFromFlags({ audience: 'guest', now: BEFORE, exposed: true })).toEqual({ audience: 'guest', now: new Date(BEFORE), exposed: true });
  });

  it('leaves what is not given to the defaults', () => {
    expect(contextFromFlags({ exposed: false })).toEqual({});
  });

  it.each([
    [{ audience: 'journalist' }, /^--audience doit être internal, external ou guest \(reçu : journalist\)$/],
    [{ now: '2026-12-10T08:00' }, /^--now doit être une date et une heure ISO 8601 avec son décalage/],
    [{ now: 'demain' }, /^--now /],
  ])('refuses %o in one line naming the flag', (values, message) => {
    expect(() => contextFromFlags(values)).toThrow(message);
  });
});

describe('npm run ask with --audience and --now', () => {
  it('answers the organisation with the embargoed release and its embargo line', async () => {
    const { code, stdout } = await ask(['--now', BEFORE], `${HELIOS_QUESTION}\n`);
    expect(code).toBe(0);
    expect(firstLine(stdout)).toMatchObject({ release: { id: EMBARGOED_ID }, embargo: { until: EMBARGO, label: EMBARGO_LABEL } });
  });

  it.each(['external', 'guest'])('answers a %s asker before the embargo as if the release were not loaded', async (audience) => {
    const { stdout } = await ask(['--audience', audience, '--now', BEFORE], `${HELIOS_QUESTION}\nbonjour\n`);
    expect(answersOnly(stdout)).not.toMatch(/HELIOS|sabcs|Sous embargo|412/);
  });

  it('answers an internal asker in an exposed channel as an outsider', async () => {
    const { stdout } = await ask(['--exposed', '--now', BEFORE], `${HELIOS_QUESTION}\n`);
    expect(stdout).not.toContain(EMBARGOED_ID);
  });

  it('answers an outsider from the embargo time on, with no embargo line', async () => {
    const { stdout } = await ask(['--audience', 'external', '--now', EMBARGO], `${HELIOS_QUESTION}\n`);
    expect(firstLine(stdout)).toMatchObject({ release: { id: EMBARGOED_ID }, embargo: null });
  });

  it('exits 1 with one line naming a bad flag', async () => {
    const { code, stdout, stderr } = await ask(['--audience', 'presse'], 'x\n');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual(['--audience doit être internal, external ou guest (reçu : presse)']);
  });
});

describe('npm run eval with --audience', () => {
  it('judges the answers an outsider gets', async () => {
    const file = join(folder.dir, 'helios.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'h1', question: HELIOS_QUESTION, kind: 'fr', expect: ['412 patientes'] })}\n`);
    const args = [...TSX, 'src/cli/eval.ts', file, '--untaught', '--knowledge', folder.dir, '--now', BEFORE];
    const inside = await run(process.execPath, args);
    expect(inside.stdout).toMatch(/^Total\s+1\/1/m);
    const outside = await run(process.execPath, [...args, '--audience', 'external']);
    expect(outside.stdout).toMatch(/^Total\s+0\/1/m);
  });
});

describe('the console with --audience', () => {
  it('answers piped questions as the audience says', async () => {
    const child = spawn(process.execPath, [...TSX, 'src/main.ts', '--audience', 'external', '--now', BEFORE], {
      env: { ...process.env, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', KNOWLEDGE_DIR: folder.dir },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stdin.end(`${HELIOS_QUESTION}\n`);
    await new Promise((resolve) => child.on('close', resolve));
    expect(stdout).toContain('ne répond pas');
    expect(stdout).not.toMatch(/HELIOS|412/);
  });
});
