/**
 * Hand-built answers over the real release's text, for tests of the renderer and of listeners
 * that must not depend on the engine's ranking.
 */
import type { Answerer } from '../../src/answer/answerer.ts';
import type { Answer, ReleaseSummary } from '../../src/answer/types.ts';

export const RELEASE: ReleaseSummary = {
  id: 'gustave-roussy-esmo-2024-mariposa',
  title: 'Cancer du poumon métastatique : des nouvelles pistes thérapeutiques s’ouvrent grâce à l’identification des résistances aux traitements ciblés',
  date: '2024-09-14',
  dateLabel: 'samedi 14 septembre 2024, 9h30',
  publisher: 'Gustave Roussy',
  sources: [
    { title: 'Voir la vidéo en ligne', url: 'https://youtu.be/j4KDUuWhwUI?si=KDLdls43AL9Jh0gp' },
    { title: 'Gustave Roussy', url: 'http://www.gustaveroussy.fr/' },
  ],
  pressContact: { organisation: 'Gustave Roussy', name: 'Claire Parisel', email: 'claire.parisel@gustaveroussy.fr', phones: ['+33 1 42 11 50 59'] },
  embargo: null,
};

const { sources, pressContact } = RELEASE;
const releaseRef = { id: RELEASE.id, title: RELEASE.title, date: RELEASE.date, dateLabel: RELEASE.dateLabel, publisher: RELEASE.publisher };

export const MET_SENTENCE = 'Ainsi, les anomalies de MET sont de 4,4 % avec l’association, contre 13,6 % avec l’osimertinib seul.';
export const MET_CONTEXT =
  'Ce travail révèle que l’amivantamab associé au lazertinib réduit de manière très importante l’apparition des anomalies de MET et des mutations de l’EGFR par rapport à l’osimertinib seul.';

export function answeredMet(overrides: Partial<Answer> = {}): Answer {
  return {
    question: 'Quel est le taux d’anomalies de MET avec l’association ?',
    answered: true,
    reason: 'answer',
    confidence: 0.87,
    sentence: MET_SENTENCE,
    passageId: 'gustave-roussy-esmo-2024-mariposa:met',
    context: MET_CONTEXT,
    figures: [
      { text: '4,4 %', kind: 'percentage' },
      { text: '13,6 %', kind: 'percentage' },
    ],
    release: releaseRef,
    sources,
    alternatives: [
      {
        passageId: 'gustave-roussy-esmo-2024-mariposa:egfr',
        sentence: 'Et les mutations de résistance à l’EGFR touchent 0,9 % des patients avec l’association contre 7,9 % dans l’autre groupe.',
        confidence: 0.41,
      },
    ],
    message: null,
    notice: null,
    pressContact,
    verified: null,
    embargo: null,
    otherRelease: null,
    ...overrides,
  };
}

export function notInRelease(question: string, overrides: Partial<Answer> = {}): Answer {
  return {
    question,
    answered: false,
    reason: 'not_in_release',
    confidence: 0,
    sentence: null,
    passageId: null,
    context: null,
    figures: [],
    release: null,
    sources: [],
    alternatives: [],
    message: 'Le communiqué ne répond pas à cette question. Je préfère ne rien inventer.',
    notice: null,
    pressContact,
    verified: null,
    embargo: null,
    otherRelease: null,
    ...overrides,
  };
}

/** An answerer that answers the MET question for any text mentioning MET, and refuses the rest. */
export function fakeAnswerer(): Answerer & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    releases: [RELEASE],
    examples: ['Combien de patients dans l’essai MARIPOSA ?'],
    visibleTo: () => ({ releases: [RELEASE], examples: ['Combien de patients dans l’essai MARIPOSA ?'] }),
    embargoRunning: () => false,
    answer(question: string): Answer {
      asked.push(question);
      return /MET/.test(question) ? answeredMet({ question }) : notInRelease(question);
    },
    answerFrom(_releaseId: string, question: string): Answer {
      return notInRelease(question);
    },
  };
}
