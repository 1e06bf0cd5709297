import type { GlossaryFile } from '../knowledge/schema.ts';
import { TODO_MARKER } from '../knowledge/todo.ts';
import { shapeBlocks, type Block } from './blocks.ts';
import { draftContact } from './contact.ts';
import { draftEvent } from './event.ts';
import { EXAMPLE_COUNT, keepAnsweredExamples } from './example-check.ts';
import { draftExampleCandidates } from './examples.ts';
import { draftKeywords, findDrugNames, findTrialNames } from './keywords.ts';
import { ABOUT_HEADINGS, EMBARGO_WORDS, ENGLISH_MARKERS, FRENCH_MARKERS } from './language.fr.ts';
import { readLines } from './lines.ts';
import { draftSources, nameSpelledBy } from './links.ts';
import { joinLines } from './paragraphs.ts';
import { slugOf } from './slug.ts';
import { wording as allWording } from '../answer/wording.fr.ts';

const importWording = allWording.import;
import { fold, startsWithAny } from './words.ts';

/** A field the import could not fill: the file holds `TODO: reason` there. */
export interface Todo {
  field: string;
  reason: string;
}

/** A release file drafted from an extraction, in the front matter's field order. */
export interface ReleaseDraft {
  frontMatter: Record<string, unknown>;
  body: string;
  todos: Todo[];
  /** What a person should check though the file loads: a date without time, a link taken out of a sentence. */
  notes: string[];
}

const missing = importWording.missing;

export interface DraftOptions {
  /** The release id; drafted from the publisher, the congress and the trial when absent. */
  id?: string;
  /** The glossary of the folder the release goes to: examples are kept only when the bot answers them right with it. */
  glossary?: GlossaryFile;
}

/**
 * Drafts a release file from a text extraction: the body cleaned of the extraction's debris
 * (see `readLines`, `joinLines`, `shapeBlocks`) and the front matter drafted from the text.
 * Every field it cannot fill holds a TODO and is listed in `todos`.
 */
export function draftRelease(raw: string, options: DraftOptions = {}): ReleaseDraft {
  const { lines, urls } = readLines(raw);
  const { title, blocks } = shapeBlocks(joinLines(lines));
  const text = [title ?? '', ...blocks.map((b) => b.text)].join('\n');
  const todos: Todo[] = [];
  const notes: string[] = [];
  const orTodo = <T>(field: string, value: T | null, reason: string): T | string => {
    if (value !== null) return value;
    todos.push({ field, reason });
    return `${TODO_MARKER}: ${reason}`;
  };

  const event = draftEvent(text);
  const trials = findTrialNames(text, event.acronym);
  const contact = draftContact(blocks, text);
  // The press office's address names its house: "…@gustaveroussy.fr" spells "Gustave Roussy".
  const addressOwner = contact.email === null ? null : (nameSpelledBy(contact.email.slice(contact.email.indexOf('@') + 1), text) ?? null);
  const publisher = publisherOf(blocks) ?? contact.organisation ?? addressOwner;
  const sources = draftSources(urls, blocks, contact);
  const id = options.id ?? (slugOf([publisher, event.name, trials[0] ?? null]) || slugOf([title]) || 'communique');
  const body = renderBody(blocks);
  const candidates = draftExampleCandidates(blocks, trials);
  const examples = options.glossary
    ? keepAnsweredExamples(candidates, { id, title: title ?? '', body }, options.glossary)
    : candidates.slice(0, EXAMPLE_COUNT).map((c) => c.question);
  if (event.date !== null && !event.date.includes('T')) notes.push(importWording.notes.noTime);
  if (event.weekdayMismatch) notes.push(importWording.notes.weekdayMismatch(event.label ?? ''));
  if (contact.email !== null && contact.phones.length === 0) notes.push(importWording.notes.noPhone);
  if (examples.length === 0) notes.push(importWording.notes.noExamples);
  for (const found of urls) if (found.dropped) notes.push(importWording.notes.droppedUrl(found.url));

  const frontMatter: Record<string, unknown> = {
    id,
    title: orTodo('title', title, missing.title),
    publisher: orTodo('publisher', publisher, missing.publisher),
    event: {
      name: orTodo('event.name', event.name, missing.eventName),
      date: orTodo('event.date', event.date, missing.eventDate),
      label: orTodo('event.label', event.label, missing.eventLabel),
    },
    language: orTodo('language', isFrench(text) ? 'fr' : null, missing.language),
    sources: sources.length > 0 ? sources : [{ title: orTodo('sources', null, missing.sources), url: `${TODO_MARKER}: ${missing.sourceUrl}` }],
    pressContact: {
      organisation: orTodo('pressContact.organisation', contact.organisation ?? publisher, missing.organisation),
      name: orTodo('pressContact.name', contact.name, missing.contactName),
      email: orTodo('pressContact.email', contact.email, missing.contactEmail),
      phones: contact.phones,
    },
    examples,
    keywords: draftKeywords({ trials, drugs: findDrugNames(text), congress: event.acronym, title }),
  };
  if (mentionsEmbargo(raw)) frontMatter.embargo = orTodo('embargo', null, missing.embargo);
  return { frontMatter, body, todos, notes };
}

/** The name after "À propos de" in a heading: the publisher's boilerplate. */
function publisherOf(blocks: readonly Block[]): string | null {
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    const opening = startsWithAny(fold(block.text), ABOUT_HEADINGS);
    // "À propos de l'Institut Lumière" is about the Institut Lumière.
    if (opening !== undefined) return block.text.slice(opening.length).replace(/^(?:l['’]|le\s+|la\s+|les\s+)/iu, '').trim() || null;
  }
  return null;
}

/** More of the most frequent French words than of the English ones. */
function isFrench(text: string): boolean {
  const words = fold(text).split(/[^a-z']+/);
  const count = (markers: readonly string[]): number => words.filter((w) => markers.includes(w)).length;
  return count(FRENCH_MARKERS) > count(ENGLISH_MARKERS);
}

function mentionsEmbargo(text: string): boolean {
  const folded = fold(text);
  return EMBARGO_WORDS.some((word) => folded.includes(fold(word)));
}

function renderBody(blocks: readonly Block[]): string {
  return blocks.map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.text)).join('\n\n');
}
