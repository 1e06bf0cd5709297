import { describe, expect, it } from 'vitest';
import { loadAnswerer } from '../../src/answer/answerer.ts';
import { judge, loadQuestionSet, normalizeForJudging, summarize } from '../../src/evaluation/questionSet.ts';

const answerer = loadAnswerer('knowledge');
const verdicts = loadQuestionSet('test/fixtures/questions.dev.jsonl').map((q) => judge(q, answerer.answer(q.question)));
const failures = (list: typeof verdicts) => list.filter((v) => !v.ok).map((v) => `${v.question.id}: ${v.question.question}`);

describe('the sample question set (test/fixtures/questions.dev.jsonl)', () => {
  it('answers at least 95 % of the answerable questions with the right top sentence', () => {
    const answerable = verdicts.filter((v) => !v.question.abstain);
    const right = answerable.filter((v) => v.ok).length;
    expect(right / answerable.length, failures(answerable).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('gives no passage to any abstain, trap or medical question', () => {
    expect(failures(verdicts.filter((v) => v.question.abstain))).toEqual([]);
  });

  it('counts accuracy by kind', () => {
    const summary = summarize(verdicts);
    expect(summary.byKind.map((k) => k.kind).sort()).toEqual(['abstain', 'en', 'fr', 'medical', 'trap', 'typo']);
    expect(summary.total).toBe(46);
  });
});

describe('the judge', () => {
  it('normalises as the question set README says', () => {
    expect(normalizeForJudging('Près de 1 000 patients, 4,4 % ; L’Étude')).toBe("pres de 1000 patients, 4,4% ; l'etude");
  });
});
