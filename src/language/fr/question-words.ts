import { englishFramingWords, englishQuestionCues, englishQuestionWords } from '../en/question-words.ts';
import type { QuestionKind } from '../question-kinds.ts';
import { smallTalk } from './small-talk.ts';

/** The cue words of each kind of question, French first, then English. */
export const questionCues: Record<QuestionKind, string[]> = joinedCues(
  {
    percentage: ['pourcentage', 'taux', 'proportion', 'fréquence', 'fréquent', 'fréquente', 'quelle part'],
    count: ['nombre', 'effectif', 'combien', 'taille'],
    duration: [
      'combien de temps', 'combien de tps', 'cb de temps', 'cb de tps', 'au bout de combien', 'après combien', 'durée', 'délai', 'combien de mois',
      "combien d'années", 'en combien de temps',
    ],
    date: ['quand', 'quelle date', 'quel jour de la semaine', 'quel jour', 'à quelle heure', 'quelle heure', 'date', 'quelle année', 'quel mois', 'en quelle année', 'depuis quand'],
    year: ['quelle année', 'en quelle année'],
    hour: ['à quelle heure', 'quelle heure', 'horaire'],
    person: ['qui', 'quel médecin', 'quel professeur', 'quel chercheur', 'nom', 'qui est', "c'est qui", 'c qui'],
    place: ['où', 'dans quelle ville', 'dans quelles villes', 'situé', 'se trouve', 'se trouvent', 'implantation', 'quel pays', 'quels pays', 'dans quel pays'],
    definition: [
      "qu'est-ce qui", "qu'est-ce que", "qu'est ce que", "c'est quoi", 'c quoi', 'ça veut dire', 'que veut dire', 'signifie', 'définition', 'quoi',
      'qui est', "c'est qui", 'c qui', 'comment appelle-t-on', "comment s'appelle", 'quel type de', 'quelle famille', 'de quel type', 'quel genre de',
    ],
    cause: ['pourquoi', 'pour quelle raison', 'comment expliquer', 'grâce à quoi', "d'où vient", 'à quoi est dû', "qu'est-ce qui explique", 'explication', 'raison'],
    future: [
      'quelle suite', 'prochaines étapes', 'prochaine étape', 'la suite', 'et après', 'ensuite', 'maintenant', 'perspectives', 'avenir', 'à venir',
      'vont faire', 'va faire', 'comptent', 'compte faire', 'prévoient', 'envisagent',
    ],
    purpose: ['objectif', 'objectifs', 'but', 'buts', 'vise', 'visait', 'viser', 'à quoi sert', 'pourquoi cette étude'],
    title: ['titre', 'intitule', 'de quoi parle', 'en une phrase', 'résumé', 'résumer', 'en bref', 'en résumé', 'sujet du communiqué', 'message principal', 'à retenir'],
  },
  englishQuestionCues,
);

function joinedCues(french: Record<QuestionKind, string[]>, english: Record<QuestionKind, string[]>): Record<QuestionKind, string[]> {
  return Object.fromEntries(Object.entries(french).map(([kind, cues]) => [kind, [...cues, ...english[kind as QuestionKind]]])) as Record<QuestionKind, string[]>;
}

/** How a question names what it asks about, in French and English. */
export const questionReading = {
  /** Words after which a question names what it counts ("combien de salariés"). */
  counting: ['combien', 'nombre', ...englishQuestionWords.counting],
  /** Words after which a question names the thing it asks about ("quel âge"). */
  asking: ['quel', 'quelle', 'quels', 'quelles', ...englishQuestionWords.asking],
  /** Words after which a question names who it asks about, or what they do ("qui finance …"). */
  who: ['qui', ...englishQuestionWords.who],
  /** Words that may sit between "quel" or "qui" and the thing asked ("quelle est la …", "qui a présenté …"). */
  linking: [
    'est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'a', 'ont', 'avait', 'avaient', 'aura',
    'auront', 'va', 'vont', 'peut', 'peuvent', 'doit', 'doivent', ...englishQuestionWords.linking,
  ],
  /** Nouns that ask for a place's name: "dans quelle ville", "quel pays" (a closed list: "région" may be a part of a molecule). */
  placeNouns: ['ville', 'villes', 'pays', ...englishQuestionWords.placeNouns],
  /**
   * The words that ask, which a typo must not hide ("poruquoi", "cmbien"): a mistyped "pourquoi"
   * would weigh as a word the release does not know.
   */
  mendedWhenMistyped: ['pourquoi', 'combien', 'comment', 'quelle', 'quelles', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  /**
   * Folding makes "où" (where) and "ou" (or) one word. `where` is the word as written with its
   * accent; the folded "ou" still means "où" after `whereAfter` ("là où", "par où") and after the
   * elided words `whereElided` ("d'où", "jusqu'où").
   */
  where: 'où',
  whereFolded: 'ou',
  whereAfter: ['la', 'par'],
  whereElided: ['d', 'jusqu'],
  /**
   * Nouns that a study's name follows ("l'essai HELIOS", "l'étude FLAURA2"): a name there that no
   * release knows says the question is about another study.
   */
  studyNouns: ['essai', 'essais', 'etude', 'etudes', ...englishQuestionWords.studyNouns],
  /** Endings of adjectives (folded): "globale", "général", "clinique", "ciblée", "métastatique". */
  adjectiveEndings: ['ale?s?', 'aux', 'iques?', 'ifs?', 'ives?', 'eux', 'euses?', 'elle?s?', 'els', 'aires?', 'ibles?', 'ables?', 'iennes?', 'iens?', 'aines?', 'ains?', 'ees?', 'ante?s?'],
};

/**
 * Words that frame a question without saying what it is about ("expliquer", "correspond"): the
 * search leaves them out. Greetings are among them ("bonjour, combien de patients ?").
 */
export const framingWords = [
  'rappeler', 'rappelle', 'expliquer', 'explique', 'expliquez', 'dire', 'dites', 'savoir', 'connaître', 'exactement', 'exact', 'précis', 'précisément',
  'chiffre', 'chiffres', 'correspond', 'correspondre', 'renvoie', 'concerne', 'concernant', 'parle', 'mentionné', 'indiqué', 'communiqué', 'info',
  'infos', 'information', 'informations', 'détail', 'détails', 'préciser', 'précisez', 'donner', 'donnez', 'trouve', 'retrouve', 'retrouver', 'veut',
  'voudrais', 'aimerais', 'pouvez', 'pourriez', 'peux', 'savez', 'sais', 'actuellement', 'svp', 'stp', 'dit-on', 'selon', 'vrai', 'cela', 'chose',
  'quelque', "quelqu'un", 'aussi', 'déjà', 'bien', 'question', 'réponse', 'texte', 'avant', 'après', 'besoin', 'remonte', 'apporte', 'apportent',
  'infographie', 'article', 'papier', 'dépêche', 'sujet', 'moments', 'moment', 'indique', 'annonce', 'annoncé', "aujourd'hui", 'comment', 'ça',
  'environ', 'sous', 'part', 'dehors', 'même', 'mêmes', 'peut', 'peuvent', 'pourrait', 'pouvoir', 'puis', 'puisse', 'faut', 'faudrait', 'va', 'vont',
  'aller', 'doit', 'doivent', 'devrait', 'fait', 'faire', 'existe', 'existe-t-il', 'y a-t-il', 'genre', 'vraiment', 'alors', 'donc', 'encore',
  'toujours', 'jamais',
  // "quelle place occupe…", "en quoi consiste…"
  'occupe', 'occupent', 'occuper', 'place', 'joue', 'jouent', 'consiste', 'consistent', 'passe', 'passent', 'arrive', 'arrivent', 'déroule',
  'déroulent', 'tient', 'tiennent', 'repose', 'reposent', 'inscrit', 'inscrivent', 'ressort', 'pose', 'figure', 'dispose', 'possède', 'avère',
  'semble', 'semblent', 'demande', 'demandent', 'interroge', 'cherche', 'souhaite', 'voulez', 'veuillez', 'pouvons', 'sait', 'saurais', 'connaît',
  'connaissez', 'entend', 'entendu', 'pense', 'éclairer', 'renseigner', 'clarifier', 'confirmer', 'vérifier', 'décrire', 'décrivez', 'description',
  'détailler', 'énumérer', 'liste', 'raconter', 'évoque', 'aborde', 'désigne', 'qualifier', 'définir', 'fournir', 'partager', 'envoyer',
  'télécharger', 'intéresse', 'noter', 'correspondent', 'expliquent', 'disent', 'parlent', 'indiquent', 'retrouvent', 'existent', 'renvoient',
  'aspect', 'élément', 'façon', 'contexte', 'idée', 'contenu', 'mots', 'volet', 'domaine', 'côté', 'matière', 'égard', 'exemple', 'quid',
  'concrètement', 'brièvement', 'simplement', 'peut-être', 'justement', 'réellement', 'plutôt', 'également', 'plaît', 'remercie', 'cordialement',
  'excusez',
  ...englishFramingWords,
  ...smallTalk.hellos,
  ...smallTalk.thanks,
];
