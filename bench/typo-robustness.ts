/**
 * How well answers survive typos: every answerable question of the given sets that the bot answers
 * right is asked again with typos (about 4 in 10 words of six letters or more get one: a letter
 * dropped, two swapped, one doubled, or the accents lost), and the share still answered right is
 * printed. Seeded, so a run is repeatable. Usage: node --import tsx bench/typo-robustness.ts [set …]
 */
import { loadAnswerer } from '../src/answer/answerer.ts';
import { judge, loadQuestionSet } from '../src/evaluation/questionSet.ts';

const sets = process.argv.length > 2 ? process.argv.slice(2) : ['heldout', 'tuning', 'fresh'];
const answerer = loadAnswerer('knowledge');
let seed = 7;
const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

function withTypo(word: string): string {
  const kind = Math.floor(random() * 4);
  const at = 1 + Math.floor(random() * (word.length - 2));
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
  if (kind === 2) return word.slice(0, at) + (word[at] ?? '') + word.slice(at);
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

let asked = 0;
let stillRight = 0;
for (const set of sets) {
  for (const question of loadQuestionSet(`test/fixtures/questions.${set}.jsonl`)) {
    if (question.abstain || !judge(question, answerer.answer(question.question)).ok) continue;
    asked++;
    const mistyped = question.question
      .split(/(\s+)/)
      .map((word) => (/^\p{L}{6,}$/u.test(word) && random() < 0.4 ? withTypo(word) : word))
      .join('');
    if (judge({ ...question, question: mistyped }, answerer.answer(mistyped)).ok) stillRight++;
  }
}
console.log(`sets ${sets.join(', ')}: ${stillRight}/${asked} = ${((100 * stillRight) / asked).toFixed(1)} % of the questions answered right are still answered right with typos`);
