import { wording } from '../answer/wording.fr.ts';
import { KnowledgeError } from '../knowledge/errors.ts';

/**
 * Runs a command-line entry point: its return value is the exit code, and any error
 * becomes one clear line on stderr and exit code 1, never a stack trace for a user's mistake.
 */
export function runCli(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      const message = error instanceof KnowledgeError ? wording.cli.invalidKnowledge(error.message) : error instanceof Error ? error.message : String(error);
      process.stderr.write(`${message}\n`);
      process.exitCode = 1;
    });
}
