/** A stored question, as the bot saves one, with whatever a test changes. */
import { randomUUID } from 'node:crypto';
import type { QuestionRecord } from '../../src/store/store.ts';

export function questionRecord(overrides: Partial<QuestionRecord> = {}): QuestionRecord {
  return {
    id: randomUUID(),
    askedAt: new Date('2026-12-01T10:00:00Z'),
    surface: 'mention',
    channelType: 'channel',
    channelId: 'C0GENERAL',
    threadTs: '1726300000.000100',
    userId: 'U0ASKER',
    text: 'Combien de patients dans MARIPOSA ?',
    reason: 'answer',
    answered: true,
    confidence: 0.87,
    passageId: 'gustave-roussy-esmo-2024-mariposa#p3',
    releaseId: 'gustave-roussy-esmo-2024-mariposa',
    engineMs: 1.25,
    external: false,
    audience: 'internal',
    verified: false,
    ...overrides,
  };
}
