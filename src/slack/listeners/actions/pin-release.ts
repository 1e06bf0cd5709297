import { wording } from '../../../answer/wording.fr.ts';
import { renderNotice } from '../../../render/slack.ts';
import { RELEASE_ID } from '../../../render/slack-actions.ts';
import type { SlackDeps } from '../../deps.ts';
import { readActionChannel, readSelectedValue } from '../../payloads.ts';
import { isCommsMember } from '../commands/pin-channel.ts';
import { handleClick, respondPrivately, type ButtonArgs } from './button.ts';

const decodeReleaseId = (value: string | undefined): string | undefined => RELEASE_ID.safeParse(value).data;

/**
 * The release picked in `/communique épingler`'s menu: the channel the menu was shown in is
 * pinned to it. The member is checked again (a click can be forged or replayed), and pinning the
 * same release twice changes nothing.
 */
export function pinRelease(args: ButtonArgs, deps: SlackDeps): Promise<void> {
  return handleClick(
    args,
    deps,
    'pin',
    decodeReleaseId,
    async ({ value: releaseId, user }) => {
      const channelId = readActionChannel(args.body);
      if (channelId === undefined) throw new Error('a pin click without its channel');
      if (!(await isCommsMember(user.id, deps))) {
        deps.logger.warn('pin refused: not a member of the communications team', { user: user.id, channel: channelId, releaseId });
        await respondPrivately(args, wording.pins.notAllowed);
        return;
      }
      const release = deps.answerer.releases.find((candidate) => candidate.id === releaseId);
      if (!release) {
        await respondPrivately(args, wording.pins.gone);
        return;
      }
      if (!(await deps.pins.pin(channelId, release.id, user.id))) {
        await respondPrivately(args, wording.pins.notSaved);
        return;
      }
      deps.logger.info('channel pinned', { user: user.id, channel: channelId, releaseId: release.id });
      await args.respond({ response_type: 'ephemeral', replace_original: true, ...renderNotice(wording.pins.pinned(release.title)) });
    },
    readSelectedValue,
  );
}
