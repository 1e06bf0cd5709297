import { renderAlternatives } from '../../../render/slack.ts';
import type { SlackDeps } from '../../deps.ts';
import { handleClick, type ButtonArgs } from './button.ts';

/** "Autres passages": the other passages worth reading, shown only to whoever clicked. */
export function showAlternatives(args: ButtonArgs, deps: SlackDeps): Promise<void> {
  return handleClick(args, deps, 'alternatives', async ({ ref }) => {
    const answer = deps.answerer.answer(ref.question);
    await args.respond({ response_type: 'ephemeral', replace_original: false, ...renderAlternatives(answer.alternatives) });
  });
}
