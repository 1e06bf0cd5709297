import { readFileSync } from 'node:fs';
import * as z from 'zod';
import type { Answer } from '../answer/types.ts';

/** One line of a question set (format of `shared/eval/README.md`). */
export const evalQuestionSchema = z.object({
  id: z.string().min(1),
  question: z.string(),
  kind: z.enum(['fr', 'typo', 'en', 'abstain', 'trap', 'medical']),
  expect: z.array(z.string().min(1)).optional(),
  abstain: z.boolean().optional(),
});

export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export class QuestionSetError extends Error {
  override name = 'QuestionSetError';
}

/** Reads a JSONL question set; a bad line stops with its line number and the problem. */
export function loadQuestionSet(file: string): EvalQuestion[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new QuestionSetError(`${file}: cannot be read (${(error as Error).message})`);
  }
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new QuestionSetError(`${file}:${i + 1}: not valid JSON`);
    }
    const parsed = evalQuestionSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new QuestionSetError(`${file}:${i + 1}: ${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`);
    }
    const question = parsed.data;
    if (!question.abstain && (question.expect ?? []).length === 0) {
      throw new QuestionSetError(`${file}:${i + 1}: expect: an answerable question needs at least one expected substring`);
    }
    return [question];
  });
}

/** The judge's normalisation: lower case, no accents, straight apostrophes, no space inside numbers or before %. */
export function normalizeForJudging(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/(\d)\s+(?=\d)/g, '$1')
    .replace(/\s+%/g, '%')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Verdict {
  question: EvalQuestion;
  answer: Answer;
  ok: boolean;
}

/** A line is right when the top sentence holds one expected substring, or, for an abstain line, when no passage is given. */
export function judge(question: EvalQuestion, answer: Answer): Verdict {
  if (question.abstain) return { question, answer, ok: !answer.answered };
  const sentence = answer.sentence ? normalizeForJudging(answer.sentence) : null;
  const ok = sentence !== null && (question.expect ?? []).some((expected) => sentence.includes(normalizeForJudging(expected)));
  return { question, answer, ok };
}

export interface KindScore {
  kind: EvalQuestion['kind'];
  right: number;
  total: number;
}

export interface EvalSummary {
  verdicts: Verdict[];
  byKind: KindScore[];
  right: number;
  total: number;
  /** 0..100 */
  accuracy: number;
}

export function summarize(verdicts: Verdict[]): EvalSummary {
  const kinds = new Map<EvalQuestion['kind'], KindScore>();
  for (const { question, ok } of verdicts) {
    const score = kinds.get(question.kind) ?? { kind: question.kind, right: 0, total: 0 };
    score.total += 1;
    if (ok) score.right += 1;
    kinds.set(question.kind, score);
  }
  const right = verdicts.filter((v) => v.ok).length;
  return { verdicts, byKind: [...kinds.values()], right, total: verdicts.length, accuracy: verdicts.length ? (100 * right) / verdicts.length : 0 };
}
