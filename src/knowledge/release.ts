import type { ReleaseFrontMatter } from './schema.ts';

/** A press release as loaded from `knowledge/`: its front matter and its cleaned body. */
export interface Release extends ReleaseFrontMatter {
  /** The file it came from, for error messages. */
  file: string;
  /** Markdown body: paragraphs separated by blank lines, sections opened by `## `. */
  body: string;
}
