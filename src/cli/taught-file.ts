import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod';
import type { TaughtQuestionRepository } from '../learning/repository.ts';
import { taughtQuestionSchema, type TaughtQuestion } from '../learning/taught-question.ts';

const taughtFileSchema = z.array(taughtQuestionSchema);

export class TaughtFileError extends Error {
  override name = 'TaughtFileError';
}

/**
 * Taught questions kept in one JSON file, for the command line until the store serves it.
 * A missing file is an empty list; a broken one stops with the file and the problem. Each write
 * replaces the file whole, through a temporary file, so a crash never leaves half of it.
 */
export class TaughtFile implements TaughtQuestionRepository {
  constructor(private readonly file: string) {}

  read(): TaughtQuestion[] {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new TaughtFileError(`${this.file}: cannot be read (${(error as Error).message})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new TaughtFileError(`${this.file}: not valid JSON`);
    }
    const parsed = taughtFileSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TaughtFileError(`${this.file}: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`);
    }
    return parsed.data;
  }

  add(questions: readonly TaughtQuestion[]): Promise<void> {
    return settled(() => {
      if (questions.length > 0) this.write([...this.read().filter((kept) => !questions.some((q) => q.id === kept.id)), ...questions]);
    });
  }

  list(): Promise<TaughtQuestion[]> {
    return settled(() => this.read());
  }

  remove(id: string): Promise<boolean> {
    return settled(() => {
      const questions = this.read();
      const kept = questions.filter((question) => question.id !== id);
      if (kept.length === questions.length) return false;
      this.write(kept);
      return true;
    });
  }

  private write(questions: readonly TaughtQuestion[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(questions, null, 2)}\n`);
    renameSync(temporary, this.file);
  }
}

/** The work's result as a promise, its error as a rejection: a repository never throws where a caller awaits. */
function settled<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error as Error);
  }
}
