/** English small talk, which the French data takes in (same fields as `fr/small-talk.ts`). */
export const englishSmallTalk = {
  hellos: ['hello', 'hi'],
  calls: ['hey', 'help'],
  thanks: ['thanks'],
  farewells: ['thank', 'thx', 'bye'],
  greetingCompanions: ['testing', 'who', 'are', 'what', 'can', 'do', 'you'],
  thanksCompanions: [] as string[],
};
