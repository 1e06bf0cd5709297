import { stemmer as snowballFrench } from '@orama/stemmers/french';
import { eng as englishStopWords } from 'stopword/src/stopwords_eng.js';
import { fra as frenchStopWords } from 'stopword/src/stopwords_fra.js';
import { foldText } from '../../text/fold.ts';
import { defineLanguage, type Language, type LanguageData } from '../language.ts';
import { medicalAdvice } from './medical-advice.ts';
import { passageCues } from './passage-cues.ts';
import { framingWords, questionCues, questionReading } from './question-words.ts';
import { smallTalk } from './small-talk.ts';
import { frenchReleaseText } from './release-text.ts';
import { frenchWords } from './words.ts';

/** English stop words are in: questions come in English too, and English words are no subject. */
const stopWords = new Set([...frenchStopWords, ...englishStopWords, ...frenchWords.stopWords].map((word) => foldText(word)));

/** Light French stemming (Snowball) on folded tokens. */
function stem(token: string): string {
  const stemmed = snowballFrench(token);
  // Snowball reads the accent of "-ée", which folding has removed: "autorisée" folds to "autorisee"
  // and stems to "autorise", "autorisé" to "autoris". Dropping the "e" left on a stem joins them.
  return stemmed.length > frenchWords.minStemBeforeFinalE && stemmed.endsWith('e') ? stemmed.slice(0, -1) : stemmed;
}

/** The French tables, as `test/language/language.test.ts` checks them against `languageDataSchema`. */
export const frenchData: LanguageData = { words: frenchWords, releaseText: frenchReleaseText, questionCues, questionReading, framingWords, smallTalk, medicalAdvice, passageCues };

export const french: Language = defineLanguage('fr', frenchData, stopWords, stem);
