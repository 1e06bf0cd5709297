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
const RELATIVE = /\b(?:pere|mere|femme|mari|fils|fille|frere|soeur|enfant|conjoint|conjointe|epoux|epouse|ami|amie|proche|parent|oncle|tante|cousin|cousine|grand-mere|grand-pere|papa|maman|compagne|compagnon|voisin|voisine|collegue|wife|husband|father|mother|son|daughter|friend|brother|sister|dad|mom|mum|partner|grandmother|grandfather|uncle|aunt)\b/;
/** Asking what to do, whether it applies or suits them, whether it is normal, or how bad it is. */
const ADVICE = /\b(?:peu[xt](?:-il|-elle|-je)?|pourrai[st]?|pourrait|pourrions|doi[st]|doivent|devrai[st]?|devrait|devrions|faut|faudrait|conseill\w*|recommand\w*|prendre|prenne|arreter|changer|remplacer|essayer|commencer|beneficier|eligible|eligibilite|acceder|participer|inscrire|traiter|soigner|guerir|grave|inquiet\w*|dangereux|chances?|esperance|survivre|pronostic|que faire|bonne idee|vaut|demander|adaptee?s?|conviendrai\w*|convien(?:t|nent|drait)|marcherai\w*|fonctionnerai\w*|normale?|va devenir|(?:me|lui|leur) reste|indiquee?s?|utiles?|efficace pour|(?:me|le|la|les|lui|nous) concerne\w*|risque\w*|espoir|vaut le coup|trop lourd\w*|(?:m|s)'en sortir|comment faire pour|vous pensez|pour (?:moi|lui|elle|eux|elles)|prends|oublie\w*|right for|safe|what should|do next|(?:do|does) (?:i|he|she|we) have left|should|must|can|could|may|take|switch|stop|start|try|join|enrol\w*|enroll\w*|eligible|recommend\w*|advi[cs]e|treat\w*|worried|serious|survive|chance)\b/;
/** A health matter: a disease, a symptom, a treatment. */
const HEALTH = /\b(?:cancer\w*|tumeur\w*|traitement\w*|traite|medicament\w*|chimio\w*|therapie\w*|amivantamab|osimertinib|lazertinib|egfr|mutation\w*|maladie|malade|symptome\w*|tousse|toux|douleurs?|fatigue|oncolog\w*|medecin|docteur|sante|guerir|dose|posologie|metasta\w*|diagnosti\w*|essai|biopsie|prise de sang|scanner|drug\w*|treatment\w*|medicine|medication|doctor|disease|sick|cough|pain|diagnos\w*|trial|therapy|lung|tagrisso|rybrevant|lazcluze|rechute\w*|boutons?|marqueurs?|exon|deletion|fume\w*|fumeu\w*|perfusion\w*|infusion\w*|enceinte|grossesse|pregnan\w*|progresse\w*|progressed|mariposa|dose)\b/;

/** "Pouvez-vous me dire…", "can you tell me…": the asker is polite, not speaking of themselves. */
const POLITE_OPENER =
  /\b(?:(?:pouvez|pourriez|peux|pourrais|voulez|voudriez|veux|voudrais)[- ](?:vous|tu)[- ](?:me|m'|nous)\s*|(?:dites|dis|expliquez|explique|indiquez|rappelez|precisez)[- ](?:moi|nous)\b|(?:can|could|would|will) you (?:please )?(?:tell|give|show|explain|remind)(?: me| us)?\b|(?:tell|give|show) (?:me|us)\b)/g;

/** "Je suis infirmière en oncologie : …": the asker says who they are, not what ails them. */
const ROLE_INTRODUCTION =
  /\b(?:je suis|i am|i'm)\s+(?:une? |an? )?(?:journaliste|infirmier|infirmiere|medecin|docteur|pharmacien(?:ne)?|chercheur|chercheuse|oncologue|interne|redacteur|redactrice|attachee? de presse|chargee? de communication|journalist|reporter|editor|nurse|doctor|physician|pharmacist|researcher)\b[^:,;.!?]*/g;

/** "Pour mon article : …": the asker's work, not their health. */
const WORK_CONTEXT =
  /\b(?:pour|dans|de) (?:mon|ma|notre|nos|mes) (?:article|papier|sujet|reportage|depeche|infographie|emission|podcast|chronique|redaction|journal|lecteurs|lectrices|auditeurs|equipe|service)s?\b|\b(?:for|in) (?:my|our) (?:article|story|piece|report|readers|newsroom|team)s?\b/g;

export function detectIntent(question: string): Intent {
  const folded = foldText(question);
  const asked = folded.replace(POLITE_OPENER, ' ').replace(ROLE_INTRODUCTION, ' ').replace(WORK_CONTEXT, ' ');
  if ((PERSONAL.test(asked) || RELATIVE.test(asked)) && ADVICE.test(asked) && HEALTH.test(asked)) return 'medical_advice';
  const words = tokenizeFolded(folded);
  if (words.length === 0 || words.length > 12) return null;
  if (!words.some((word) => CORE_SMALL_TALK.has(word))) return null;
  const onlySmallTalk = words.every((word) => GREETING_WORDS.has(word) || THANKS_WORDS.has(word) || isStopWord(word));
  if (!onlySmallTalk) return null;
  return words.some((word) => THANKS_WORDS.has(word) && CORE_SMALL_TALK.has(word)) ? 'thanks' : 'greeting';
}
