/** How French words are written, for tokenising: elisions, hooked pronouns, readings kept whole. */
export const frenchWords = {
  /** The words French elides before a vowel: "l'essai" is "essai", "qu'est" is "est". */
  elided: ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'],
  /** Pronouns hooked to a verb by a hyphen in questions: "peut-il", "a-t-elle", "pouvez-vous", "dites-moi". */
  hookedPronouns: ['il', 'elle', 'ils', 'elles', 'on', 'je', 'tu', 'nous', 'vous', 'moi', 'toi', 't', 'y', 'en', 'le', 'la', 'les', 'lui', 'leur'],
  /**
   * Words with an apostrophe read as one word before elisions are split off (folded text, whole
   * words): "aujourd'hui" is no elision, and "qu'est-ce que" asks what something is where
   * "est-ce que" only asks yes or no.
   */
  keptWhole: [
    { pattern: "aujourd'hui", as: 'aujourdhui' },
    { pattern: "qu'est[- ]ce", as: 'questce' },
  ],
  /** Stop words beyond the `stopword` package's lists: the words kept whole above that say nothing. */
  stopWords: ['questce'],
  /** Shorter stems keep their final "e": "ide" (idée) must not become "id". */
  minStemBeforeFinalE: 4,
};
