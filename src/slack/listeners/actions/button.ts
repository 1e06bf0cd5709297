/**
 * What the three button handlers share: the arguments they read, and reading the button's
 * value and the clicking user out of the payload.
 */
import type { RespondArguments } from '@slack/bolt';
import { wording } from '../../../answer/wording.fr.ts';
import { renderNotice } from '../../../render/slack.ts';
import { withApology } from '../../apologize.ts';
import type { SlackDeps } from '../../deps.ts';
import { readActionUser, readButtonValue } from '../../payloads.ts';

export interface ButtonArgs {
  ack: () => Promise<void>;
  body: unknown;
  action: unknown;
  /** Posts through the message's `response_url`. */
  respond: (message: RespondArguments) => Promise<unknown>;
}

export interface Click<Value> {
  /** What the button carried, decoded. */
  value: Value;
  user: { id: string; name: string };
}

/** Replies only to the person who clicked, leaving the original message in place. */
export function respondPrivately(args: ButtonArgs, text: string): Promise<unknown> {
  return args.respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice(text) });
}

/**
 * Acknowledges the click, validates its payload (the button's value, or what `read` reads of
 * another element, with `decode`), then runs `work`; a payload that is not ours or a failure gets
 * the French apology, only for the clicker.
 */
export async function handleClick<Value>(
  args: ButtonArgs,
  deps: SlackDeps,
  name: string,
  decode: (value: string | undefined) => Value | undefined,
  work: (click: Click<Value>) => Promise<void>,
  read: (action: unknown) => string | undefined = readButtonValue,
): Promise<void> {
  await args.ack();
  await withApology(
    async () => {
      const value = decode(read(args.action));
      const user = readActionUser(args.body);
      if (value === undefined || user === undefined) throw new Error(`unreadable ${name} click payload`);
      await work({ value, user });
    },
    () => respondPrivately(args, wording.slack.error),
    deps.logger,
    { surface: 'button', action: name },
  );
}
