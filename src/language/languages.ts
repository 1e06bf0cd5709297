import { french } from './fr/index.ts';
import type { Language } from './language.ts';

/**
 * The languages the bot reads, by the code a release's front matter gives (`language: fr`).
 * A new language is a folder beside `fr/` with the same tables, and a line here.
 */
export const LANGUAGES = { fr: french } as const satisfies Record<string, Language>;

export type LanguageCode = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as [LanguageCode, ...LanguageCode[]];

export function languageFor(code: LanguageCode): Language {
  return LANGUAGES[code];
}
