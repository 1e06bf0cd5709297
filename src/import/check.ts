import { KnowledgeError } from '../knowledge/errors.ts';
import { parseRelease } from '../knowledge/load.ts';
import type { ReleaseDraft } from './draft.ts';
import { renderReleaseFile } from './write.ts';

/**
 * What the loader would refuse in a draft with nothing left to fill (a malformed address the
 * text gave, say), as "field: problem"; null when it loads. A draft with TODOs is refused for
 * them, which the import lists already.
 */
export function loaderProblem(draft: ReleaseDraft, file: string): string | null {
  if (draft.todos.length > 0) return null;
  try {
    parseRelease(renderReleaseFile(draft), file);
    return null;
  } catch (error) {
    if (error instanceof KnowledgeError) return `${error.field} : ${error.problem}`;
    throw error;
  }
}
