/**
 * How well answers survive typos: every answerable question of the given sets that the bot answers
 * right is asked again with typos (about 4 in 10 words of four letters or more get one, anywhere in
 * the word, the first letter included: a letter dropped, two swapped, one doubled, or one replaced
 * by a neighbour on the keyboard), and the share still answered right is printed. Seeded, so a run
 * is repeatable. Usage: node --import tsx bench/typo-robustness.ts [set …]
 */
import { loadAnswerer } from '../src/answer/answerer.ts';
import { judge, loadQuestionSet } from '../src/evaluation/question-set.ts';

const sets = process.argv.length > 2 ? process.argv.slice(2) : ['heldout', 'tuning', 'fresh'];
const answerer = loadAnswerer('knowledge');
let seed = 7;
const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

/** Letters next to each other on a French (AZERTY) keyboard. */
const NEIGHBOURS: Record<string, string> = {
  a: 'zq', z: 'aes', e: 'zrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'om',
  q: 'asw', s: 'qdz', d: 'sfe', f: 'dgr', g: 'fht', h: 'gjy', j: 'hku', k: 'jli', l: 'kmo', m: 'lp',
  w: 'xq', x: 'wc', c: 'xv', v: 'cb', b: 'vn', n: 'b',
};

function withTypo(word: string): string {
  const kind = Math.floor(random() * 4);
  const at = Math.floor(random() * (word.length - 1));
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
  if (kind === 2) return word.slice(0, at) + (word[at] ?? '') + word.slice(at);
  const letter = (word[at] ?? '').toLowerCase();
  const near = NEIGHBOURS[letter] ?? letter;
  return word.slice(0, at) + (near[Math.floor(random() * near.length)] ?? letter) + word.slice(at + 1);
}

let asked = 0;
let stillRight = 0;
for (const set of sets) {
  for (const question of loadQuestionSet(`test/fixtures/questions.${set}.jsonl`)) {
    if (question.abstain || !judge(question, answerer.answer(question.question)).ok) continue;
    asked++;
    const mistyped = question.question
      .split(/(\s+)/)
      .map((word) => (/^\p{L}{4,}$/u.test(word) && random() < 0.4 ? withTypo(word) : word))
      .join('');
    if (judge({ ...question, question: mistyped }, answerer.answer(mistyped)).ok) stillRight++;
  }
}
console.log(`sets ${sets.join(', ')}: ${stillRight}/${asked} = ${((100 * stillRight) / asked).toFixed(1)} % of the questions answered right are still answered right with typos`);
