import { createInterface } from 'node:readline';
import type { Answerer } from '../answer/answerer.ts';
import type { AskContext } from '../answer/types.ts';
import { wording } from '../answer/wording.fr.ts';
import { renderTerminalAnswer } from '../render/terminal.ts';

export interface ConsoleIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/**
 * The local console: a prompt when a person types, one answer per line when input is piped.
 * Resolves when the input ends (Ctrl-D). Every question is asked in `context` (`--audience`,
 * `--exposed`, `--now`), the current time when it gives none.
 */
export async function runConsole(answerer: Answerer, io: ConsoleIo, context: Partial<AskContext> = {}): Promise<void> {
  const interactive = Boolean((io.input as NodeJS.ReadStream).isTTY);
  const lines = createInterface({ input: io.input, output: interactive ? io.output : undefined, terminal: interactive, crlfDelay: Infinity });
  const say = (text: string): void => {
    io.output.write(`${text}\n`);
  };
  if (interactive) {
    say(wording.console.welcome(answerer.visibleTo(context).releases));
    lines.setPrompt(wording.console.prompt);
    lines.prompt();
  }
  for await (const line of lines) {
    if (line.trim() !== '' || interactive) say(`${renderTerminalAnswer(answerer.answer(line, context))}\n`);
    if (interactive) lines.prompt();
  }
  if (interactive) say(`\n${wording.console.bye}`);
}
