// Type declarations for two small packages that ship none.
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  const snowball: {
    newStemmer(language: string): Stemmer;
    algorithms(): string[];
  };
  export default snowball;
}

declare module 'stopword' {
  /** Snowball's French stop words. */
  export const fra: string[];
  /** English stop words. */
  export const eng: string[];
}
