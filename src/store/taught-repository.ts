/**
 * The store's taught questions as the learning core reads them (`TaughtQuestionRepository`): the
 * same rows, with the outcome spelt as a passage or a refusal. Used by the Slack app and by
 * `npm run teach`.
 */
import { releaseIdOfPassage } from '../knowledge/passages.ts';
import type { TaughtQuestionRepository } from '../learning/repository.ts';
import type { TaughtQuestion } from '../learning/taught-question.ts';
import type { Store, TaughtQuestion as StoredTaught } from './store.ts';

export function toTaught(stored: StoredTaught): TaughtQuestion {
  return {
    id: stored.id,
    question: stored.question,
    outcome: stored.passageId === null ? { kind: 'refusal' } : { kind: 'passage', passageId: stored.passageId, releaseId: stored.releaseId ?? releaseIdOfPassage(stored.passageId) },
    taughtBy: stored.taughtBy,
    taughtAt: stored.taughtAt.toISOString(),
  };
}

export function toStored(taught: TaughtQuestion): Omit<StoredTaught, 'removedAt'> {
  const passage = taught.outcome.kind === 'passage' ? taught.outcome : null;
  return {
    id: taught.id,
    question: taught.question,
    passageId: passage?.passageId ?? null,
    releaseId: passage?.releaseId ?? null,
    taughtBy: taught.taughtBy,
    taughtAt: new Date(taught.taughtAt),
  };
}

export function taughtRepository(store: Pick<Store, 'addTaughtQuestion' | 'taughtQuestions' | 'removeTaughtQuestion'>, now: () => Date = () => new Date()): TaughtQuestionRepository {
  return {
    async add(questions) {
      for (const question of questions) await store.addTaughtQuestion(toStored(question));
    },
    // The store lists newest first; the learning core reads oldest first.
    list: async () => (await store.taughtQuestions()).map(toTaught).reverse(),
    remove: (id) => store.removeTaughtQuestion(id, now()),
  };
}
