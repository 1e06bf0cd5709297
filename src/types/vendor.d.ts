// Type declarations for a small package that ships none.
declare module 'stopword' {
  /** Snowball's French stop words. */
  export const fra: string[];
  /** English stop words. */
  export const eng: string[];
}
