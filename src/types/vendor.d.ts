// Type declarations for a small package that ships none. Only the two lists the bot uses are
// imported, each from its own file: the package's entry point loads every language (about
// 45 ms more at start-up).
declare module 'stopword/src/stopwords_fra.js' {
  /** Snowball's French stop words. */
  export const fra: string[];
}
declare module 'stopword/src/stopwords_eng.js' {
  /** English stop words. */
  export const eng: string[];
}
