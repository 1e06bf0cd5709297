/** How the engine benchmark prints its figures. */

export const ms = (n: number): string => (Number.isFinite(n) ? (n < 10 ? n.toFixed(3) : n < 100 ? n.toFixed(1) : n.toFixed(0)) : '–');
export const pct = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(1)} %` : '–');
export const ratio = (ours: number, theirs: number): string => (theirs > 0 && ours > 0 ? `${(ours / theirs).toFixed(ours / theirs < 0.1 ? 3 : 2)}×` : '–');
export const check = (value: number, target: number): string => `${value <= target ? '✓' : '✗'} ≤ ${target} ms`;

export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, c) => (c < 2 || c === row.length - 1 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ').trimEnd()).join('\n');
}

