/**
 * A property of each code unit of the Basic Multilingual Plane, worked out from its character the
 * first time it is asked, then read from a typed array. The splitter, the normaliser and the
 * features read text unit by unit over every sentence of every release, where a regular
 * expression or `toLowerCase` per character would cost far more.
 */
export class CodeUnitProperty {
  /** Each unit's value + 2 (values go from -1 up), 0 until first asked. */
  private readonly stored = new Int32Array(0x10000);

  /** `compute` gets the unit as a one-character string (a lone surrogate for half a pair). */
  constructor(private readonly compute: (char: string) => number) {}

  of(code: number): number {
    const stored = this.stored[code] ?? 0;
    if (stored !== 0) return stored - 2;
    const value = this.compute(String.fromCharCode(code));
    if (!Number.isInteger(value) || value < -1) throw new RangeError(`A code unit property is an integer from -1 up, not ${value}`);
    this.stored[code] = value + 2;
    return value;
  }
}
