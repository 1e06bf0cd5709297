import { QUESTION_KINDS } from '../language/question-kinds.ts';
import { hasKind } from './features.ts';
import type { IndexedPassage } from './index.ts';
import type { AnalyzedQuestion } from './query.ts';
import { KIND_RULES } from './kind-rules.ts';

/** Kinds of which a question asking several is answered by a passage holding one ("combien", "quand"). */
const ONE_OF = QUESTION_KINDS.filter((kind) => KIND_RULES[kind].mustHold === 'oneOfTheFiguresAsked');
/** Kinds a passage must hold each of when asked ("en quelle année" is not answered by "le 14 septembre"). */
const EACH = QUESTION_KINDS.filter((kind) => KIND_RULES[kind].mustHold === 'itself');

/**
 * Whether a passage lacks what the question asks it to hold (see `KIND_RULES.mustHold`): a figure
 * of the kind asked, each part of a date asked, the thing a count counts, or a place's name.
 */
export function missesFigure(indexed: IndexedPassage, query: AnalyzedQuestion): boolean {
  return missesAskedFigure(indexed, query) || missesCountedThing(indexed, query) || missesAskedPlace(indexed, query);
}

function missesAskedFigure(indexed: IndexedPassage, query: AnalyzedQuestion): boolean {
  const asked = ONE_OF.filter((kind) => query.kinds.includes(kind));
  if (asked.length > 0 && !asked.some((kind) => hasKind(indexed.features, kind))) return true;
  return EACH.some((kind) => query.kinds.includes(kind) && !hasKind(indexed.features, kind));
}

/** "Combien de décès ?" is not answered by "1 000 patients": the count must count what was asked. */
function missesCountedThing(indexed: IndexedPassage, query: AnalyzedQuestion): boolean {
  // A share ("0,9 % des patients") answers without naming what it counts.
  if (!query.counted || hasKind(indexed.features, 'percentage')) return false;
  return !query.counted.matches.some((match) => indexed.features.counts.has(match.stem));
}

/** "Dans quelle ville s'est tenu le congrès ?" is not answered by a sentence that names no place. */
function missesAskedPlace(indexed: IndexedPassage, query: AnalyzedQuestion): boolean {
  return query.asksPlaceName && !hasKind(indexed.features, 'place');
}
