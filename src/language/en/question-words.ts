import type { QuestionKind } from '../question-kinds.ts';

/**
 * English words of questions: journalists ask in English too, so the French data takes these in.
 * English stop words come from the `stopword` package.
 */
export const englishQuestionWords = {
  /** Words after which a question names what it counts ("how many patients"). */
  counting: ['many', 'much'],
  /** Words after which a question names the thing it asks about ("which drug"). */
  asking: ['which'],
  /** Words after which a question names who it asks about. */
  who: ['who'],
  /** Words between "which"/"who" and the thing asked ("who is the …", "which was the …"). */
  linking: ['is', 'are', 'was', 'were', 'the', 'has', 'have', 'had', 'will', 'can', 'did', 'does'],
  /** Nouns that ask for a place's name ("which city"). */
  placeNouns: ['city', 'cities', 'country', 'countries'],
  /** Nouns that a study's name follows or precedes ("the FLAURA2 trial", "trial HELIOS"). */
  studyNouns: ['trial', 'trials', 'study', 'studies'],
};

/** English cue words of each kind of question. */
export const englishQuestionCues: Record<QuestionKind, string[]> = {
  percentage: ['what share', 'percentage', 'percent', 'rate', 'how common', 'how often', 'how frequent'],
  count: ['how many', 'number of', 'total number of', 'how much'],
  duration: ['how long'],
  date: ['when', 'what day', 'what time', 'what date', 'what year', 'which year', 'what month'],
  year: ['what year', 'which year', 'in which year', 'in what year'],
  hour: ['what time', 'at what time'],
  person: ['who', 'who is'],
  place: ['where', 'located', 'which country', 'what country'],
  definition: ['what is', 'what are', 'what does', 'who is', 'what kind of', 'what type of'],
  cause: ['why', 'how come'],
  future: ['next steps', 'future', 'what next', 'do next', 'will do', 'plan to', 'plans'],
  purpose: ['aim', 'aims', 'goal', 'purpose', 'what for'],
  title: ['title', 'what is it about', 'summary', 'headline'],
};

/** English words that frame a question without saying what it is about ("please tell me…"). */
export const englishFramingWords = [
  'tell', 'know', 'explain', 'mean', 'means', 'say', 'says', 'said', 'according', 'please', 'exactly', 'actually', 'really', 'give', 'find',
  'does', 'did', 'done', 'get', 'got', 'can', 'could', 'would', 'will', 'shall', 'may', 'might', 'used', 'use', 'there', 'any', 'anything',
  'something', 'much', 'also', 'still', 'describe', 'wondering', 'ask', 'want', 'need', 'looking', 'provide', 'clarify', 'thing', 'play',
  'happen', 'regarding', 'refers', 'kindly', 'briefly',
];
