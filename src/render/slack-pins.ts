/** What `/communique épingler` shows: the releases to pick from, newest first, in one menu. Pure. */
import type { ReleaseSummary } from '../answer/types.ts';
import { wording } from '../answer/wording.fr.ts';
import { ACTION_IDS } from './slack-actions.ts';
import { context, escapeSlackText, section, SLACK_LIMITS, truncateEscaped, type SlackMessage } from './slack-blocks.ts';

/** The picker, with the channel's current release when it is pinned to one that is loaded. */
export function renderPinPicker(releases: readonly ReleaseSummary[], currentReleaseId: string | null): SlackMessage {
  const newestFirst = [...releases].sort((a, b) => b.date.localeCompare(a.date)).slice(0, SLACK_LIMITS.selectOptions);
  const current = releases.find((release) => release.id === currentReleaseId);
  return {
    text: escapeSlackText(wording.pins.picker),
    blocks: [
      section(escapeSlackText(wording.pins.picker)),
      ...(current ? [context(escapeSlackText(wording.pins.current(current.title)))] : []),
      {
        type: 'actions',
        elements: [
          {
            type: 'static_select',
            action_id: ACTION_IDS.pinRelease,
            placeholder: { type: 'plain_text', text: wording.pins.placeholder },
            options: newestFirst.map((release) => ({
              // Plain text: a title is shown as written, never read as markup.
              text: { type: 'plain_text', text: truncateEscaped(`${release.date.slice(0, 10)} · ${release.title}`, SLACK_LIMITS.optionText) },
              value: release.id,
            })),
          },
        ],
      },
    ].slice(0, SLACK_LIMITS.messageBlocks) as SlackMessage['blocks'],
  };
}
