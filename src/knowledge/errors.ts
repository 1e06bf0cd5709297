/** A knowledge file that cannot be used: says which file, which field and what is wrong. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'KnowledgeError';
  }
}
