import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import { KnowledgeError } from '../../src/knowledge/errors.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { LearnedAnswerer } from '../../src/learning/learned-answerer.ts';
import { createLiveKnowledge, liveAnswerer, type LiveKnowledge } from '../../src/live/live-knowledge.ts';
import { buildSnapshot, type KnowledgeSnapshot } from '../../src/live/snapshot.ts';
import { taughtPassage } from '../learning/taught.ts';
import { copyKnowledge, NEW_FIGURE, OLD_FIGURE, type ReleaseFolder } from './release-folder.ts';

const MET = 'Quel est le taux d’anomalies de MET avec l’association ?';

let folder: ReleaseFolder;
let live: LiveKnowledge;
const reload = () => live.reload(() => loadKnowledge(folder.dir));

beforeEach(() => {
  folder = copyKnowledge();
  live = createLiveKnowledge(buildSnapshot(loadKnowledge(folder.dir), []), []);
});
afterEach(() => folder.remove());

describe('reloading the knowledge', () => {
  it('answers from the new text once a changed release is reloaded', () => {
    folder.replace(OLD_FIGURE, NEW_FIGURE);
    expect(reload().kind).toBe('reloaded');
    expect(liveAnswerer(live).answer(MET).sentence).toContain(NEW_FIGURE);
  });

  it('keeps the knowledge in service when a file is broken, and says which file and field', () => {
    const before = live.current();
    folder.replace('publisher: Gustave Roussy', 'publisher: 42');
    const result = reload();
    expect(result.kind).toBe('failed');
    const error = result.kind === 'failed' ? result.error : undefined;
    expect(error).toBeInstanceOf(KnowledgeError);
    expect([(error as KnowledgeError).file, (error as KnowledgeError).field]).toEqual([folder.file, 'publisher']);
    expect(live.current()).toBe(before);
    expect(liveAnswerer(live).answer(MET).sentence).toContain(OLD_FIGURE);
  });

  it('does nothing when the files say what the knowledge in service says', () => {
    const before = live.current();
    folder.replace(OLD_FIGURE, OLD_FIGURE);
    expect(reload().kind).toBe('unchanged');
    expect(live.current()).toBe(before);
  });

  it('lets an answer that took its snapshot before the reload finish on the old text', () => {
    const taken: KnowledgeSnapshot = live.current();
    folder.replace(OLD_FIGURE, NEW_FIGURE);
    reload();
    expect(taken.learned.answer(MET).sentence).toContain(OLD_FIGURE);
    expect(taken.told(MET, taken.learned.answer(MET).passageId, 1)?.sentence).toContain(OLD_FIGURE);
  });

  it('builds the new knowledge with the taught questions the store gave last', () => {
    const taught = taughtPassage('Combien de personnes dans MARIPOSA ?', 'plus de 1 000 patients');
    live.replaceTaught([taught]);
    folder.replace(OLD_FIGURE, NEW_FIGURE);
    reload();
    expect(live.current().learned.answer('Combien de personnes dans MARIPOSA ?').verified?.taughtId).toBe(taught.id);
  });

  it('counts as orphans, after the reload, the taught questions whose sentence changed', () => {
    const taught = taughtPassage('Et le taux de MET ?', OLD_FIGURE);
    live.replaceTaught([taught]);
    expect(live.current().learned.orphans).toEqual([]);
    folder.replace(OLD_FIGURE, NEW_FIGURE);
    reload();
    expect(live.current().learned.orphans).toEqual([taught]);
  });
});

describe('the live answerer', () => {
  it('passes every argument on to the answerer in service', () => {
    const seen: unknown[][] = [];
    const fake = {
      answer: (...args: unknown[]) => {
        seen.push(args);
        return {} as Answer;
      },
    } as unknown as LearnedAnswerer;
    const snapshot = { ...buildSnapshot(loadKnowledge(folder.dir), []), learned: fake };
    const answer = liveAnswerer(createLiveKnowledge(snapshot, [])).answer as (...args: unknown[]) => Answer;
    answer('Combien ?', { audience: 'internal' });
    expect(seen).toEqual([['Combien ?', { audience: 'internal' }]]);
  });
});
