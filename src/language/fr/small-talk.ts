/**
 * Messages that are not questions: a message made only of these words (and stop words) is small
 * talk, answered with what the bot can do. Folded, as `foldText` gives them.
 */
export const smallTalk = {
  /** Greetings, which may also open a real question ("bonjour, combien de patients ?"). */
  hellos: ['bonjour', 'bonsoir', 'salut', 'hello', 'hi'],
  /** Other words that alone make a message a call to the bot. */
  calls: ['hey', 'coucou', 'aide', 'help', 'bot', 'robot', 'test'],
  /** Thanks and goodbyes: a message with one of these is a thank-you. */
  thankYous: ['merci', 'thanks', 'thank', 'thx', 'bye', 'revoir', 'ciao'],
  /** Words that go with a greeting or a call and say nothing more ("salut, tu fais quoi ?"). */
  greetingCompanions: [
    'yo', 'aidez', 'aider', 'bienvenue', 'es', 'qui', 'sais', 'peux', 'faire', 'fais', 'marche', 'fonctionne', 'utiliser', 'comment', 'ca', 'va', 'vas',
    'allez', 'quoi', 'sers', 'testing', 'ok', 'who', 'are', 'what', 'can', 'do', 'you',
  ],
  /** Words that go with thanks ("merci beaucoup, bonne journée"). */
  thanksCompanions: ['beaucoup', 'super', 'parfait', 'genial', 'top', 'cool', 'bravo', 'nickel', 'bonne', 'journee', 'soiree'],
  /** A message longer than this many words is taken for a question. */
  maxWords: 12,
};
