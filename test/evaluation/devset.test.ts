import { describe, expect, it } from 'vitest';
import { loadAnswerer } from '../../src/answer/answerer.ts';
import { judge, loadQuestionSet, normalizeForJudging, summarize } from '../../src/evaluation/question-set.ts';

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

});

describe('the judge', () => {
  it('counts right answers by kind of question and in all', () => {
    const verdict = verdicts[0]!;
    const of = (kind: 'fr' | 'en', ok: boolean) => ({ ...verdict, question: { ...verdict.question, kind }, ok });
    const summary = summarize([of('fr', true), of('fr', false), of('en', true), of('fr', true)]);
    expect(summary.byKind).toEqual([
      { kind: 'fr', right: 2, total: 3 },
      { kind: 'en', right: 1, total: 1 },
    ]);
    expect({ right: summary.right, total: summary.total, accuracy: summary.accuracy }).toEqual({ right: 3, total: 4, accuracy: 75 });
  });

  it('normalises as the question set README says', () => {
    expect(normalizeForJudging('Près de 1 000 patients, 4,4 % ; L’Étude')).toBe("pres de 1000 patients, 4,4% ; l'etude");
  });
});

/**
 * Floors for the other question sets, a little under what the engine scores today, so that a
 * change that loses ground on unseen wordings fails CI. heldout and tuning were written without
 * seeing the code, then used to improve it; blind was written the same way and only ever read
 * as totals, so it is the honest measure of questions nobody has seen. fresh (200 lines) was
 * written the same way later, measured once before any change, then used to find general faults.
 * fresh2 (150 lines, 2026-11-29) was written the same way after the changes of that day and only
 * read as totals, like blind. fresh3 (150 lines, 2026-11-29) likewise, written later that day by
 * someone who read only the release and the eval format, and only read as totals; fresh4 (120
 * lines) too, measured once at the end of that day. fresh5 (160 lines) and fresh6 (120 lines, in the
 * voices of distinct askers) were written on 2026-12-04 by someone who read only the release and the
 * format, measured once untaught and once with every other set taught, then added here. fresh7 and
 * fresh8 (160 lines each, 2026-12-04, later that day) likewise, each question in the voice of one
 * kind of asker, measured as totals only, untaught and with the ten sets before them taught.
 */
describe.each([
  { file: 'questions.heldout.jsonl', answered: 0.85, refused: 0.92 },
  { file: 'questions.tuning.jsonl', answered: 0.7, refused: 0.9 },
  { file: 'questions.blind.jsonl', answered: 0.7, refused: 0.86 },
  { file: 'questions.fresh.jsonl', answered: 0.64, refused: 0.9 },
  { file: 'questions.fresh2.jsonl', answered: 0.8, refused: 0.8 },
  { file: 'questions.fresh3.jsonl', answered: 0.77, refused: 0.78 },
  { file: 'questions.fresh4.jsonl', answered: 0.68, refused: 0.77 },
  { file: 'questions.fresh5.jsonl', answered: 0.85, refused: 0.88 },
  { file: 'questions.fresh6.jsonl', answered: 0.56, refused: 0.78 },
  { file: 'questions.fresh7.jsonl', answered: 0.72, refused: 0.9 },
  { file: 'questions.fresh8.jsonl', answered: 0.6, refused: 0.95 },
])('the question set $file', ({ file, answered, refused }) => {
  const setVerdicts = loadQuestionSet(`test/fixtures/${file}`).map((q) => judge(q, answerer.answer(q.question)));
  const share = (list: typeof setVerdicts) => list.filter((v) => v.ok).length / list.length;

  it(`answers at least ${answered * 100} % of its answerable questions with the right sentence`, () => {
    expect(share(setVerdicts.filter((v) => !v.question.abstain))).toBeGreaterThanOrEqual(answered);
  });

  it(`refuses at least ${refused * 100} % of its questions the release does not answer`, () => {
    expect(share(setVerdicts.filter((v) => v.question.abstain))).toBeGreaterThanOrEqual(refused);
  });
});
