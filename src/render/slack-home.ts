/**
 * The App Home tab everyone sees: the releases the bot knows, newest first, each with its
 * status; the channels pinned to a release; how to ask; example questions. Pure.
 */
import { embargoOf } from '../answer/embargo.ts';
import type { ReleaseSummary } from '../answer/types.ts';
import { wording } from '../answer/wording.fr.ts';
import { context, escapeSlackText, header, section, SLACK_LIMITS, type HomeView, type SlackBlock } from './slack-blocks.ts';
import { linksLine } from './slack.ts';

/** Home tab entries beyond this many are summarised in one line, to stay under 100 blocks. */
const HOME_MAX_RELEASES = 40;

/** A channel's pin as the App Home shows it: the title of its release, null when that release is no longer loaded. */
export interface HomePin {
  channelId: string;
  releaseTitle: string | null;
}

export interface HomeOptions {
  pins?: readonly HomePin[];
  /** The instant an embargo is read against. */
  now?: Date;
}

/** Pins beyond this many are left off the tab, which holds at most 100 blocks. */
const HOME_MAX_PINS = 20;

/** "En ligne", or the embargo line as answers carry it. */
function releaseStatus(release: ReleaseSummary, now: Date): string {
  const embargo = release.embargo === null ? null : embargoOf({ embargo: release.embargo }, now);
  return embargo?.label ?? wording.slack.homeOnline;
}

/** `<#C…>` for a channel id as Slack writes them, the id as text otherwise. */
function channelLink(channelId: string): string {
  return /^[CGD][A-Z0-9]{2,}$/.test(channelId) ? `<#${channelId}>` : escapeSlackText(channelId);
}

/** The App Home tab: what the bot knows, newest first, with each release's status; the pinned channels; how to ask; example questions. */
export function renderHomeView(releases: readonly ReleaseSummary[], examples: readonly string[], { pins = [], now = new Date() }: HomeOptions = {}): HomeView {
  const newestFirst = [...releases].sort((a, b) => b.date.localeCompare(a.date));
  const shown = newestFirst.slice(0, HOME_MAX_RELEASES);
  const blocks: SlackBlock[] = [
    header(wording.slack.homeTitle),
    section(escapeSlackText(wording.slack.homeHowTo)),
    { type: 'divider' },
    header(wording.slack.homeKnown),
    ...shown.map((r) => {
      const lines = [`*${escapeSlackText(r.title)}*`, escapeSlackText(wording.slack.homeReleaseLine(r.dateLabel, r.publisher)), escapeSlackText(releaseStatus(r, now))];
      const links = linksLine(r.sources);
      if (links) lines.push(links);
      return section(lines.join('\n'));
    }),
  ];
  if (releases.length > shown.length) blocks.push(context(escapeSlackText(wording.slack.homeMore(releases.length - shown.length))));
  if (pins.length > 0) {
    const lines = pins
      .slice(0, HOME_MAX_PINS)
      // The wording holds no character to escape: the channel is our own link, the title is escaped.
      .map((pin) => (pin.releaseTitle === null ? wording.slack.homePinGone(channelLink(pin.channelId)) : wording.slack.homePinLine(channelLink(pin.channelId), escapeSlackText(pin.releaseTitle))));
    blocks.push({ type: 'divider' }, header(wording.slack.homePins), section(lines.map((line) => `• ${line}`).join('\n')));
  }
  if (examples.length > 0) {
    blocks.push({ type: 'divider' }, header(wording.slack.homeExamples));
    blocks.push(section(examples.map((e) => `• ${escapeSlackText(e)}`).join('\n')));
  }
  return { type: 'home', blocks: blocks.slice(0, SLACK_LIMITS.homeBlocks) };
}
