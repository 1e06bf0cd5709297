import { createAnswerer } from '../answer/answerer.ts';
import type { GlossaryFile } from '../knowledge/schema.ts';
import { splitIntoPassages } from '../knowledge/passages.ts';
import type { Release } from '../knowledge/release.ts';
import type { ExampleCandidate } from './examples.ts';

/** How many example questions a release gets: enough for the help, few enough to read. */
export const EXAMPLE_COUNT = 3;

/**
 * The first EXAMPLE_COUNT candidates that the bot, searching this release alone with this
 * glossary, answers with the very sentence they were built from: an example shown in the help
 * must be answered right.
 */
export function keepAnsweredExamples(candidates: readonly ExampleCandidate[], release: Pick<Release, 'id' | 'title' | 'body'>, glossary: GlossaryFile): string[] {
  const bare: Release = {
    ...release,
    publisher: '',
    event: { name: '', date: '', label: '' },
    language: 'fr',
    sources: [],
    pressContact: { organisation: '', name: '', email: '', phones: [] },
    examples: [],
    keywords: [],
    file: `${release.id}.md`,
  };
  const answerer = createAnswerer({ releases: [bare], language: bare.language, glossary, passages: splitIntoPassages(bare) });
  return candidates
    .filter((candidate) => answerer.answer(candidate.question).sentence === candidate.sentence)
    .slice(0, EXAMPLE_COUNT)
    .map((candidate) => candidate.question);
}
