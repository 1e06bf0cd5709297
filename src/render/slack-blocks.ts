/**
 * Block Kit pieces for every Slack surface of the bot: the types, Slack's limits, escaping, and
 * one small builder per block. Every `mrkdwn` object is `verbatim`, so that Slack links only what
 * we write as `<url|label>`, never a URL or a channel name that came from a user.
 */
import type { ActionsBlock, Button, ContextBlock, DividerBlock, HeaderBlock, HomeView as BlockKitHomeView, MrkdwnElement, PlainTextElement, SectionBlock } from '@slack/types';

/** Always `verbatim`: no URL, channel name or mention is linked unless written as `<…>` by us. */
export type MrkdwnText = MrkdwnElement & { verbatim: true };
export type PlainText = PlainTextElement;
export type ButtonElement = Button;
/** The blocks the bot sends, Slack's own types. */
export type SlackBlock = SectionBlock | ContextBlock | ActionsBlock | HeaderBlock | DividerBlock;

export interface SlackMessage {
  /** Fallback shown in notifications and by clients that cannot draw blocks. */
  text: string;
  blocks: SlackBlock[];
}

export type HomeView = BlockKitHomeView & { blocks: SlackBlock[] };

/** Slack's limits, kept with a margin where Slack's own counting is fuzzy. */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  homeBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  contextElements: 10,
  /** Slack truncates `text` past 40,000 characters; long fallbacks are useless in a notification. */
  fallbackText: 3900,
  echoedQuestion: 300,
  /** Options in one static select menu, and the text of one option. */
  selectOptions: 100,
  optionText: 75,
} as const;


/**
 * The three escapes Slack asks for. After this, `<!channel>` shows as text and `<url|x>` is
 * not a link; nothing else needs escaping.
 */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Cuts escaped text to `max` characters with an ellipsis, never inside an entity such as
 * `&amp;` nor inside a surrogate pair.
 */
export function truncateEscaped(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/&[a-z]{0,3}$/, '');
  return `${cut}…`;
}

export function mrkdwn(text: string): MrkdwnText {
  return { type: 'mrkdwn', text: truncateEscaped(text, SLACK_LIMITS.sectionText), verbatim: true };
}

export function section(text: string): SlackBlock {
  return { type: 'section', text: mrkdwn(text) };
}

export function context(...texts: string[]): SlackBlock {
  return { type: 'context', elements: texts.slice(0, SLACK_LIMITS.contextElements).map(mrkdwn) };
}

export function header(text: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncateEscaped(text, SLACK_LIMITS.headerText), emoji: true } };
}

export function button(label: string, actionId: string, value: string, style?: 'primary'): ButtonElement {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: truncateEscaped(label, SLACK_LIMITS.buttonText), emoji: true },
    value,
    ...(style ? { style } : {}),
  };
}

/** Block quote: every line prefixed, so a multi-line text stays inside the quote. */
export function quote(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}
