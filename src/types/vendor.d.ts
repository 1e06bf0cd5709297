// Type declarations for two small packages that ship none.
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  interface Snowball {
    newStemmer(language: string): Stemmer;
    algorithms(): string[];
  }
  export function newStemmer(language: string): Stemmer;
  const snowball: Snowball;
  export default snowball;
}

declare module 'stopword' {
  /** Snowball's French stop words. */
  export const fra: string[];
  /** English stop words. */
  export const eng: string[];
}
