import { KnowledgeError } from './errors.ts';

/** What an import leaves where it found nothing: the file must not load until a person fills it. */
export const TODO_MARKER = 'TODO';

const MARKER = new RegExp(`\\b${TODO_MARKER}\\b`);

/**
 * Throws a KnowledgeError naming the first front matter field (as `event.date`, `sources.1.title`)
 * or the body that still holds a TODO marker. Runs before the schema, so that a `date: TODO`
 * says it is to be filled rather than that it is not a date.
 */
export function refuseTodoMarkers(frontMatter: unknown, body: string, file: string): void {
  const field = findTodo(frontMatter, []);
  if (field !== null) throw new KnowledgeError(file, field === '' ? '(root)' : field, `still says ${TODO_MARKER}: fill it in (or remove it) before the release can be loaded`);
  if (MARKER.test(body)) throw new KnowledgeError(file, 'body', `still says ${TODO_MARKER}: fill it in (or remove it) before the release can be loaded`);
}

function findTodo(value: unknown, path: string[]): string | null {
  if (typeof value === 'string') return MARKER.test(value) ? path.join('.') : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findTodo(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findTodo(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
