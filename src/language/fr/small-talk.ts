import { englishSmallTalk as english } from '../en/small-talk.ts';

/**
 * Messages that are not questions: a message made only of these words (and stop words) is small
 * talk, answered with what the bot can do. Folded, as `foldText` gives them; French, then English.
 */
export const smallTalk = {
  /** Greetings, which may also open a real question ("bonjour, combien de patients ?"). */
  hellos: ['bonjour', 'bonsoir', 'salut', ...english.hellos],
  /** Other words that alone make a message a call to the bot. */
  calls: ['coucou', 'aide', 'bot', 'robot', 'test', ...english.calls],
  /** Thanks, which may also end a real question ("combien de patients ? merci"). A message with one is a thank-you. */
  thanks: ['merci', ...english.thanks],
  /** Other thanks and goodbyes: a message with one of these is a thank-you too. */
  farewells: ['revoir', 'ciao', ...english.farewells],
  /** Words that go with a greeting or a call and say nothing more ("salut, tu fais quoi ?"). */
  greetingCompanions: [
    'yo', 'aidez', 'aider', 'bienvenue', 'es', 'qui', 'sais', 'peux', 'faire', 'fais', 'marche', 'fonctionne', 'utiliser', 'comment', 'ca', 'va', 'vas',
    'allez', 'quoi', 'sers', 'ok', ...english.greetingCompanions,
  ],
  /** Words that go with thanks ("merci beaucoup, bonne journée"). */
  thanksCompanions: ['beaucoup', 'super', 'parfait', 'genial', 'top', 'cool', 'bravo', 'nickel', 'bonne', 'journee', 'soiree', ...english.thanksCompanions],
  /** A message longer than this many words is taken for a question. */
  maxWords: 12,
};
