// French release text: a release in another language would be split with that language's `releaseText`.
import { french } from '../language/fr/index.ts';
import { extractFigures, type Figure } from './figures.ts';
import type { Release } from './release.ts';
import { splitIntoSentences } from './sentences.ts';

/** One sentence of a release: the unit the bot searches and quotes. */
export interface Passage {
  /** Stable across reloads: the release id and a hash of the sentence. */
  id: string;
  releaseId: string;
  section: string;
  text: string;
  /** Position in the release, from 0. */
  order: number;
  previousId: string | null;
  /** The sentence needs the one before it to be understood ("Ainsi, …", "Cependant, …"). */
  leansOnPrevious: boolean;
  figures: Figure[];
}

/** The section of the text before any `##` heading. */
const LEAD_SECTION = 'Communiqué';
/** The section of the release's headline, which is part of what the release says. */
export const TITLE_SECTION = 'Titre';

const { leaningOpenings: LEANING_OPENINGS } = french.releaseText;
const LEANING_WORDS = new Set(french.releaseText.leaningWords);

/** Splits a release body into sentence passages, with section, neighbours and figures. */
export function splitIntoPassages(release: Pick<Release, 'id' | 'title' | 'body'>): Passage[] {
  const drafts: { section: string; text: string; firstOfSection: boolean }[] = [
    { section: TITLE_SECTION, text: release.title.trim(), firstOfSection: true },
  ];
  let section = LEAD_SECTION;
  let firstOfSection = true;
  for (const block of release.body.split(/\n\s*\n/)) {
    const heading = /^#{1,6}\s+(.+)$/.exec(block.trim());
    if (heading) {
      section = (heading[1] ?? '').trim();
      firstOfSection = true;
      continue;
    }
    for (const text of splitIntoSentences(block)) {
      drafts.push({ section, text, firstOfSection });
      firstOfSection = false;
    }
  }
  const ids = uniqueIds(release.id, drafts.map((d) => d.text));
  return drafts.map((draft, order) => ({
    id: ids[order] ?? '',
    releaseId: release.id,
    section: draft.section,
    text: draft.text,
    order,
    previousId: order > 0 ? (ids[order - 1] ?? null) : null,
    leansOnPrevious: !draft.firstOfSection && leansOnPrevious(draft.text),
    figures: extractFigures(draft.text),
  }));
}

const OPENING_WORDS = 5;
/** Enough characters for the first words: the rest of a long sentence need not be split. */
const OPENING_CHARS = 80;

/**
 * Whether the sentence opens with a leaning opening or has a leaning word among its first
 * words, read in lower case with straight apostrophes, opening quotes and white space left out,
 * within its first OPENING_CHARS characters.
 */
function leansOnPrevious(sentence: string): boolean {
  const opening = sentence.slice(0, OPENING_CHARS).replace(/^[«"“\s]+/, '').replace(/[’‘]/g, "'").toLowerCase();
  if (LEANING_OPENINGS.some((word) => opening.startsWith(word))) return true;
  return opening.split(/[\s,']+/).slice(0, OPENING_WORDS).some((word) => LEANING_WORDS.has(word));
}

/** A passage id: `<release id>:<sentence hash>`, with `-2`, `-3`… when a release repeats a sentence. */
export const PASSAGE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*:[0-9a-z]+(?:-[0-9]+)?$/;

/** The release a passage belongs to, read from its id (see `PASSAGE_ID_PATTERN`). */
export function releaseIdOfPassage(passageId: string): string {
  return passageId.slice(0, passageId.indexOf(':'));
}

function uniqueIds(releaseId: string, texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const hash = textHash(text);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return `${releaseId}:${hash}${count > 1 ? `-${count}` : ''}`;
  });
}

/**
 * A 53-bit hash of a sentence (cyrb53, public domain), as 11 base-36 characters: ids stay stable
 * across reloads, and hashing runs over every sentence of every release, where a cryptographic
 * hash would cost several times more for nothing (a clash only adds a "-2").
 */
function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return base36(4294967296 * (2097151 & h2) + (h1 >>> 0));
}

/** 36 ** 11 > 2 ** 53: eleven base-36 digits hold any hash. */
const HASH_DIGITS = 11;

function base36(value: number): string {
  return value.toString(36).padStart(HASH_DIGITS, '0');
}
