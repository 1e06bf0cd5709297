/**
 * One version of the knowledge and everything that answers from it, built together: a question
 * that takes a snapshot reads releases, passages, the engine and the taught questions of the
 * same version, even if another version is swapped in while it is being answered.
 */
import { createHash } from 'node:crypto';
import { createAnswerer, createToldAnswerer, type Answerer } from '../answer/answerer.ts';
import type { AskContext } from '../answer/types.ts';
import type { Answer } from '../answer/types.ts';
import type { Knowledge } from '../knowledge/load.ts';
import { createLearnedAnswerer, type LearnedAnswerer } from '../learning/learned-answerer.ts';
import type { TaughtQuestion } from '../learning/taught-question.ts';

export interface KnowledgeSnapshot {
  readonly knowledge: Knowledge;
  /** The engine alone: the candidates a reviewer picks from are its own. */
  readonly engine: Answerer;
  /** The engine consulting the taught questions: what askers get. */
  readonly learned: LearnedAnswerer;
  /** Answers as a reviewer told: a passage (by id, null when this version lacks it) or a refusal. */
  told(question: string, passageId: string | null, confidence: number, context?: Partial<AskContext>): Answer | null;
  /** Equal for two loads of the same files: a reload that changes nothing is told apart by it. */
  readonly fingerprint: string;
}

/** What a snapshot can be built from when the engine and learned answerer already exist (start-up). */
export interface SnapshotParts {
  knowledge: Knowledge;
  engine: Answerer;
  learned: LearnedAnswerer;
}

/** Builds the engine and the learned answerer over `knowledge`, with `taught`. */
export function buildSnapshot(knowledge: Knowledge, taught: readonly TaughtQuestion[]): KnowledgeSnapshot {
  const engine = createAnswerer(knowledge);
  return snapshotOf({ knowledge, engine, learned: createLearnedAnswerer(engine, knowledge, taught) });
}

export function snapshotOf({ knowledge, engine, learned }: SnapshotParts): KnowledgeSnapshot {
  return { knowledge, engine, learned, told: createToldAnswerer(knowledge), fingerprint: fingerprintOf(knowledge) };
}

/**
 * A digest of what the knowledge says (every release's fields and text, the glossary), not of
 * the files' bytes or times: an editor that saves the same text, or touches a file, changes nothing.
 */
export function fingerprintOf(knowledge: Pick<Knowledge, 'releases' | 'glossary'>): string {
  return createHash('sha256').update(JSON.stringify({ releases: knowledge.releases, glossary: knowledge.glossary })).digest('hex');
}
