import type { TaughtQuestion } from './taught-question.ts';

/** Where taught questions are kept: the store implements it; the core only sees this. */
export interface TaughtQuestionRepository {
  add(questions: readonly TaughtQuestion[]): Promise<void>;
  /** Every taught question, oldest first. */
  list(): Promise<TaughtQuestion[]>;
  /** True when a question of that id was there. */
  remove(id: string): Promise<boolean>;
}

/** A repository in memory, for tests and benchmarks. */
export class InMemoryTaughtQuestions implements TaughtQuestionRepository {
  private readonly questions = new Map<string, TaughtQuestion>();

  add(questions: readonly TaughtQuestion[]): Promise<void> {
    for (const question of questions) this.questions.set(question.id, question);
    return Promise.resolve();
  }

  list(): Promise<TaughtQuestion[]> {
    return Promise.resolve([...this.questions.values()]);
  }

  remove(id: string): Promise<boolean> {
    return Promise.resolve(this.questions.delete(id));
  }
}
