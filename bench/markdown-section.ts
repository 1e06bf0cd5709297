/**
 * Benchmarks write their results into `docs/*.md` themselves, so a figure in the docs is always
 * one a command printed. Each benchmark owns one section, between two markers; the rest of the
 * file (prose written by people) is left as it is.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Replaces (or appends) the section `name` of `file` with `body`, headed by the command and the date of the run. */
export function writeMarkdownSection(file: string, name: string, command: string, body: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const stamp = `*Written by \`${command}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.*`;
  const section = `${start}\n${stamp}\n\n${body.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = current.indexOf(start);
  const until = current.indexOf(end);
  const next =
    at >= 0 && until > at
      ? current.slice(0, at) + section + current.slice(until + end.length)
      : `${current.trimEnd()}${current.trim() === '' ? '' : '\n\n'}${section}\n`;
  writeFileSync(file, next);
}

/** A Markdown table from a header row and rows of cells. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** From now on, console.log also keeps what it prints; the function returned gives it back. */
export function recordConsole(): () => string {
  const lines: string[] = [];
  const log = console.log.bind(console);
  console.log = (...parts: unknown[]) => {
    lines.push(parts.map(String).join(' '));
    log(...parts);
  };
  return () => lines.join('\n');
}
