/**
 * Shared fast-check arbitraries: text as hostile users type it, and French text shaped like
 * the release, so that properties exercise both garbage and the paths real questions take.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseRelease } from '../../src/knowledge/load.ts';

export const KNOWLEDGE_DIR = 'knowledge';
export const RELEASE_FILE = 'knowledge/gustave-roussy-esmo-2024-mariposa.md';

const release = parseRelease(readFileSync(RELEASE_FILE, 'utf8'), RELEASE_FILE);
/** The release body: everything after the front matter. */
export const releaseBody = release.body;
/** Everything the release says: its headline (a passage too) and its body. */
export const releaseWording = `${release.title}\n\n${release.body}`;

/** The paragraphs of the real release, headings left out. */
export const releaseParagraphs = releaseBody
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p !== '' && !p.startsWith('#'));

const releaseWords = [...new Set(releaseBody.split(/\s+/).filter((w) => w !== ''))];

/** Pieces that have broken text handling before: markup, operators, numbers, invisible characters. */
const TRICKY = [
  '<!channel>', '<@U123ABC>', '<#C0123|général>', '<https://x.example|y>', '&amp;', '&lt;', '&gt;', '<', '>', '&',
  "'", '!', '^', '=', '|', '$', '4.4%', '4,4 %', '4,4%', '1 000', '1\u00A0000', '1\u202F000', 'n°55', 'n° 55',
  '\u202E', '\u200B', '\u0000', '\u0007', '\uFEFF', '\u2028', '\t', '\n', 'e\u0301', 'É', 'İ', 'ß', 'ﬁ', 'Œ', 'æ',
  '😀', '👩‍🔬', '\uD800', '\uDFFF', ':tada:', 'M.', 'Pr', 'J.', 'etc.', '…', '?', '«', '»', '"', '“', '”', '(', ')',
];

/** Any string: code units of every kind (lone surrogates included), graphemes, and tricky pieces. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ maxLength: 80 }),
  fc
    .array(fc.oneof(fc.constantFrom(...TRICKY), fc.constantFrom(...releaseWords), fc.string({ unit: 'binary', maxLength: 6 })), {
      maxLength: 30,
    })
    .map((parts) => parts.join(' ')),
);

/** A question made mostly of the release's own words, so that many runs reach a real answer. */
export const questionLikeText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...releaseWords) }, { weight: 1, arbitrary: fc.constantFrom(...TRICKY) }), {
    minLength: 1,
    maxLength: 14,
  })
  .map((words) => `${words.join(' ')} ?`);

const SPACES = [' ', ' ', ' ', '  ', '\n', '\t', '\u00A0', '\u202F', ' \n '];
const SENTENCE_PIECES = [
  ...releaseWords,
  'Pr', 'Dr', 'M.', 'Mme', 'J.', 'Tel.', 'etc.', 'n°55', '4,4 %', '1 000', '18 mois', 'phase 3', '9h30',
  '.', '!', '?', '…', '...', '?!', '«', '»', '"', '“', '”', '(', ')', 'Le', 'La', 'Il', 'EGFR', 'MET', '2024', '12',
];

/** A paragraph shaped like French prose: words, abbreviations, numbers, punctuation and assorted white space. */
export const paragraphLikeText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...SENTENCE_PIECES), fc.constantFrom(...SPACES)), { maxLength: 60 })
  .map((pairs) => pairs.map(([word, space]) => word + space).join(''));

/**
 * Fast enough for `npm test`; `PROPERTY_RUNS=20000 npx vitest run test/properties` searches harder.
 */
export const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) } as const;
