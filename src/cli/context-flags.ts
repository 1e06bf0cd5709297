/**
 * `--audience`, `--exposed` and `--now`: the terminal asks as Slack would, for the
 * communications team checking what each audience sees before and after an embargo.
 */
import { parseArgs } from 'node:util';
import * as z from 'zod';
import type { AskContext } from '../answer/types.ts';
import { wording } from '../answer/wording.fr.ts';

/** The options to hand `parseArgs`. */
export const CONTEXT_OPTIONS = {
  audience: { type: 'string' },
  exposed: { type: 'boolean', default: false },
  now: { type: 'string' },
} as const;

const audienceSchema = z.enum(['internal', 'external', 'guest']);

/** An instant with its offset, as an embargo is written: no machine's time zone may decide it. */
const instantSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/)
  .refine((value) => !Number.isNaN(Date.parse(value)));

/**
 * The context the flags describe; what is not given is left to the defaults (`askContext`).
 * @throws Error with one line naming the flag and what it expects.
 */
export function contextFromFlags(values: { audience?: string | undefined; exposed?: boolean | undefined; now?: string | undefined }): Partial<AskContext> {
  const context: Partial<AskContext> = {};
  if (values.audience !== undefined) {
    const audience = audienceSchema.safeParse(values.audience);
    if (!audience.success) throw new Error(wording.cli.badAudience(values.audience));
    context.audience = audience.data;
  }
  if (values.now !== undefined) {
    if (!instantSchema.safeParse(values.now).success) throw new Error(wording.cli.badNow(values.now));
    context.now = new Date(values.now);
  }
  if (values.exposed) context.exposed = true;
  return context;
}

/** The console's context, from its command line (`npm start -- --audience external`). */
export function consoleContext(args: string[]): Partial<AskContext> {
  return contextFromFlags(parseArgs({ args, options: CONTEXT_OPTIONS }).values);
}
