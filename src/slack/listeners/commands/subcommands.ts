/**
 * The words that make `/communique` do something other than answer, each read alone after
 * folding (case and accents), so "Épingler", "epingler" and "épingler " are the same word. A
 * question is never one word of this table.
 */
import { foldText } from '../../../text/fold.ts';

export type Subcommand = 'pin' | 'unpin';

const SUBCOMMANDS: Record<Subcommand, readonly string[]> = {
  pin: ['épingler'],
  unpin: ['désépingler'],
};

const byWord = new Map<string, Subcommand>(
  (Object.entries(SUBCOMMANDS) as [Subcommand, readonly string[]][]).flatMap(([subcommand, words]) => words.map((word) => [foldText(word), subcommand] as const)),
);

/** The subcommand the command's text is, or null for a question. */
export function subcommandOf(text: string): Subcommand | null {
  return byWord.get(foldText(text)) ?? null;
}
