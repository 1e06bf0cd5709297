import { englishMedicalAdvice as english } from '../en/medical-advice.ts';

/**
 * What makes a message a request for personal medical advice, which the bot never answers with a
 * passage. Each entry is a list of alternatives of a regular expression over folded text (lower
 * case, no accents, straight apostrophes), French first, then English (`en/medical-advice.ts`).
 * Names of the release's own medicines come from the glossary (`healthNames`), not from here.
 */
export const medicalAdvice = {
  /** The asker speaks of themselves. Matched as whole words, before a space, punctuation or the end. */
  personalWords: ['mon', 'ma', 'mes', 'je', 'moi', 'nous', 'notre', 'nos', ...english.personalWords],
  /** Elided forms that say the same: "j'ai", "m'a". */
  personalElisions: ["j'", "m'"],
  /**
   * Someone close. "son" is left out: in French it is "his" or "her" ("le Pr Besse et son équipe");
   * "fils" says son.
   */
  relatives: [
    'pere', 'mere', 'femme', 'mari', 'fils', 'fille', 'frere', 'soeur', 'enfant', 'conjoint', 'conjointe', 'epoux', 'epouse', 'ami', 'amie',
    '(?:un|une|mes|nos|ses|des) proches?', 'parent', 'oncle', 'tante', 'cousin', 'cousine', 'grand-mere', 'grand-pere', 'papa', 'maman', 'compagne',
    'compagnon', 'voisin', 'voisine', 'collegue', ...english.relatives,
  ],
  /** Asking what to do, whether it applies, or how bad it is: the asker or someone close must also be named. */
  asking: [
    String.raw`peu[xt](?:-il|-elle|-je)?`, String.raw`pourrai[st]?`, 'pourrait', 'pourrions', String.raw`doi[st]`, 'doivent', String.raw`devrai[st]?`,
    'devrait', 'devrions', 'faut', 'faudrait', String.raw`conseill\w*`, String.raw`recommand\w*`,
    'prendre', 'prenne', 'arreter', 'changer', 'remplacer', 'essayer', 'commencer', 'beneficier', 'eligible', 'eligibilite', 'acceder', 'participer',
    'inscrire', 'traiter', 'soigner', 'guerir',
    'grave', String.raw`inquiet\w*`, 'dangereux', 'chances?', 'esperance', 'survivre', 'pronostic', 'que faire', 'bonne idee', 'vaut', 'demander',
    String.raw`conviendrai\w*`, 'convien(?:t|nent|drait)', String.raw`marcherai\w*`, String.raw`fonctionnerai\w*`, 'va devenir',
    ...english.asking,
  ],
  /** Someone in particular, after "pour", "à", "dans": "adapté pour lui", "indiqué dans mon cas". */
  whom: ['moi', 'lui', 'elle', 'eux', 'elles', 'mon', 'ma', 'mes', 'son', 'sa', 'ses'],
  /**
   * A request that names its person in its own words ("est-ce adapté pour lui ?", "je risque…",
   * "combien de temps me reste-t-il"). Words such as "utile", "indiqué", "risque" are as often
   * about the release, so they count only aimed at someone. `{whom}` stands for `whom` above.
   */
  forSomeone: [
    '(?:adaptee?s?|indiquee?s?|utiles?|efficace|bon|bonne|conseillee?s?|recommandee?s?) (?:pour|a|dans) {whom}', 'dans mon cas',
    '(?:je|il|elle) risque', 'risque-t-(?:il|elle)', '(?:me|lui|leur) reste', 'espoir pour {whom}', 'vaut (?:le coup|la peine) pour {whom}', "(?:m|s)'en sortir",
    '(?:me|lui|leur) serai(?:t|ent) (?:utiles?|adaptee?s?|benefiques?)', '(?:me|le|la|lui|nous) concerne(?:nt)?', '(?:trop lourde?|le mieux|mieux) pour {whom}',
    "je prends (?:du|de la|de l'|des|mon|ma|mes|le|la|les)", String.raw`oublie\w* (?:ma|mon|sa|son|une) (?:dose|prise|comprime|traitement|medicament)`,
    ...english.forSomeone,
  ],
  /** A symptom or a side effect: "c'est normal ?" asks about it. */
  symptoms: [
    'tousse', 'toux', 'douleurs?', 'fatigue', 'boutons?', 'nausees?', String.raw`vomi\w*`, 'fievre', 'diarrhee', String.raw`eruption\w*`,
    'effets? (?:secondaires?|indesirables?)', ...english.symptoms,
  ],
  /** Asking whether a symptom is normal. */
  normal: ['normale?'],
  /** A health matter: a disease, a symptom, a treatment (not the release's own subjects, such as the trial's name). */
  health: [
    String.raw`cancer\w*`, String.raw`tumeur\w*`, String.raw`traitement\w*`, 'traite', String.raw`medicament\w*`, String.raw`chimio\w*`, String.raw`therapie\w*`,
    'egfr', String.raw`mutation\w*`, 'maladie', 'malade', String.raw`symptome\w*`, 'tousse', 'toux', 'douleurs?', 'fatigue', String.raw`oncolog\w*`, 'medecin',
    'docteur', 'sante', 'guerir', 'dose', 'posologie', String.raw`metasta\w*`, String.raw`diagnosti\w*`, 'essai', 'biopsie', 'prise de sang', 'scanner',
    String.raw`rechute\w*`, 'boutons?', 'nausees?', String.raw`fume\w*`, String.raw`fumeu\w*`, String.raw`perfusion\w*`, String.raw`infusion\w*`, 'enceinte',
    'grossesse', ...english.health,
  ],
  /*
   * What a message may hold that says nothing of the asker's health, taken out before the rest is
   * read, in this order: a polite opener, a frame, who the asker is, and their work.
   */
  /** "Pouvez-vous me dire…", "dites-moi…": the asker is polite, not speaking of themselves. */
  politeOpeners: [
    String.raw`(?:pouvez|pourriez|peux|pourrais|voulez|voudriez|veux|voudrais)[- ](?:vous|tu)[- ](?:me|m'|nous)\s*`,
    String.raw`(?:dites|dis|expliquez|explique|indiquez|rappelez|precisez|resume|resumez|donne|donnez|redis|redites)[- ](?:moi|nous)\b`,
    ...english.politeOpeners,
  ],
  /** "Je voudrais savoir…", "j'ai lu que…", "ma question :", "phase III": the asker frames the question. */
  askerFrames: [
    "(?:je|j') ?(?:voudrais|aimerais|souhaite|souhaiterais|cherche a) (?:savoir|connaitre|comprendre|verifier|confirmer|un point)", 'je me demande',
    'on se demande', "j'ai lu", 'je lis', 'je confirme', 'je prepare', 'je boucle', 'je prends note', 'ma question', 'ma lecture', 'mon redacteur(?: en chef)?',
    ...english.askerFrames, 'phase (?:i{1,3}|iv|[1-4])',
  ],
  /** "Je suis infirmière en oncologie : …": the asker says who they are, up to a word that may bring in someone close. */
  roleIntroduction: {
    openings: ['je suis', ...english.roleIntroduction.openings],
    articles: ['une? ', ...english.roleIntroduction.articles],
    roles: [
      'journaliste', 'infirmier', 'infirmiere', 'medecin', 'docteur', 'pharmacien(?:ne)?', 'chercheur', 'chercheuse', 'oncologue', 'interne', 'redacteur',
      'redactrice', 'attachee? de presse', 'chargee? de communication', 'pigiste', ...english.roleIntroduction.roles,
    ],
    and: ['et', english.roleIntroduction.and],
  },
  /** "Pour mon article : …": the asker's work, not their health. */
  workMentions: [
    String.raw`\b(?:pour|dans|de) (?:mon|ma|notre|nos|mes) (?:article|papier|sujet|reportage|depeche|infographie|emission|podcast|chronique|redaction|journal|lecteurs|lectrices|auditeurs|equipe|service|newsletter|unite|hopital)s?\b`,
    ...english.workMentions,
  ],
};
