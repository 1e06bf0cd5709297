import { foldText, isStopWord, tokenizeFolded } from '../search/normalize.ts';

/**
 * Messages that are not questions about a release: small talk, and requests for
 * personal medical advice, which the bot must never answer with a passage.
 */
export type Intent = 'greeting' | 'thanks' | 'medical_advice' | null;

const GREETING_WORDS = new Set([
  'bonjour', 'bonsoir', 'salut', 'hello', 'hi', 'hey', 'coucou', 'yo', 'aide', 'help', 'aidez', 'aider', 'bienvenue',
  'bot', 'robot', 'es', 'qui', 'sais', 'peux', 'faire', 'fais', 'marche', 'fonctionne', 'utiliser', 'comment', 'ca', 'va',
  'vas', 'allez', 'quoi', 'sers', 'test', 'testing', 'ok', 'who', 'are', 'what', 'can', 'do', 'you',
]);
const THANKS_WORDS = new Set(['merci', 'thanks', 'thank', 'thx', 'beaucoup', 'super', 'parfait', 'genial', 'top', 'cool', 'bravo', 'nickel', 'bye', 'revoir', 'ciao', 'bonne', 'journee', 'soiree']);
const CORE_SMALL_TALK = new Set(['bonjour', 'bonsoir', 'salut', 'hello', 'hi', 'hey', 'coucou', 'aide', 'help', 'merci', 'thanks', 'thank', 'thx', 'bot', 'robot', 'bye', 'revoir', 'ciao', 'test']);

/** The asker speaks of themselves or of someone close. */
const PERSONAL = /(?:^|[\s,;:.!?(«"'-])(?:(?:mon|ma|mes|je|moi|nous|notre|nos|my|i|i'm|i've|me|our|mine|myself)(?=[\s,;:.!?)»"']|$)|(?:j'|m')(?=\p{L}))/u;
// "son" is left out: in French it is "his" or "her" ("le Pr Besse et son équipe"); "fils" says son.
const RELATIVE = /\b(?:pere|mere|femme|mari|fils|fille|frere|soeur|enfant|conjoint|conjointe|epoux|epouse|ami|amie|(?:un|une|mes|nos|ses|des) proches?|parent|oncle|tante|cousin|cousine|grand-mere|grand-pere|papa|maman|compagne|compagnon|voisin|voisine|collegue|wife|husband|father|mother|daughter|friend|brother|sister|dad|mom|mum|partner|grandmother|grandfather|uncle|aunt)\b/;
/**
 * Asking what to do, whether it applies, or how bad it is: the words of a request that the asker
 * or someone close must also be named in.
 */
const ADVICE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`peu[xt](?:-il|-elle|-je)?|pourrai[st]?|pourrait|pourrions|doi[st]|doivent|devrai[st]?|devrait|devrions|faut|faudrait|conseill\w*|recommand\w*`,
      String.raw`prendre|prenne|arreter|changer|remplacer|essayer|commencer|beneficier|eligible|eligibilite|acceder|participer|inscrire|traiter|soigner|guerir`,
      String.raw`grave|inquiet\w*|dangereux|chances?|esperance|survivre|pronostic|que faire|bonne idee|vaut|demander|conviendrai\w*|convien(?:t|nent|drait)|marcherai\w*|fonctionnerai\w*|va devenir`,
      String.raw`should|must|can|could|may|take|switch|stop|start|try|join|enrol\w*|enroll\w*|recommend\w*|advi[cs]e|treat\w*|worried|serious|survive|chance`,
    ].join('|') +
    String.raw`)\b`,
);
/** Someone in particular, after "pour", "à", "dans": "adapté pour lui", "indiqué dans mon cas". */
const WHOM = '(?:moi|lui|elle|eux|elles|mon|ma|mes|son|sa|ses)';
/**
 * A request that names its person in its own words: "est-ce adapté pour lui ?", "dans mon cas",
 * "je risque…", "combien de temps me reste-t-il", "right for her". Words such as "utile", "indiqué",
 * "risque" are as often about the release, so they count only aimed at someone.
 */
const ADVICE_FOR_SOMEONE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:adaptee?s?|indiquee?s?|utiles?|efficace|bon|bonne|conseillee?s?|recommandee?s?) (?:pour|a|dans) ${WHOM}|dans mon cas`,
      String.raw`(?:je|il|elle) risque|risque-t-(?:il|elle)|(?:me|lui|leur) reste|espoir pour ${WHOM}|vaut (?:le coup|la peine) pour ${WHOM}|(?:m|s)'en sortir`,
      String.raw`(?:me|lui|leur) serai(?:t|ent) (?:utiles?|adaptee?s?|benefiques?)|(?:me|le|la|lui|nous) concerne(?:nt)?|(?:trop lourde?|le mieux|mieux) pour ${WHOM}`,
      String.raw`je prends (?:du|de la|de l'|des|mon|ma|mes|le|la|les)|oublie\w* (?:ma|mon|sa|son|une) (?:dose|prise|comprime|traitement|medicament)`,
      String.raw`(?:right|safe|good|suitable) for (?:me|him|her|them|us|my|his|our)|what should (?:i|he|she|we)|(?:do|does) (?:i|he|she|we) have left|in my case`,
    ].join('|') +
    String.raw`)(?![a-z])`,
);
/** A symptom or a side effect: "c'est normal ?" asks about it. */
const SYMPTOM = /\b(?:tousse|toux|douleurs?|fatigue|boutons?|nausees?|vomi\w*|fievre|diarrhee|eruption\w*|effets? (?:secondaires?|indesirables?)|side effects?|rash|nausea)\b/;
const NORMAL = /\bnormale?\b/;
/** A health matter: a disease, a symptom, a treatment (not the release's own subjects, such as the trial's name). */
const HEALTH = /\b(?:cancer\w*|tumeur\w*|traitement\w*|traite|medicament\w*|chimio\w*|therapie\w*|amivantamab|osimertinib|lazertinib|egfr|mutation\w*|maladie|malade|symptome\w*|tousse|toux|douleurs?|fatigue|oncolog\w*|medecin|docteur|sante|guerir|dose|posologie|metasta\w*|diagnosti\w*|essai|biopsie|prise de sang|scanner|drug\w*|treatment\w*|medicine|medication|doctor|disease|sick|cough|pain|diagnos\w*|trial|therapy|lung|tagrisso|rybrevant|lazcluze|rechute\w*|boutons?|nausees?|fume\w*|fumeu\w*|perfusion\w*|infusion\w*|enceinte|grossesse|pregnan\w*)\b/;

/** "Pouvez-vous me dire…", "can you tell me…": the asker is polite, not speaking of themselves. */
const POLITE_OPENER =
  /\b(?:(?:pouvez|pourriez|peux|pourrais|voulez|voudriez|veux|voudrais)[- ](?:vous|tu)[- ](?:me|m'|nous)\s*|(?:dites|dis|expliquez|explique|indiquez|rappelez|precisez|resume|resumez|donne|donnez|redis|redites)[- ](?:moi|nous)\b|(?:can|could|would|will) you (?:please )?(?:tell|give|show|explain|remind)(?: me| us)?\b|(?:tell|give|show) (?:me|us)\b)/g;

/** "Je voudrais savoir…", "j'ai lu que…", "ma question :": the asker frames the question, and says nothing of themselves. */
const ASKER_FRAME =
  /\b(?:(?:je|j') ?(?:voudrais|aimerais|souhaite|souhaiterais|cherche a) (?:savoir|connaitre|comprendre|verifier|confirmer|un point)|je me demande|on se demande|j'ai lu|je lis|je confirme|je prepare|je boucle|je prends note|ma question|ma lecture|mon redacteur(?: en chef)?|my editor|phase (?:i{1,3}|iv|[1-4]))\b/g;

/** "Je suis infirmière en oncologie : …": the asker says who they are, not what ails them (up to "et", which may bring in someone close). */
const ROLE_INTRODUCTION =
  /\b(?:je suis|i am|i'm)\s+(?:une? |an? )?(?:journaliste|infirmier|infirmiere|medecin|docteur|pharmacien(?:ne)?|chercheur|chercheuse|oncologue|interne|redacteur|redactrice|attachee? de presse|chargee? de communication|pigiste|journalist|reporter|editor|nurse|doctor|physician|pharmacist|researcher)\b(?:(?! et | and )[^:,;.!?])*/g;

/** "Pour mon article : …": the asker's work, not their health. */
const WORK_CONTEXT =
  /\b(?:pour|dans|de) (?:mon|ma|notre|nos|mes) (?:article|papier|sujet|reportage|depeche|infographie|emission|podcast|chronique|redaction|journal|lecteurs|lectrices|auditeurs|equipe|service|newsletter|unite|hopital)s?\b|\b(?:for|in) (?:my|our) (?:article|story|piece|report|readers|newsroom|team|newsletter)s?\b|\b(?:i'm|i am) writing\b/g;

/**
 * A request for personal medical advice, about a health matter: one that names its person in its
 * own words, or the asker or someone close asking what to do, or whether a symptom is normal.
 */
function asksMedicalAdvice(folded: string): boolean {
  const asked = folded.replace(POLITE_OPENER, ' ').replace(ASKER_FRAME, ' ').replace(ROLE_INTRODUCTION, ' ').replace(WORK_CONTEXT, ' ');
  if (!HEALTH.test(asked)) return false;
  if (ADVICE_FOR_SOMEONE.test(asked)) return true;
  const asking = ADVICE.test(asked) || (NORMAL.test(asked) && SYMPTOM.test(asked));
  return asking && (PERSONAL.test(asked) || RELATIVE.test(asked));
}

export function detectIntent(question: string): Intent {
  const folded = foldText(question);
  if (asksMedicalAdvice(folded)) return 'medical_advice';
  const words = tokenizeFolded(folded);
  if (words.length === 0 || words.length > 12) return null;
  if (!words.some((word) => CORE_SMALL_TALK.has(word))) return null;
  const onlySmallTalk = words.every((word) => GREETING_WORDS.has(word) || THANKS_WORDS.has(word) || isStopWord(word));
  if (!onlySmallTalk) return null;
  return words.some((word) => THANKS_WORDS.has(word) && CORE_SMALL_TALK.has(word)) ? 'thanks' : 'greeting';
}
