import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import type { Answerer } from '../answer/answerer.ts';
import { normalizeForJudging } from '../evaluation/question-set.ts';
import type { Knowledge } from '../knowledge/load.ts';
import type { Passage } from '../knowledge/passages.ts';
import type { TaughtQuestionRepository } from './repository.ts';
import { sameOutcome, type TaughtOutcome, type TaughtQuestion } from './taught-question.ts';

/**
 * One line of a file for `teach import`: the question-set format (`shared/eval/README.md`),
 * `id` and `kind` optional, plus the `passageId` that `teach export` writes.
 */
export const teachLineSchema = z.object({
  id: z.string().optional(),
  question: z.string().trim().min(1),
  kind: z.string().optional(),
  expect: z.array(z.string().min(1)).optional(),
  abstain: z.boolean().optional(),
  passageId: z.string().min(1).optional(),
});

export type TeachLine = z.infer<typeof teachLineSchema>;

export type SkipReason = 'invalid' | 'no_passage' | 'ambiguous' | 'already_taught' | 'contradicts';

export interface SkippedLine {
  /** 1-based line number in the file. */
  line: number;
  question: string;
  reason: SkipReason;
  /** What was wrong (the field of an invalid line, the taught question it contradicts). */
  detail: string;
}

export interface ImportReport {
  taught: TaughtQuestion[];
  skipped: SkippedLine[];
}

export interface ImportSettings {
  taughtBy: string;
  now: Date;
  newId: () => string;
}

/** Reads the lines of a JSONL text; a line that is no JSON or no teach line is skipped with its reason. */
export function readTeachLines(text: string): { lines: { line: number; value: TeachLine }[]; skipped: SkippedLine[] } {
  const lines: { line: number; value: TeachLine }[] = [];
  const skipped: SkippedLine[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      skipped.push({ line: i + 1, question: raw.slice(0, 80), reason: 'invalid', detail: 'JSON' });
      return;
    }
    const parsed = teachLineSchema.safeParse(json);
    if (parsed.success && (parsed.data.abstain === true || (parsed.data.expect ?? []).length > 0 || parsed.data.passageId)) {
      lines.push({ line: i + 1, value: parsed.data });
      return;
    }
    const issue = parsed.success ? null : parsed.error.issues[0];
    const question = typeof (json as { question?: unknown } | null)?.question === 'string' ? String((json as { question: string }).question) : '';
    skipped.push({ line: i + 1, question, reason: 'invalid', detail: issue ? issue.path.join('.') || 'line' : 'expect' });
  });
  return { lines, skipped };
}

/**
 * What each line teaches: a refusal for an `abstain` line; else the passage `passageId` names,
 * or the passage holding an expected substring, judged as `src/evaluation/question-set.ts` judges
 * an answer. When passages of different sentences hold one, the line is taught the one the
 * engine ranks first among its answer and alternatives; when the engine ranks none of them the
 * line does not say which it means, and is skipped as ambiguous. A line already taught (same
 * question and outcome), or contradicting a taught question, is skipped.
 */
export function planImport(
  lines: readonly { line: number; value: TeachLine }[],
  knowledge: Pick<Knowledge, 'passages'>,
  engine: Pick<Answerer, 'answer'>,
  already: readonly TaughtQuestion[],
  settings: ImportSettings,
): ImportReport {
  const judged = knowledge.passages.map((passage) => ({ passage, text: normalizeForJudging(passage.text) }));
  const byId = new Map(knowledge.passages.map((passage) => [passage.id, passage]));
  const known = new Map<string, TaughtQuestion[]>();
  const remember = (question: TaughtQuestion): void => {
    const key = normalizeForJudging(question.question);
    known.set(key, [...(known.get(key) ?? []), question]);
  };
  already.forEach(remember);
  const report: ImportReport = { taught: [], skipped: [] };
  for (const { line, value } of lines) {
    const found = outcomeOf(value, judged, byId, engine);
    const skip = (reason: SkipReason, detail = ''): void => {
      report.skipped.push({ line, question: value.question, reason, detail });
    };
    if (found === 'no_passage' || found === 'ambiguous') {
      skip(found);
      continue;
    }
    const same = known.get(normalizeForJudging(value.question)) ?? [];
    if (same.some((taught) => sameOutcome(taught.outcome, found))) {
      skip('already_taught');
      continue;
    }
    const other = same[0];
    if (other) {
      skip('contradicts', other.id);
      continue;
    }
    const question: TaughtQuestion = { id: settings.newId(), question: value.question.trim(), outcome: found, taughtBy: settings.taughtBy, taughtAt: settings.now.toISOString() };
    report.taught.push(question);
    remember(question);
  }
  return report;
}

function outcomeOf(
  line: TeachLine,
  judged: readonly { passage: Passage; text: string }[],
  byId: ReadonlyMap<string, Passage>,
  engine: Pick<Answerer, 'answer'>,
): TaughtOutcome | 'no_passage' | 'ambiguous' {
  if (line.abstain) return { kind: 'refusal' };
  const named = line.passageId ? byId.get(line.passageId) : undefined;
  if (named) return passageOutcome(named);
  const expected = (line.expect ?? []).map(normalizeForJudging);
  const holding = judged.filter(({ text }) => expected.some((substring) => text.includes(substring))).map(({ passage }) => passage);
  const first = holding[0];
  if (!first) return 'no_passage';
  if (holding.every((passage) => passage.text === first.text)) return passageOutcome(first);
  const answer = engine.answer(line.question);
  const ranked = [answer.passageId, ...answer.alternatives.map((alternative) => alternative.passageId)];
  const chosen = ranked.map((id) => holding.find((passage) => passage.id === id)).find((passage) => passage !== undefined);
  return chosen ? passageOutcome(chosen) : 'ambiguous';
}

function passageOutcome(passage: Passage): TaughtOutcome {
  return { kind: 'passage', passageId: passage.id, releaseId: passage.releaseId };
}

/** `teach import`: teaches the lines of a JSONL text and says what it did with each. */
export async function importTeachFile(
  text: string,
  repository: TaughtQuestionRepository,
  knowledge: Pick<Knowledge, 'passages'>,
  engine: Pick<Answerer, 'answer'>,
  settings: Partial<ImportSettings> & Pick<ImportSettings, 'taughtBy'>,
): Promise<ImportReport> {
  const { lines, skipped } = readTeachLines(text);
  const report = planImport(lines, knowledge, engine, await repository.list(), { now: new Date(), newId: randomUUID, ...settings });
  await repository.add(report.taught);
  return { taught: report.taught, skipped: [...skipped, ...report.skipped].sort((a, b) => a.line - b.line) };
}

/**
 * `teach export`: every taught question as a line of the question-set format, with its passage
 * id, and the passage's whole sentence as what to expect, so that the file imports back to the
 * same outcome. An orphan keeps its passage id and expects nothing the knowledge still holds.
 */
export function exportTeachLines(taught: readonly TaughtQuestion[], knowledge: Pick<Knowledge, 'passages'>): string {
  const byId = new Map(knowledge.passages.map((passage) => [passage.id, passage]));
  return taught
    .map((question) => {
      const { id, outcome } = question;
      if (outcome.kind === 'refusal') return JSON.stringify({ id, question: question.question, abstain: true });
      const sentence = byId.get(outcome.passageId)?.text;
      return JSON.stringify({ id, question: question.question, expect: sentence ? [sentence] : [], passageId: outcome.passageId });
    })
    .map((line) => `${line}\n`)
    .join('');
}
