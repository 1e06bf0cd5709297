import { describe, expect, it } from 'vitest';
import { loadKnowledge, parseRelease } from '../../src/knowledge/load.ts';
import { splitIntoPassages } from '../../src/knowledge/passages.ts';
import { createPassageSearch } from '../../src/search/search.ts';
import { WEIGHTS } from '../../src/search/score.ts';
import { pipeline } from '../support/french.ts';

const ANSWER_THRESHOLD = WEIGHTS.confidence.answerBar;

const knowledge = loadKnowledge('knowledge');
const search = createPassageSearch(knowledge.passages, knowledge.glossary, pipeline);
const top = (question: string) => search.search(question)[0];
/** The passage the bot would answer with: the top one, checked to be confident enough to be given. */
const answered = (question: string) => {
  const hit = top(question)!;
  expect(hit.confidence).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
  return hit.passage;
};

describe('passage ranking on the real release', () => {
  // "taux" asks for a percentage: of the sentences naming MET and osimertinib, the one with figures must win.
  it('answers a MET rate question with the sentence that holds the percentages', () => {
    expect(top('taux de resistance MET osimertinib')?.passage.text).toContain('13,6 %');
  });

  // "qu'est-ce que" asks for a definition: "L'amivantamab est un …" defines the word.
  it('answers "qu’est-ce que l’amivantamab" with the sentence that defines it', () => {
    expect(top("Qu'est-ce que l'amivantamab ?")?.passage.text).toContain('anticorps bispécifique');
  });

  // A typo and a missing apostrophe must not lose the word.
  it('finds "pateints" and "lamivantamab" despite the typos', () => {
    expect(top("Combien de pateints dans l'étude Mariposa ?")?.passage.text).toContain('1 000 patients');
    expect(top('c koi lamivantamab')?.passage.text).toContain('anticorps bispécifique');
  });

  // The glossary turns English words into the release's French ones.
  it('answers an English question through the glossary', () => {
    expect(top('How many employees does Gustave Roussy have?')?.passage.text).toContain('4 100 salariés');
  });

  // "au bout de 18 mois … à ce médicament" is about the osimertinib named one sentence earlier.
  it('credits a leaning sentence with the words of the sentence before', () => {
    const hit = search.search('durée avant résistance à la thérapie ciblée par osimertinib').map((h) => h.passage.text);
    expect(hit.slice(0, 3).some((text) => text.includes('18 mois'))).toBe(true);
  });

  it('treats fuse.js operators as plain text', () => {
    for (const question of ["'MET", '!MET', '^MET', '=MET', 'MET | EGFR']) {
      expect(() => search.search(question)).not.toThrow();
    }
    expect(top('=MET 4,4 %')?.passage.text).toContain('4,4 %');
  });

  it('scores a question of unknown words with no confidence', () => {
    expect(top('recette tarte tatin')?.confidence ?? 0).toBeLessThan(0.2);
  });

  it('gives higher confidence when every word of the question is in the sentence', () => {
    const full = top('anticorps bispécifique amivantamab')!.confidence;
    const half = top('anticorps bispécifique prix remboursement')!.confidence;
    expect(full).toBeGreaterThan(half);
  });

  // "1 000 patients" is a count, but not of deaths: the answer would be a wrong figure.
  it('lowers the confidence of a count that does not count what was asked', () => {
    const patients = top('Combien de patients dans MARIPOSA ?')!;
    const deaths = top('Combien de décès dans MARIPOSA ?')!;
    expect(patients.passage.text).toContain('1 000 patients');
    expect(deaths.confidence).toBeLessThan(patients.confidence / 2);
  });

  // The question names no subject, only what it wants: the release's own title answers it.
  it('answers "de quoi parle ce communiqué" with the release title', () => {
    expect(top('De quoi parle ce communiqué ?')?.passage.section).toBe('Titre');
  });

  // "on target" typed with a space still finds the release's "on-target".
  it('joins two typed words that the release writes as one', () => {
    expect(top('résistance on target')?.passage.text).toContain('on-target');
  });

  // "… par rapport à l'osimertinib seul. Cependant, la tumeur devient résistante à ces traitements au
  // bout de 24 mois": the comparator of the sentence before is not what "ces traitements" are.
  it('does not lend a leaning sentence the comparator named in the sentence before', () => {
    expect(top("Combien de temps avant la résistance à l'osimertinib ?")?.passage.text).toContain('18 mois');
  });

  // The sentence names Pr Besse but says nothing of an age: answering it would mislead.
  it('keeps the confidence under the threshold when no sentence holds the thing asked about', () => {
    expect(top('Quel âge a le Pr Besse ?')!.confidence).toBeLessThan(ANSWER_THRESHOLD);
    expect(top('Qui est le directeur de la recherche clinique ?')!.confidence).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
  });

  // No word of the question is in the release, but "vont faire … maintenant" asks what comes next.
  it('answers a question about what comes next by its kind when none of its words is known', () => {
    expect(top('Que vont faire les chercheurs maintenant ?')?.passage.text).toContain('Nous continuerons');
  });

  // The stemmer keeps "progressent" and "progression" apart; their shared beginning brings them together.
  it('finds a word of the same family as one of the release', () => {
    expect(top('progressent')?.passage.text).toContain('survie sans progression');
  });

  // "Le samedi 14 septembre à 9h30" is a date, but says nothing of the year asked for.
  it('keeps the confidence under the threshold when a date question asks the year and the sentence has none', () => {
    const hit = top("En quelle année l'abstract a-t-il été présenté ?")!;
    expect(hit.passage.text).not.toMatch(/20\d\d/);
    expect(hit.confidence).toBeLessThan(ANSWER_THRESHOLD);
  });

  it('answers a question about the year with a sentence that holds one', () => {
    expect(answered('En quelle année MARIPOSA a-t-il été publié ?').text).toContain('janvier 2024');
  });

  it('answers a question about the hour with a sentence that holds one', () => {
    expect(answered('À quelle heure a eu lieu la présentation orale ?').text).toContain('9h30');
  });

  // "communiqué de presse" names the release itself: "presse" is no subject the title must hold.
  it('answers a question about the title of the press release with the release title', () => {
    expect(answered('Quel est le titre du communiqué de presse ?').section).toBe('Titre');
  });

  // "n°55" names the abstract; it is the number a "numéro combien" asks for.
  it('answers "numéro combien" with the number of the abstract', () => {
    expect(answered('LBA numéro combien ?').text).toContain('n°55');
  });

  it('still refuses a count of things when only the number of the abstract is there', () => {
    expect(top("Combien d'abstracts le Pr Besse a-t-il présentés ?")!.confidence).toBeLessThan(ANSWER_THRESHOLD);
  });

  // Nothing in the release says who funds the study: naming MARIPOSA and a person is not enough.
  it('keeps the confidence under the threshold when the release never says what a "qui" question asks about', () => {
    expect(top("Qui finance l'étude MARIPOSA ?")!.confidence).toBeLessThan(ANSWER_THRESHOLD);
  });

  it('answers a "qui" question whose verb the release uses', () => {
    expect(answered("Qui a présenté l'étude à l'ESMO ?").text).toContain('Besse');
  });

  // "scientifiques" is a word for the team named in the first sentence, but the question asks what comes next.
  it('answers a question about what comes next with what comes next, even when its words find another sentence', () => {
    expect(answered('Et maintenant, que prévoient les scientifiques ?').text).toContain('Nous continuerons');
  });

  it('answers "un an et demi" with the sentence that says 18 months', () => {
    expect(answered("Au bout d'un an et demi, l'osimertinib ne marche plus ?").text).toContain('18 mois');
  });

  it('reads "outre-Atlantique" as the United States', () => {
    expect(answered('Le traitement est-il autorisé outre-Atlantique ?').text).toContain('États-Unis');
  });

  // The release gives the survie sans progression, never the survie globale.
  it('keeps the confidence under the threshold when the sentence qualifies the thing asked otherwise', () => {
    expect(top('Quelle survie globale pour les patients sous association ?')!.confidence).toBeLessThan(ANSWER_THRESHOLD);
  });

  // The release names a "directeur de la recherche clinique", no other.
  it('refuses a "qui est le X" question whose X the release only names with another qualifier', () => {
    const hit = top('Qui est le directeur administratif de Gustave Roussy ?')!;
    expect(hit.passage.text).toContain('directeur de la recherche clinique');
    expect(hit.confidence).toBeLessThan(ANSWER_THRESHOLD);
  });

  // "mécanismes de résistance à l'osimertinib les plus courants": "résistance" after the thing asked is a word of the question too.
  it("answers when the word after the thing asked is one of the question's own", () => {
    expect(answered("Quel est le mécanisme principal de résistance à l'osimertinib ?").text).toContain('les plus courants');
  });

  // "aspect" and "prend en compte" frame the question; the release never says "aspect".
  it('ignores the words that only frame a question', () => {
    expect(answered('Quel aspect de la vie des patients Gustave Roussy prend-il en compte ?').text).toContain('qualité de vie');
  });

  it('answers a question about a title with the title its words point to', () => {
    expect(answered("Quel est le titre de l'abstract présenté par le Pr Besse ?").text).toContain('Mechanisms of Acquired Resistance');
  });

  // Nothing in the release speaks of a reimbursement: its next steps are about research.
  it('refuses a question about what comes next when the release does not know what it is about', () => {
    expect(top('Quelles sont les prochaines étapes pour le remboursement en France ?')!.confidence).toBeLessThan(ANSWER_THRESHOLD);
  });

  // The release names no country for the congress: a sentence without a place name cannot answer.
  it('refuses a question asking in which country when the sentence names no place', () => {
    expect(top("Dans quel pays le Pr Besse a-t-il présenté l'étude ?")!.confidence).toBeLessThan(ANSWER_THRESHOLD);
  });

  // "Non-Small" in the abstract's English title is no place name.
  it('refuses a question asking which country when only an English title has a hyphenated name', () => {
    expect(top('Quel pays a le plus de patients ?')!.confidence).toBeLessThan(ANSWER_THRESHOLD);
  });

  it('answers a question asking in which town with the sentence that names it', () => {
    expect(answered('Dans quelle ville se trouvent les sites de Gustave Roussy ?').text).toContain('Villejuif');
  });
});

describe('passage ranking over two releases', () => {
  const other = parseRelease(
    [
      '---',
      'id: institut-exemple-2024-sein',
      'title: "Cancer du sein : un nouvel essai"',
      'publisher: Institut Exemple',
      'event:',
      '  name: SABCS 2024',
      '  date: "2024-12-10T10:00"',
      '  label: mardi 10 décembre 2024, 10h',
      'language: fr',
      'sources:',
      '  - title: Institut Exemple',
      '    url: https://example.org/',
      'pressContact:',
      '  organisation: Institut Exemple',
      '  name: Jeanne Martin',
      '  email: jeanne.martin@example.org',
      '  phones:',
      '    - "+33 1 00 00 00 00"',
      '---',
      '',
      "L'Institut Exemple lance un essai sur le cancer du sein chez 300 patientes. Nous continuerons à suivre ces patientes pendant cinq ans.",
    ].join('\n'),
    'institut-exemple-2024-sein.md',
  );
  // The other release comes first in the index: by their kind alone, its sentences would come first.
  const twoReleases = createPassageSearch([...splitIntoPassages(other), ...knowledge.passages], knowledge.glossary, pipeline);

  it('answers a question about what comes next from the release its words point to', () => {
    const hit = twoReleases.search("Quelles sont les prochaines étapes pour l'équipe du Pr Besse ?")[0]!;
    expect(hit.passage.releaseId).toBe('gustave-roussy-esmo-2024-mariposa');
  });
});
