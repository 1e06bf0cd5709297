import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.ts';
import { InMemoryTaughtQuestions } from '../../src/learning/repository.ts';
import { exportTeachLines, importTeachFile } from '../../src/learning/teach-batch.ts';
import { knowledge, passageHolding } from './taught.ts';

const engine = createAnswerer(knowledge);
const now = new Date('2026-12-01T09:00:00.000Z');

function lines(...values: unknown[]): string {
  return values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join('\n');
}

async function imported(text: string, repository = new InMemoryTaughtQuestions()) {
  let next = 0;
  const report = await importTeachFile(text, repository, knowledge, engine, { taughtBy: 'import:test', now, newId: () => `t${(next += 1)}` });
  return { report, repository };
}

describe('teach import', () => {
  it('teaches a line as the passage holding an expected substring, judged like a question set', async () => {
    const { report, repository } = await imported(lines({ question: 'Combien de salariés ?', expect: ['4 100 salariés'] }));
    expect(await repository.list()).toEqual([
      {
        id: 't1',
        question: 'Combien de salariés ?',
        outcome: { kind: 'passage', passageId: passageHolding('4 100 salariés'), releaseId: 'gustave-roussy-esmo-2024-mariposa' },
        taughtBy: 'import:test',
        taughtAt: '2026-12-01T09:00:00.000Z',
      },
    ]);
    expect(report.skipped).toEqual([]);
  });

  it('teaches an abstain line as a refusal', async () => {
    const { repository } = await imported(lines({ question: 'Qui finance l’essai ?', abstain: true }));
    expect((await repository.list())[0]?.outcome).toEqual({ kind: 'refusal' });
  });

  it('reports and skips a line whose substrings no passage holds', async () => {
    const { report, repository } = await imported(lines({ question: 'Combien de salariés ?', expect: ['12 000 salariés'] }, { question: 'Qui ?', abstain: true }));
    expect(report.skipped).toEqual([{ line: 1, question: 'Combien de salariés ?', reason: 'no_passage', detail: '' }]);
    expect(await repository.list()).toHaveLength(1);
  });

  it('reports and skips a line that is not JSON or has no question', async () => {
    const { report } = await imported(lines('{not json', { expect: ['4 100'] }));
    expect(report.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'invalid'],
      [2, 'invalid'],
    ]);
  });

  it('takes, among passages of different sentences holding a substring, the one the engine ranks first', async () => {
    // "MET" is in many sentences; the engine answers this question with the 4,4 % one.
    const { report } = await imported(lines({ question: 'Quel est le taux d’anomalies de MET avec l’association ?', expect: ['MET'] }));
    expect(report.taught[0]?.outcome).toMatchObject({ passageId: passageHolding('4,4 %') });
  });

  it('skips as ambiguous a line whose passages disagree and none of which the engine ranks', async () => {
    const { report } = await imported(lines({ question: 'Recette de la tarte tatin', expect: ['MET'] }));
    expect(report.skipped.map((s) => s.reason)).toEqual(['ambiguous']);
  });

  it('skips a line already taught, and one contradicting a taught question', async () => {
    const first = await imported(lines({ question: 'Combien de salariés ?', expect: ['4 100 salariés'] }));
    const { report } = await imported(lines({ question: 'Combien de salariés ?', expect: ['4 100 salariés'] }, { question: 'combien de salariés ?', abstain: true }), first.repository);
    expect(report.skipped.map((s) => s.reason)).toEqual(['already_taught', 'contradicts']);
  });
});

describe('teach export', () => {
  it('writes lines that import back to the same questions and outcomes', async () => {
    const { repository } = await imported(lines({ question: 'Combien de salariés ?', expect: ['4 100'] }, { question: 'Qui finance l’essai ?', abstain: true }));
    const exported = exportTeachLines(await repository.list(), knowledge);
    const again = await imported(exported);
    const shape = (list: Awaited<ReturnType<InMemoryTaughtQuestions['list']>>) => list.map(({ question, outcome }) => ({ question, outcome }));
    expect(shape(await again.repository.list())).toEqual(shape(await repository.list()));
    expect(exported.split('\n')[0]).toContain(`"passageId":"${passageHolding('4 100 salariés')}"`);
  });
});
