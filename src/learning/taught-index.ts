import type { QuestionReader, QuestionTerms } from './question-terms.ts';
import type { TaughtQuestion } from './taught-question.ts';
import { TypoFinder } from './typo-finder.ts';

export interface TaughtMatch {
  taught: TaughtQuestion;
  /** 0..1, 1 for a question of the same words and the same kind. */
  similarity: number;
}

export interface TaughtIndex {
  /** The closest taught question, or null when none is at least `floor` similar. */
  match(question: string): TaughtMatch | null;
  /** Up to `limit` taught questions at least `floor` similar to the question, closest first. */
  neighbours(question: string, limit: number): TaughtMatch[];
  readonly size: number;
}

/**
 * The weights and factors of the similarity, each measured by leaving each question set out in
 * turn (`npm run bench:learning`; what else was tried is in docs/notes-learn.md).
 */
export interface TaughtIndexOptions {
  /** How much a glossary synonym counts against the word itself. */
  synonymWeight: number;
  /** How much a word read through a typo counts. */
  typoWeight: number;
  /** Similarity kept when both questions ask for a kind of answer and not the same one ("combien" against "quand"). */
  otherKindFactor: number;
  /** Similarity kept when one question asks for a kind of answer and the other for none. */
  oneKindFactor: number;
  /** Similarity kept when both questions name the thing they ask about, and not the same ("combien de patients" against "combien de mois"). */
  otherAskedFactor: number;
  /** Similarity kept when the taught question does not have the word the asked question asks about at all. */
  missingAskedFactor: number;
  /**
   * The share of the asked question's weight in the similarity's denominator, against the taught
   * question's, when the taught question has a passage (0.5 is Dice). Above 0.5, words of the asked
   * question a taught question lacks cost more than the taught question's own extra words: a
   * question adding "français" to "combien de patients dans MARIPOSA" asks what the release does not
   * say, one leaving out "l'essai" asks the same. 0.65 rather than 0.5: 4 fewer wrong answers and
   * 4 more refusals right over the eight runs, the same right answers.
   */
  askedShareForPassage: number;
  /** Taught questions less similar than this are no neighbours at all. */
  floor: number;
  /** Added to every stem's IDF. */
  idfShift: number;
  /**
   * What a stem no taught question has weighs, against the rarest known stem: half, as many are
   * fillers ("hey", "exactement", "svp") rather than what is asked (+3 right answers, no more wrong ones).
   */
  unknownWeight: number;
}

export const defaultTaughtIndexOptions: TaughtIndexOptions = {
  synonymWeight: 0.75,
  typoWeight: 0.85,
  otherKindFactor: 0.5,
  oneKindFactor: 0.85,
  otherAskedFactor: 0.6,
  missingAskedFactor: 0.8,
  askedShareForPassage: 0.65,
  floor: 0.2,
  idfShift: 1,
  unknownWeight: 0.5,
};

interface IndexedQuestion {
  taught: TaughtQuestion;
  terms: QuestionTerms;
  /** Sum of the IDF of its stems. */
  weight: number;
}

/** One stem of the asked question, as found among the taught questions' stems. */
interface QueryStem {
  /** Indexed stems it is read as, each with the share of its weight it brings. */
  readings: { stem: string; share: number }[];
  /** What it weighs in the asked question: a stem no taught question has weighs as the rarest. */
  weight: number;
}

/**
 * An index of taught questions, compared by their words: stems weighted by how rare they are
 * among the taught questions (IDF), so that the word saying what is asked ("patients", "mois")
 * weighs more than the ones every question of the release shares ("combien", "MARIPOSA").
 * The similarity is a weighted Dice coefficient of the two questions' stems (leaning towards
 * covering the asked question when the taught one has a passage), lowered when the
 * two ask for different kinds of answer or about different things. `read[i]` is `taught[i]` as
 * `reader` reads it, when the caller has read them already.
 */
export function buildTaughtIndex(
  taught: readonly TaughtQuestion[],
  reader: QuestionReader,
  options: Partial<TaughtIndexOptions> = {},
  read: readonly QuestionTerms[] = taught.map((question) => reader.read(question.question)),
): TaughtIndex {
  const settings: TaughtIndexOptions = { ...defaultTaughtIndexOptions, ...options };
  const postings = new Map<string, number[]>();
  read.forEach((terms, doc) => {
    for (const stemmed of terms.stems) {
      const list = postings.get(stemmed);
      if (list) list.push(doc);
      else postings.set(stemmed, [doc]);
    }
  });
  const idf = new Map<string, number>();
  for (const [stemmed, docs] of postings) idf.set(stemmed, settings.idfShift + Math.log(1 + taught.length / docs.length));
  const rarest = settings.unknownWeight * (settings.idfShift + Math.log(1 + Math.max(1, taught.length)));
  const indexed: IndexedQuestion[] = taught.map((question, doc) => {
    const terms = read[doc] as QuestionTerms;
    return { taught: question, terms, weight: terms.stems.reduce((sum, stemmed) => sum + (idf.get(stemmed) ?? 0), 0) };
  });
  const typos = new TypoFinder([...postings.keys()]);
  // Scratch space for one lookup, reused: a lookup runs for every question asked.
  const overlap = new Float64Array(indexed.length);
  const gains = new Float64Array(indexed.length);
  const stamps = new Uint32Array(indexed.length);
  const stemDocs: number[] = [];
  let stamp = 0;

  function readStem(stemmed: string): QueryStem {
    const own = idf.get(stemmed);
    if (own !== undefined) return { readings: [{ stem: stemmed, share: 1 }, ...synonymReadings(stemmed)], weight: own };
    const synonyms = synonymReadings(stemmed);
    if (synonyms.length > 0) return { readings: synonyms, weight: Math.max(...synonyms.map((s) => (idf.get(s.stem) ?? 0))) };
    const typo = typos.nearest(stemmed);
    if (typo !== null) return { readings: [{ stem: typo, share: settings.typoWeight }], weight: idf.get(typo) ?? rarest };
    return { readings: [], weight: rarest };
  }

  function synonymReadings(stemmed: string): { stem: string; share: number }[] {
    const readings: { stem: string; share: number }[] = [];
    for (const [synonym, share] of reader.synonymsOf(stemmed)) {
      if (idf.has(synonym)) readings.push({ stem: synonym, share: share * settings.synonymWeight });
    }
    return readings;
  }

  function neighbours(question: string, limit: number): TaughtMatch[] {
    if (indexed.length === 0 || limit <= 0) return [];
    const terms = reader.read(question);
    const stems = terms.stems.map(readStem);
    const queryWeight = stems.reduce((sum, s) => sum + s.weight, 0);
    const touched: number[] = [];
    for (const { readings } of stems) {
      // A stem read several ways counts once per taught question, by its best reading.
      stamp += 1;
      stemDocs.length = 0;
      for (const { stem: stemmed, share } of readings) {
        const gain = share * (idf.get(stemmed) ?? 0);
        for (const doc of postings.get(stemmed) ?? []) {
          if (stamps[doc] !== stamp) {
            stamps[doc] = stamp;
            gains[doc] = gain;
            stemDocs.push(doc);
          } else if (gain > (gains[doc] ?? 0)) gains[doc] = gain;
        }
      }
      for (const doc of stemDocs) {
        if (overlap[doc] === 0) touched.push(doc);
        overlap[doc] = (overlap[doc] ?? 0) + (gains[doc] ?? 0);
      }
    }
    const found: TaughtMatch[] = [];
    for (const doc of touched) {
      const entry = indexed[doc] as IndexedQuestion;
      // A taught passage must cover the question asked; a taught refusal is compared both ways.
      const askedShare = entry.taught.outcome.kind === 'passage' ? settings.askedShareForPassage : 0.5;
      const dice = (overlap[doc] ?? 0) / (askedShare * queryWeight + (1 - askedShare) * entry.weight);
      overlap[doc] = 0;
      // The factors only lower the similarity: a question already below the floor, or below the last kept, stays out.
      if (dice < settings.floor || (found.length === limit && dice <= (found[limit - 1]?.similarity ?? 0))) continue;
      const factor = kindFactor(terms.types, entry.terms.types, settings) * askedFactor(terms, entry.terms, settings, reader);
      const similarity = Math.min(1, dice * factor);
      if (similarity >= settings.floor) keepBest(found, { taught: entry.taught, similarity }, limit);
    }
    return found;
  }

  return {
    size: indexed.length,
    neighbours,
    match: (question) => neighbours(question, 1)[0] ?? null,
  };
}

function kindFactor(asked: ReadonlySet<string>, taught: ReadonlySet<string>, settings: TaughtIndexOptions): number {
  if (asked.size === 0 && taught.size === 0) return 1;
  if (asked.size === 0 || taught.size === 0) return settings.oneKindFactor;
  for (const kind of asked) if (taught.has(kind)) return 1;
  return settings.otherKindFactor;
}

function askedFactor(asked: QuestionTerms, taught: QuestionTerms, settings: TaughtIndexOptions, reader: QuestionReader): number {
  if (asked.asked === null) return 1;
  const same = (a: string, b: string): boolean => a === b || reader.synonymsOf(a).has(b);
  if (taught.asked !== null) return same(asked.asked, taught.asked) ? 1 : settings.otherAskedFactor;
  return taught.stems.some((stemmed) => same(asked.asked ?? '', stemmed)) ? 1 : settings.missingAskedFactor;
}

/** Puts `match` in its place in `found` (closest first), keeping at most `limit`. */
function keepBest(found: TaughtMatch[], match: TaughtMatch, limit: number): void {
  let at = found.length;
  while (at > 0 && (found[at - 1]?.similarity ?? 0) < match.similarity) at--;
  if (at >= limit) return;
  found.splice(at, 0, match);
  if (found.length > limit) found.pop();
}
