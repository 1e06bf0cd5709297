/**
 * What marks a sentence of a release as holding a kind of answer: a cause, a purpose, what comes
 * next, a definition, a person, a place. Phrases are folded (lower case, no accents, straight
 * apostrophes) unless said otherwise; a phrase ending in an elided word ("afin d") matches it
 * before its apostrophe ("afin d'analyser").
 */
export const passageCues = {
  /** A cause: "grâce à", "parce que", "permet". */
  cause: ['grace a', 'car', 'parce que', 'en raison d', 'permet', 'permettent', 'afin d', 'pour lutter', 'because'],
  /** What a study or a measure is for: "vise à analyser", "afin de", "objectif". */
  purpose: [
    'vise a', 'visent a', 'visant a', 'visait a', 'afin d', 'objectif', 'objectifs', 'dans le but d', 'pour analyser', 'pour comprendre', 'pour etudier',
    'pour evaluer', 'pour lutter', 'pour apprendre', 'pour travailler', 'pour trouver',
  ],
  /** What comes next: whole words ("prochaine étape", "perspectives"). */
  futureWords: ['prochaine?s?', 'perspectives?', 'poursuivre', 'avenir'],
  /** Endings of verbs in the future tense ("nous analyserons", "ils pourront"), on words at least `futureEndingMinWord` long. */
  futureEndings: ['ron[st]'],
  futureEndingMinWord: 6,
  /** What follows a word being defined: "X est un …", "X (un autre …)", "X, c'est-à-dire …", "X désigne …". */
  definition: [
    '(?:est|constitue|represente|reste) (?:un|une|dit|dite|appelee?)(?![a-z])', String.raw`\((?:un|une|le|la|les)\s`, "c'est-a-dire", 'designe(?![a-z])',
  ],
  /** Nouns that name a person's role or a body in apposition: "Benjamin Besse, directeur de …". */
  appositionNouns: [
    'directeur', 'directrice', 'president', 'presidente', 'chef', 'responsable', 'professeur', 'professeure', 'medecin', 'oncologue', 'chercheur',
    'chercheuse', 'fondateur', 'fondatrice', 'specialiste', 'expert', 'experte', 'pilier', 'pole', 'centre', 'institut',
  ],
  /** Titles before a person's name, as written (not folded): "Pr Besse", "Dr. Martin". */
  personTitles: ['Pr', 'Dr', 'Pre', 'Professeur', 'professeur', 'Docteur', 'docteur', 'Mme', 'Mr'],
  /** Prepositions before a place's name, as written: "à Villejuif", "aux États-Unis"; "En France" opening a sentence. */
  placePrepositions: ['à', 'aux', 'en', 'au'],
  placeOpening: 'En',
  /**
   * What a sentence names after these it does not lend to the sentence after it: "… une amélioration
   * par rapport à l'osimertinib seul. Cependant, la tumeur devient résistante à ces traitements"
   * speaks of the treatment compared, not of its comparator.
   */
  comparators: ['par rapport (?:a|aux?)', 'comparee?s? (?:a|aux?)', 'versus', 'vs', 'face (?:a|aux?)'],
};
