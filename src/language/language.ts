import type { LanguageData } from './language-schema.ts';

export type { LanguageData } from './language-schema.ts';

/** A language the bot reads: its data, its stop words and its stemmer. */
export interface Language extends LanguageData {
  code: string;
  /** Stop words, folded. */
  stopWords: ReadonlySet<string>;
  /** The stem of a folded token; numbers and words of three letters or fewer stay as they are. */
  stem(token: string): string;
}

/** A language from its data (whose shape `languageDataSchema` states), stop words and stemmer. */
export function defineLanguage(code: string, data: LanguageData, stopWords: ReadonlySet<string>, stem: (token: string) => string): Language {
  return { ...data, code, stopWords, stem };
}
