/**
 * How French release text is written, for splitting a release into sentences and figures:
 * abbreviations that a full stop does not end, openings that lean on the sentence before, and
 * the words of dates, durations and counts. Lower case unless said otherwise.
 */
export const frenchReleaseText = {
  /** A full stop after these ends no sentence ("Pr. Besse", "Tel. +33", "M. Dupont"). */
  abbreviations: [
    'pr', 'dr', 'm', 'mm', 'mme', 'mmes', 'mlle', 'me', 'st', 'ste', 'tel', 'tél', 'fax', 'cf', 'etc', 'vs', 'env', 'av', 'bd', 'no', 'n°', 'p', 'pp', 'vol',
    'fig', 'réf', 'ref', 'coll', 'éd', 'ed', 'inc', 'jr', 'sr', 'al', 'approx',
  ],
  /** Openings that refer back to the sentence before: connectives and demonstratives (straight apostrophes). */
  leaningOpenings: [
    'ainsi', 'cependant', 'par ailleurs', 'et ', 'mais', 'donc', 'en effet', 'de plus', 'enfin', 'toutefois', 'néanmoins', 'pourtant', 'en revanche',
    'alors', 'ce ', 'cet ', 'cette ', 'ces ', 'dans cet', 'dans ce ', 'dans cette', 'il ', 'elle ', 'ils ', 'elles ', "l'un ", "l'une ", "l'autre ",
    'les deux ', 'celui', 'celle',
  ],
  /** Words that refer back even inside the opening ("Les patients peuvent alors…", "Pour lutter contre ces…"). */
  leaningWords: ['alors', 'ainsi', 'donc', 'cependant', 'ces', 'cette', 'cet'],
  months: ['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre'],
  days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  unitsOfTime: ['ans', 'an', 'années', 'année', 'mois', 'semaines', 'semaine', 'jours', 'jour', 'heures', 'heure', 'minutes'],
  /** What may stand before a figure and belongs to it ("plus de 1 000 patients", "près de 10 %"). */
  approximately: ['plus de', 'moins de', 'près de', 'pres de', 'environ', 'au moins', "jusqu['’]à"],
  /** Words after a number that say it counts nothing ("18 dans", "3 et 4"). */
  notCounted: ['dans', 'de', 'des', 'du', 'et', 'ou', 'à', 'en', 'au', 'aux', 'sur', 'par', 'pour', 'avec'],
};
