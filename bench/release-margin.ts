/**
 * `npm run bench:margin`: how close two releases' confidences may be and still count as a tie
 * (`CLOSE_CONFIDENCE`), measured on every question set of `test/fixtures/` (all about the real
 * release) with the real release and the test's second release loaded, the second being newer:
 * on a tie the newer answers and the other is offered with a button, so a wider margin takes
 * right answers away from the real release and shows more buttons.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnswerer } from '../src/answer/answerer.ts';
import { judge, loadQuestionSet } from '../src/evaluation/question-set.ts';
import { GLOSSARY_FILE, loadKnowledge } from '../src/knowledge/load.ts';

const REAL = 'knowledge/gustave-roussy-esmo-2024-mariposa.md';
const SECOND = 'test/fixtures/releases/gustave-roussy-wclc-2025-orchidee.md';
const MARGINS = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3];

const dir = mkdtempSync(join(tmpdir(), 'margin-'));
try {
  for (const file of [REAL, SECOND, join('knowledge', GLOSSARY_FILE)]) copyFileSync(file, join(dir, file.split('/').at(-1) ?? ''));
  const knowledge = loadKnowledge(dir);
  const realId = loadKnowledge('knowledge').releases[0]?.id ?? '';
  // The refusals expected of the real release alone may be the second release's to answer: only the answerable questions count.
  const questions = readdirSync('test/fixtures')
    .filter((name) => /^questions\..+\.jsonl$/.test(name))
    .sort()
    .flatMap((name) => loadQuestionSet(join('test/fixtures', name)))
    .filter((q) => q.abstain !== true);
  // The institute's boilerplate and the press contact are word for word in both: quoted from either, they are right.
  const realSentences = new Set(knowledge.passages.filter((p) => p.releaseId === realId).map((p) => p.text));
  const alone = createAnswerer(loadKnowledge('knowledge'));
  const rightAlone = questions.filter((q) => judge(q, alone.answer(q.question)).ok).length;
  console.log(`${questions.length} answerable questions about the real release; right with it alone: ${rightAlone}`);
  console.log('margin  right  from the other release  button shown  right with a button to the other');
  for (const margin of MARGINS) {
    const answerer = createAnswerer(knowledge, { closeConfidence: margin });
    let right = 0;
    let fromOther = 0;
    let buttons = 0;
    let rightWithButton = 0;
    for (const q of questions) {
      const answer = answerer.answer(q.question);
      const ok = judge(q, answer).ok && realSentences.has(answer.sentence ?? '');
      if (ok) right += 1;
      if (answer.answered && !realSentences.has(answer.sentence ?? '')) fromOther += 1;
      if (answer.otherRelease) buttons += 1;
      // Wrong from the newer release, but the button leads to the real release's answer.
      if (!ok && answer.otherRelease?.id === realId && judge(q, answerer.answerFrom(realId, q.question)).ok) rightWithButton += 1;
    }
    console.log(`${margin.toFixed(2).padStart(6)}  ${String(right).padStart(5)}  ${String(fromOther).padStart(22)}  ${String(buttons).padStart(12)}  ${String(rightWithButton).padStart(32)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
