import type { Block } from './blocks.ts';
import { recaseCapitals } from './casing.ts';
import { CONTACT_HEADINGS } from './language.fr.ts';
import { fold, isAllCaps, startsWithAny } from './words.ts';

/** The press contact, as far as the text tells it: a null field was not found. */
export interface DraftedContact {
  heading: string | null;
  organisation: string | null;
  name: string | null;
  email: string | null;
  phones: string[];
}

export const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/gu;
/** A French or international phone number: "+33 1 42 11 50 59", "04 72 40 70 88", "01.42.11.50.59". */
const PHONE = /(?:\+\d{2,3}[\s.]?(?:\(0\)[\s.]?)?\d|\b0\d)(?:[\s.]?\d{2}){4}\b/gu;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * Reads the press contact from the section under a contact heading (or, without one, from the
 * paragraphs that give an e-mail address): the first address; the person's name as the text
 * writes the words of the address ("claire.parisel@" is "Claire Parisel"), else the capitalised
 * words before it; the organisation written before the name and a colon; every phone number.
 */
export function draftContact(blocks: readonly Block[], fullText: string): DraftedContact {
  const start = blocks.findIndex((b) => b.kind === 'heading' && startsWithAny(fold(b.text), CONTACT_HEADINGS) !== undefined);
  const heading = start >= 0 ? (blocks[start]?.text ?? null) : null;
  const section = start >= 0 ? sectionAfter(blocks, start) : blocks.filter((b) => b.kind === 'paragraph' && b.text.includes('@'));
  const text = section.map((b) => b.text).join('\n');
  const email = [...text.matchAll(EMAIL)][0]?.[0] ?? null;
  const phones = [...new Set([...text.matchAll(PHONE)].map((m) => m[0].trim()))];
  if (email === null) return { heading, organisation: null, name: null, email: null, phones };
  const line = text.split('\n').find((l) => l.includes(email)) ?? '';
  const name = nameFromAddress(email, text) ?? nameBefore(line.slice(0, line.indexOf(email)));
  const organisation = name === null ? null : organisationBefore(line, name, fullText);
  return { heading, organisation, name, email, phones };
}

function sectionAfter(blocks: readonly Block[], start: number): Block[] {
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading');
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}

/** The words of the text that spell the address's local part ("claire.parisel"), as written. */
function nameFromAddress(email: string, text: string): string | null {
  const parts = fold(email.slice(0, email.indexOf('@'))).split(/[._-]+/).filter((p) => p.length > 1);
  if (parts.length < 2) return null;
  const words = text.match(/[\p{L}'’-]+/gu) ?? [];
  for (let i = 0; i + parts.length <= words.length; i++) {
    const run = words.slice(i, i + parts.length);
    if (run.every((word, k) => fold(word) === parts[k] && NAME_WORD.test(word))) return run.join(' ');
  }
  return null;
}

/** The last run of two to four capitalised words before the address: "Marion Lefèvre, chargée… –". */
function nameBefore(before: string): string | null {
  const pieces = before.split(/\s+[-–—|:]\s+|[,;]\s*/u).map((p) => p.trim()).filter((p) => p !== '');
  for (const piece of pieces.reverse()) {
    const words = piece.split(/\s+/);
    if (words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w)) && !isAllCaps(piece)) return piece;
  }
  return null;
}

/** What the line writes before the name and a colon ("GUSTAVE ROUSSY : Claire Parisel"), in the text's case. */
function organisationBefore(line: string, name: string, fullText: string): string | null {
  const at = line.indexOf(name);
  const before = at < 0 ? '' : line.slice(0, at).trim();
  const match = /([^:–—|-]+?)\s*:\s*$/u.exec(before);
  const organisation = match?.[1]?.trim() ?? '';
  if (organisation === '') return null;
  return isAllCaps(organisation) ? recaseCapitals(organisation, fullText) : organisation;
}
