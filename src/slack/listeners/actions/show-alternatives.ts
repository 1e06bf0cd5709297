import { renderAlternatives } from '../../../render/slack.ts';
import { decodeQuestionValue } from '../../../render/slack-actions.ts';
import { clickContext } from '../../ask-context.ts';
import type { SlackDeps } from '../../deps.ts';
import { handleClick, type ButtonArgs } from './button.ts';

/** "Autres passages": the other passages worth reading, shown only to whoever clicked. */
export function showAlternatives(args: ButtonArgs, deps: SlackDeps): Promise<void> {
  return handleClick(args, deps, 'alternatives', decodeQuestionValue, async ({ value: question, user }) => {
    const answer = deps.answerer.answer(question, await clickContext(args.body, user.id, deps));
    await args.respond({ response_type: 'ephemeral', replace_original: false, ...renderAlternatives(answer.alternatives) });
  });
}
