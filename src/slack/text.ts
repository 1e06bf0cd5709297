/**
 * Slack markup in a message's text, read as plain text: mentions dropped, channels and links by
 * their label, the three HTML entities Slack escapes decoded, `:emoji:` codes dropped. The
 * answerer reads the rest (`src/answer/question.ts`).
 */

/** How much of a message is read: the answerer reads at most a quarter of it. */
const MAX_MESSAGE_CHARS = 4000;

const SLACK_MENTION = /<[@!][^<>]*>/g; // <@U123>, <@U123|name>, <!channel>, <!here>, <!subteam^S1|@team>
const SLACK_CHANNEL = /<#[A-Z0-9]+(?:\|([^<>]*))?>/g;
const SLACK_LINK = /<((?:https?|mailto|tel):[^<>|]*)(?:\|([^<>]*))?>/g;
const SLACK_EMOJI = /:[a-z0-9_+'-]+:/g;

export function slackToPlainText(raw: string): string {
  return raw
    .slice(0, MAX_MESSAGE_CHARS)
    .replace(SLACK_CHANNEL, (_, name: string | undefined) => (name ? ` ${name} ` : ' '))
    .replace(SLACK_LINK, (_, url: string, label: string | undefined) => ` ${label ?? url.replace(/^mailto:/, '')} `)
    .replace(SLACK_MENTION, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(SLACK_EMOJI, ' ');
}
